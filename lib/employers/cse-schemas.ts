/**
 * Inputs of an employer's CSE bodies and accord de méthode (admin forms and their actions).
 * Messages are keys of messages/*.json.
 */
import { z } from "zod";

import { ZAccordDelays, type TAccordDelays } from "@/lib/consultations/schemas";

export const CSE_BODY_KINDS = ["cse", "cse_central", "cse_etablissement", "cssct"] as const;
export type TCseBodyKind = (typeof CSE_BODY_KINDS)[number];

export const ACCORD_CASES = ["simple", "withExpert", "multiLevelWithExperts"] as const;
export type TAccordCase = (typeof ACCORD_CASES)[number];
export const DELAY_UNITS = ["days", "months"] as const;

const ZId = z.uuid({ error: "validation.invalidId" });
const ZBodyName = z.string({ error: "validation.required" }).trim().min(2, "validation.required").max(200, "validation.tooLong");

export const ZAddCseBody = z.object({
  employerId: ZId,
  kind: z.enum(CSE_BODY_KINDS, { error: "tools.cse.validation.kind" }),
  name: ZBodyName,
});
export const ZRenameCseBody = z.object({ cseBodyId: ZId, name: ZBodyName });
export const ZRemoveCseBody = z.object({ cseBodyId: ZId });

/** One case of the accord as the form sends it: a number typed in a box ("" = the legal delay) and a unit. */
const ZDelayField = z.object({
  amount: z
    .string({ error: "validation.duration.invalid" })
    .trim()
    .refine((value) => value === "" || /^\d{1,4}$/.test(value), "validation.duration.invalid"),
  unit: z.enum(DELAY_UNITS, { error: "validation.duration.invalid" }),
});

type TDelayField = z.output<typeof ZDelayField>;
const toDuration = ({ amount, unit }: TDelayField) =>
  amount === "" ? undefined : unit === "days" ? { days: Number(amount) } : { months: Number(amount) };

/** One case's delay, checked by the deadline engine's own schema (ZAccordDelays: 15-day floor of L2312-16). */
const accordDelay = (delayCase: TAccordCase) => ZDelayField.transform(toDuration).pipe(ZAccordDelays.shape[delayCase]);

/**
 * The accord de méthode: its name and, per case, the delay it sets. Each case is checked on its own
 * so the form shows every wrong delay at once; the result has exactly ZAccordDelays' shape, so the
 * employer can never hold delays the engine would refuse.
 */
export const ZSetAccord = z.object({
  employerId: ZId,
  name: z.string({ error: "validation.required" }).trim().min(2, "validation.required").max(200, "validation.tooLong"),
  delays: z
    .object({
      simple: accordDelay("simple"),
      withExpert: accordDelay("withExpert"),
      multiLevelWithExperts: accordDelay("multiLevelWithExperts"),
    })
    // Cases the accord is silent on are left out, as the engine reads them.
    .transform((delays): TAccordDelays => Object.fromEntries(Object.entries(delays).filter(([, delay]) => delay !== undefined))),
});
export const ZClearAccord = z.object({ employerId: ZId });

export type TAddCseBody = z.output<typeof ZAddCseBody>;
export type TRenameCseBody = z.output<typeof ZRenameCseBody>;
export type TRemoveCseBody = z.output<typeof ZRemoveCseBody>;
export type TSetAccordInput = z.input<typeof ZSetAccord>;
export type TSetAccord = z.output<typeof ZSetAccord>;
export type TClearAccord = z.output<typeof ZClearAccord>;
