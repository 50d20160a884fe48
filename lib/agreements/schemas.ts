/**
 * A collective agreement as a rep records it (the agreements library): its kind, its AI clauses (each
 * with its wording) and whether it is shared with every union as an outcome. Pure: shared by the form
 * and its server action. Messages are keys of messages/*.json.
 */
import { z } from "zod";

import { isCalendarDate, isPlausibleOrEmpty } from "@/lib/consultations/calendar-date";

export const AGREEMENT_KINDS = ["ai_agreement", "gepp", "method", "other"] as const;
export type TAgreementKind = (typeof AGREEMENT_KINDS)[number];

/** The clauses flag F18 checks the deployments against (lib/compliance/rules/agreements.ts). */
export const CLAUSE_KINDS = ["no_ai_dismissal", "consultation", "monitoring_limits", "training"] as const;
export type TClauseKind = (typeof CLAUSE_KINDS)[number];

export const AGREEMENT_LIMITS = { title: 200, outcome: 2000, clause: 2000 } as const;

const ZClause = z.object({
  /** Ticked: the agreement has this clause. */
  present: z.boolean(),
  text: z.string({ error: "validation.required" }).trim().max(AGREEMENT_LIMITS.clause, "validation.tooLong"),
});

export const ZAgreementInput = z
  .object({
    employerId: z.uuid({ error: "validation.unknownEmployer" }),
    /** Admins only, where several unions are present: whose agreement record it is (a rep's is their union's). */
    unionId: z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid({ error: "agreements.validation.unionRequired" }).optional()),
    title: z.string({ error: "validation.required" }).trim().min(2, "validation.required").max(AGREEMENT_LIMITS.title, "validation.tooLong"),
    kind: z.enum(AGREEMENT_KINDS, { error: "agreements.validation.kind" }),
    signedOn: z
      .string({ error: "validation.date.invalid" })
      .refine((value) => value === "" || isCalendarDate(value), { error: "validation.date.invalid", abort: true })
      .refine(isPlausibleOrEmpty, { error: "validation.date.outOfRange" })
      .transform((value) => (value === "" ? null : value)),
    outcome: z
      .string({ error: "validation.tooLong" })
      .trim()
      .max(AGREEMENT_LIMITS.outcome, "validation.tooLong")
      .transform((value) => (value === "" ? null : value)),
    isShared: z.boolean(),
    clauses: z.object(Object.fromEntries(CLAUSE_KINDS.map((kind) => [kind, ZClause])) as Record<TClauseKind, typeof ZClause>),
  })
  .superRefine((input, ctx) => {
    for (const kind of CLAUSE_KINDS) {
      const clause = input.clauses[kind];
      if (clause.present && clause.text === "") ctx.addIssue({ code: "custom", path: ["clauses", kind, "text"], message: "agreements.validation.clauseText" });
    }
  });
export type TAgreementInput = z.input<typeof ZAgreementInput>;
export type TAgreementData = z.output<typeof ZAgreementInput>;

export const ZDeleteAgreement = z.object({ id: z.uuid({ error: "validation.invalidId" }) });
export type TDeleteAgreement = z.output<typeof ZDeleteAgreement>;

/** The library's filter: one clause kind, or every shared agreement. */
export function parseClauseFilter(value: string | undefined): TClauseKind | null {
  return (CLAUSE_KINDS as readonly string[]).includes(value ?? "") ? (value as TClauseKind) : null;
}

export const BLANK_AGREEMENT = (employerId: string): TAgreementInput => ({
  employerId,
  title: "",
  kind: "ai_agreement",
  signedOn: "",
  outcome: "",
  isShared: false,
  clauses: Object.fromEntries(CLAUSE_KINDS.map((kind) => [kind, { present: false, text: "" }])) as TAgreementInput["clauses"],
});
