/**
 * The facts of a deployment case as a rep enters them, shared by the case form and its server actions.
 * Inputs are what HTML controls send (strings, "" for blank); outputs are what the data layer stores.
 * Error messages are keys of messages/*.json.
 */
import { z } from "zod";

import { compareCalendarDates, isCalendarDate, isPlausibleOrEmpty, todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { aiActCaseFacts, checkAiActDates } from "@/lib/deployments/ai-act-schemas";
import { CONCERNS, MONITORS, PHASES, SOURCES, TRI_STATES } from "@/lib/deployments/enums";

export { CONCERNS, MONITORS, PHASES, SOURCES, TRI_STATES } from "@/lib/deployments/enums";
export type { TConcern, TMonitor, TPhase, TSource, TTriState } from "@/lib/deployments/enums";

export const LIST_MAX_ITEMS = 30;
export const LIST_ITEM_MAX_LENGTH = 120;
/** Headcounts and job counts: the largest French employers have a few hundred thousand staff. */
export const COUNT_MAX = 1_000_000;

const optionalText = (max: number) =>
  z
    .string({ error: "validation.tooLong" })
    .trim()
    .max(max, "validation.tooLong")
    .transform((value) => (value === "" ? null : value));

/** "Accueil, Recouvrement" or one per line → ["Accueil", "Recouvrement"], blanks and repeats dropped. */
export function splitList(value: string): string[] {
  return [...new Set(value.split(/[\n,;]/).map((item) => item.trim()).filter((item) => item !== ""))];
}

const ZTextList = z
  .string({ error: "cases.validation.list" })
  .transform(splitList)
  .refine((items) => items.length <= LIST_MAX_ITEMS, { error: "cases.validation.tooManyItems" })
  .refine((items) => items.every((item) => item.length <= LIST_ITEM_MAX_LENGTH), { error: "cases.validation.itemTooLong" });

/** A whole number typed in a text box: "" means unknown. */
const ZOptionalCount = z
  .string({ error: "cases.validation.wholeNumber" })
  .trim()
  .refine((value) => value === "" || /^\d+$/.test(value), { error: "cases.validation.wholeNumber" })
  .transform((value) => (value === "" ? null : Number(value)))
  .refine((value) => value === null || value <= COUNT_MAX, { error: "cases.validation.tooLarge" });

const ZDate = z
  .string({ error: "validation.date.invalid" })
  .refine(isCalendarDate, { error: "validation.date.invalid", abort: true })
  .refine(isPlausibleOrEmpty, { error: "validation.date.outOfRange" });
const ZRequiredDate = z.string({ error: "validation.required" }).min(1, "validation.required").pipe(ZDate);
const ZOptionalDate = z
  .string({ error: "validation.date.invalid" })
  .refine((value) => value === "" || isCalendarDate(value), { error: "validation.date.invalid", abort: true })
  .refine(isPlausibleOrEmpty, { error: "validation.date.outOfRange" })
  .transform((value) => (value === "" ? null : value));

const enumList = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .array(z.enum(values, { error }), { error })
    .transform((items) => [...new Set(items)]);

/** The facts a rep may change after creation (the employer is fixed: the consultation hangs on its CSE). */
const caseFacts = {
  toolId: z.uuid({ error: "cases.validation.tool" }),
  localName: z.string({ error: "validation.required" }).trim().min(2, "validation.required").max(200, "validation.tooLong"),
  description: optionalText(5000),
  servicesAffected: ZTextList,
  jobFamilies: ZTextList,
  headcountAffected: ZOptionalCount,
  phase: z.enum(PHASES, { error: "cases.validation.phase" }),
  firstKnownOn: ZRequiredDate,
  announcedOn: ZOptionalDate,
  pilotStartOn: ZOptionalDate,
  goLiveOn: ZOptionalDate,
  source: z.enum(SOURCES, { error: "cases.validation.source" }),
  concerns: enumList(CONCERNS, "cases.validation.concern"),
  monitors: enumList(MONITORS, "cases.validation.monitor"),
  individualMonitoring: z.enum(TRI_STATES, { error: "cases.validation.triState" }),
  jobsThreatened: ZOptionalCount,
  jobsCut: ZOptionalCount,
  statedGoal: optionalText(500),
  repInChargeId: z
    .union([z.literal(""), z.uuid({ error: "cases.validation.repInCharge" })], { error: "cases.validation.repInCharge" })
    .transform((value) => (value === "" ? null : value)),
  ...aiActCaseFacts,
};

type TDates = { firstKnownOn: TCalendarDate | null; announcedOn: TCalendarDate | null; pilotStartOn: TCalendarDate | null; goLiveOn: TCalendarDate | null };

/**
 * Date-order rules, each reported on the field the user must fix. Pilot and go-live may be planned
 * (future); first knowledge and announcement are past events. The union often learns of a tool after
 * its pilot started (TJ Nanterre 14/02/2025), so first knowledge is never compared with the others.
 */
const DATE_RULES: { field: keyof TDates; message: string; isBroken: (dates: TDates, today: TCalendarDate) => boolean }[] = [
  { field: "firstKnownOn", message: "cases.validation.date.future", isBroken: (d, today) => d.firstKnownOn !== null && compareCalendarDates(d.firstKnownOn, today) > 0 },
  { field: "announcedOn", message: "cases.validation.date.future", isBroken: (d, today) => d.announcedOn !== null && compareCalendarDates(d.announcedOn, today) > 0 },
  {
    field: "goLiveOn",
    message: "cases.validation.date.goLiveBeforePilot",
    isBroken: (d) => d.goLiveOn !== null && d.pilotStartOn !== null && compareCalendarDates(d.goLiveOn, d.pilotStartOn) < 0,
  },
];

// Malformed or implausible dates already have their message: the order rules ignore them.
const validDate = (value: unknown): TCalendarDate | null => (typeof value === "string" && value !== "" && isCalendarDate(value) && isPlausibleOrEmpty(value) ? value : null);

/** Runs even when another field failed (zod reports every issue at once): malformed dates count as absent. */
function checkDateOrder(input: Record<keyof TDates, unknown> & Parameters<typeof checkAiActDates>[0], ctx: z.RefinementCtx) {
  const today = todayInParis();
  const dates: TDates = {
    firstKnownOn: validDate(input.firstKnownOn),
    announcedOn: validDate(input.announcedOn),
    pilotStartOn: validDate(input.pilotStartOn),
    goLiveOn: validDate(input.goLiveOn),
  };
  for (const rule of DATE_RULES) {
    if (rule.isBroken(dates, today)) ctx.addIssue({ code: "custom", path: [rule.field], message: rule.message });
  }
  checkAiActDates(input, ctx);
}

/** A new case: at one of the actor's employers (checked by the server, not here). */
export const ZCaseInput = z
  .object({
    employerId: z.uuid({ error: "validation.unknownEmployer" }),
    /** Admins only: the union whose case it is (a rep's case is their union's, whatever is sent). */
    unionId: z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid({ error: "cases.validation.unionRequired" }).optional()),
    ...caseFacts,
  })
  .superRefine(checkDateOrder);

/** An edit: the case id and the version the form loaded (optimistic concurrency). */
export const ZUpdateCase = z
  .object({ id: z.uuid({ error: "validation.invalidId" }), version: z.int({ error: "validation.invalidId" }).positive("validation.invalidId"), ...caseFacts })
  .superRefine(checkDateOrder);

/** What the case form edits in both modes (creation adds the employer, edition the id and version). */
export type TCaseFactsInput = z.input<z.ZodObject<typeof caseFacts>>;
export type TCaseInput = z.input<typeof ZCaseInput>;
export type TCaseFields = z.output<typeof ZCaseInput>;
export type TUpdateCaseInput = z.input<typeof ZUpdateCase>;
export type TUpdateCase = z.output<typeof ZUpdateCase>;
