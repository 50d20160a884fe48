/**
 * The letters Vigie IA writes (DOMAIN.md C.4 point 3, issue 6 point 4), as data: the articles each one
 * rests on, and how long the addressee has to answer by default. Pure.
 */
import type { LetterKind } from "@/generated/prisma/enums";
import { addDuration, type TCalendarDate, type TDuration } from "@/lib/consultations/calendar-date";

export type TLetterKind = LetterKind;

/** In the order a case usually needs them. */
export const LETTER_KINDS = [
  "open_consultation",
  "precise_information",
  "expert_deliberation",
  "rights_alert",
  "duerp_update",
  "gdpr_access",
  "market_surveillance_complaint",
] as const satisfies readonly TLetterKind[];

export type TLetterKindInfo = {
  /** The texts the letter invokes, shown next to its name. */
  articles: readonly string[];
  /** Default time the addressee has to answer, counted from the day the letter is sent. */
  replyDelay: TDuration;
  /**
   * Where that default comes from. Only the GDPR delay is set by law for the addressee; the others are
   * the delays a rep needs to act on the answer (or on its absence) in time, as written here.
   */
  replyDelayBasis: "law" | "practice";
};

export const LETTER_KIND_INFO: Readonly<Record<TLetterKind, TLetterKindInfo>> = {
  // No delay in the law: 15 days is the floor of any consultation delay (L2312-16), a fair time to
  // put the project on the agenda of the next CSE meeting.
  open_consultation: { articles: ["L2312-8", "L2312-14", "L2312-38"], replyDelay: { days: 15 }, replyDelayBasis: "practice" },
  // The consultation delay keeps running (R2312-6) and the judge of L2312-15 rules within 8 days: the
  // CSE must know soon whether it has to go to court before the delay expires.
  precise_information: { articles: ["L2312-15", "R2312-5"], replyDelay: { days: 8 }, replyDelayBasis: "practice" },
  // R2315-49: the employer has 10 days to challenge the expertise before the judge.
  expert_deliberation: { articles: ["L2315-94", "L2315-80", "R2315-45", "R2315-46", "R2315-49"], replyDelay: { days: 10 }, replyDelayBasis: "practice" },
  // L2312-59 says "sans délai": after 8 days without an inquiry the rep may seize the prud'hommes.
  rights_alert: { articles: ["L2312-59", "L1121-1"], replyDelay: { days: 8 }, replyDelayBasis: "practice" },
  // R4121-2 2°: the update is due at the decision; one month to schedule it and consult the CSE.
  duerp_update: { articles: ["R4121-2", "L4121-3", "R4741-1"], replyDelay: { months: 1 }, replyDelayBasis: "practice" },
  // GDPR Art. 12(3): one month from receipt (extendable by two months, with notice within the first).
  gdpr_access: { articles: ["RGPD art. 15", "RGPD art. 12(3)"], replyDelay: { months: 1 }, replyDelayBasis: "law" },
  // Art. 85 sets no delay for the authority: three months, then the rep asks where the complaint stands.
  market_surveillance_complaint: { articles: ["AI Act art. 85", "AI Act art. 5(1)(f)"], replyDelay: { months: 3 }, replyDelayBasis: "practice" },
};

export function isLetterKind(value: unknown): value is TLetterKind {
  return typeof value === "string" && (LETTER_KINDS as readonly string[]).includes(value);
}

/** The reply due date a new letter gets unless the rep changes it. */
export function defaultReplyDue(kind: TLetterKind, sentOn: TCalendarDate): TCalendarDate {
  return addDuration(sentOn, LETTER_KIND_INFO[kind].replyDelay);
}

/** Case statuses after which nothing is awaited any more: reply due dates stop counting. */
export const CLOSED_CASE_STATUSES = ["resolved", "closed_no_action"] as const;
