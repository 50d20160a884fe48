/**
 * Which letters a case can send today, and why the others cannot: a letter that asks for what the
 * case already has (a consultation already opened, an expert already appointed, a DUERP already
 * updated) or that the facts do not support (a complaint without a breach it could rest on) is not
 * offered. A letter that an open flag suggests (RULE_LETTER) is always offered: the case page links
 * to it. The server applies the same rule to preview and save. Pure.
 */
import type { TRuleId } from "@/lib/compliance/legal-calendar";
import { RULE_LETTER } from "@/lib/compliance/next-steps";
import type { TCalendarDate } from "@/lib/consultations/calendar-date";

import { LETTER_KIND_INFO, LETTER_KINDS, type TLetterKind } from "./kinds";

/** What the rule reads from a case (built by lib/letters/context.ts). */
export type TLetterCaseState = {
  /** D0: the day the precise written information or the BDESE notice reached the CSE (R2312-5). */
  d0: TCalendarDate | null;
  avisDate: TCalendarDate | null;
  expertFirm: string | null;
  isExpertAppointed: boolean;
  duerpUpdatedDate: TCalendarDate | null;
  /** The rules the case flags today, suspected or confirmed. */
  openFlags: readonly TRuleId[];
};

export type TUnavailableReason = {
  messageKey:
    | "letters.unavailable.consultationOpen"
    | "letters.unavailable.avisGiven"
    | "letters.unavailable.expertAppointed"
    | "letters.unavailable.duerpUpdated"
    | "letters.unavailable.noFlagToRelyOn";
  params: Record<string, string>;
};

export type TLetterOption = { kind: TLetterKind; reason: TUnavailableReason | null };

/** Complaints and formal notices stand on a breach: offered only with one of the flags they rely on. */
const NEEDS_A_FLAG: ReadonlySet<TLetterKind> = new Set(["suspend_deployment", "labour_inspection_alert", "cnil_complaint", "market_surveillance_complaint"]);

function reasonFor(kind: TLetterKind, state: TLetterCaseState): TUnavailableReason | null {
  const avisGiven: TUnavailableReason | null = state.avisDate ? { messageKey: "letters.unavailable.avisGiven", params: { date: state.avisDate } } : null;
  if (NEEDS_A_FLAG.has(kind)) {
    const relied = LETTER_KIND_INFO[kind].reliesOn;
    return state.openFlags.some((ruleId) => relied.includes(ruleId))
      ? null
      : { messageKey: "letters.unavailable.noFlagToRelyOn", params: { rules: relied.join(", ") } };
  }
  switch (kind) {
    case "open_consultation":
      if (avisGiven) return avisGiven;
      return state.d0 ? { messageKey: "letters.unavailable.consultationOpen", params: { date: state.d0 } } : null;
    case "precise_information":
      return avisGiven;
    case "expert_deliberation":
      if (avisGiven) return avisGiven;
      return state.isExpertAppointed ? { messageKey: "letters.unavailable.expertAppointed", params: { firm: state.expertFirm ?? "" } } : null;
    case "duerp_update":
      return state.duerpUpdatedDate ? { messageKey: "letters.unavailable.duerpUpdated", params: { date: state.duerpUpdatedDate } } : null;
    default:
      return null;
  }
}

/** Every kind, in LETTER_KINDS order, with the reason it is not offered (null: offered). */
export function letterOptions(state: TLetterCaseState): TLetterOption[] {
  const suggested = new Set(state.openFlags.map((ruleId) => RULE_LETTER[ruleId]));
  return LETTER_KINDS.map((kind) => ({ kind, reason: suggested.has(kind) ? null : reasonFor(kind, state) }));
}
