/**
 * Which letters a case can send today, and why the others cannot: a letter that asks for what the
 * case already has (a consultation already opened, an expert already appointed, a DUERP already
 * updated) or that the facts do not support (an Art. 85 complaint without a prohibited practice) is
 * not offered. The server applies the same rule to preview and save. Pure.
 */
import type { TCalendarDate } from "@/lib/consultations/calendar-date";

import { LETTER_KINDS, type TLetterKind } from "./kinds";

/** What the rule reads from a case (built by lib/letters/context.ts). */
export type TLetterCaseState = {
  /** D0: the day the precise written information or the BDESE notice reached the CSE (R2312-5). */
  d0: TCalendarDate | null;
  avisDate: TCalendarDate | null;
  expertFirm: string | null;
  isExpertAppointed: boolean;
  duerpUpdatedDate: TCalendarDate | null;
  /** Flag F8 (AI Act Art. 5(1)(f)) raised on the case today, suspected or confirmed. */
  hasProhibitedPracticeFlag: boolean;
};

export type TUnavailableReason = {
  messageKey:
    | "letters.unavailable.consultationOpen"
    | "letters.unavailable.avisGiven"
    | "letters.unavailable.expertAppointed"
    | "letters.unavailable.duerpUpdated"
    | "letters.unavailable.noProhibitedPractice";
  params: Record<string, string>;
};

export type TLetterOption = { kind: TLetterKind; reason: TUnavailableReason | null };

function reasonFor(kind: TLetterKind, state: TLetterCaseState): TUnavailableReason | null {
  const avisGiven: TUnavailableReason | null = state.avisDate ? { messageKey: "letters.unavailable.avisGiven", params: { date: state.avisDate } } : null;
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
    case "market_surveillance_complaint":
      return state.hasProhibitedPracticeFlag ? null : { messageKey: "letters.unavailable.noProhibitedPractice", params: {} };
    case "rights_alert":
    case "gdpr_access":
      return null;
  }
}

/** Every kind, in LETTER_KINDS order, with the reason it is not offered (null: offered). */
export function letterOptions(state: TLetterCaseState): TLetterOption[] {
  return LETTER_KINDS.map((kind) => ({ kind, reason: reasonFor(kind, state) }));
}
