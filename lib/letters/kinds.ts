/**
 * The letters Vigie IA writes (DOMAIN.md C.4 point 3, issue 6 point 4), as data: the articles each one
 * rests on, and how long the addressee has to answer by default. Pure.
 */
import type { LetterKind } from "@/generated/prisma/enums";
import type { TRuleId } from "@/lib/compliance/legal-calendar";

import type { TLetterContext } from "./variables";
import { addDuration, type TCalendarDate, type TDuration } from "@/lib/consultations/calendar-date";

export type TLetterKind = LetterKind;

/** In the order a case usually needs them. */
export const LETTER_KINDS = [
  "open_consultation",
  "precise_information",
  "suspend_deployment",
  "expert_deliberation",
  "rights_alert",
  "duerp_update",
  "gdpr_access",
  "labour_inspection_alert",
  "cnil_complaint",
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
  /**
   * The compliance rules whose open flags the letter quotes (its {{#flags}} list): only the breaches it
   * invokes, so a letter to the CNIL does not argue the DUERP. Empty for a member's own request.
   */
  reliesOn: readonly TRuleId[];
};

export const LETTER_KIND_INFO: Readonly<Record<TLetterKind, TLetterKindInfo>> = {
  // No delay in the law: 15 days is the floor of any consultation delay (L2312-16), a fair time to
  // put the project on the agenda of the next CSE meeting.
  open_consultation: { articles: ["L2312-8", "L2312-14", "L2312-38"], replyDelay: { days: 15 }, replyDelayBasis: "practice", reliesOn: ["F1", "F2", "F3", "F19"] },
  // The consultation delay keeps running (R2312-6) and the judge of L2312-15 rules within 8 days: the
  // CSE must know soon whether it has to go to court before the delay expires.
  precise_information: {
    articles: ["L2312-15", "R2312-5"],
    replyDelay: { days: 8 },
    replyDelayBasis: "practice",
    reliesOn: ["F1", "F2", "F3", "F5", "F9", "F10", "F11", "F12", "F13", "F14", "F15"],
  },
  // A formal notice: 8 days, then the CSE may ask the judge in référé (the TJ Nanterre suspension).
  suspend_deployment: {
    articles: ["L2312-8", "L2312-14", "L2312-38", "L2317-1", "CPC art. 835"],
    replyDelay: { days: 8 },
    replyDelayBasis: "practice",
    reliesOn: ["F1", "F2", "F3", "F4", "F19"],
  },
  // R2315-49: the employer has 10 days to challenge the expertise before the judge.
  expert_deliberation: {
    articles: ["L2315-94", "L2315-80", "R2315-45", "R2315-46", "R2315-49"],
    replyDelay: { days: 10 },
    replyDelayBasis: "practice",
    reliesOn: ["F1", "F2", "F6", "F7"],
  },
  // L2312-59 says "sans délai": after 8 days without an inquiry the rep may seize the prud'hommes.
  rights_alert: { articles: ["L2312-59", "L1121-1"], replyDelay: { days: 8 }, replyDelayBasis: "practice", reliesOn: ["F2", "F4", "F8", "F14", "F16", "F17"] },
  // R4121-2 2°: the update is due at the decision; one month to schedule it and consult the CSE.
  duerp_update: { articles: ["R4121-2", "L4121-3", "R4741-1"], replyDelay: { months: 1 }, replyDelayBasis: "practice", reliesOn: ["F6", "F7"] },
  // GDPR Art. 12(3): one month from receipt (extendable by two months, with notice within the first).
  gdpr_access: { articles: ["RGPD art. 15", "RGPD art. 12(3)"], replyDelay: { months: 1 }, replyDelayBasis: "law", reliesOn: [] },
  // No delay binds the inspectorate: one month, then the rep asks what it found.
  labour_inspection_alert: {
    articles: ["L8112-1", "L2317-1", "L4121-1", "R4741-1"],
    replyDelay: { months: 1 },
    replyDelayBasis: "practice",
    reliesOn: ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F17", "F18", "F19"],
  },
  // GDPR Art. 78(2): a judicial remedy when the authority has not informed the complainant within three months.
  cnil_complaint: { articles: ["RGPD art. 77", "RGPD art. 78(2)"], replyDelay: { months: 3 }, replyDelayBasis: "law", reliesOn: ["F2", "F4", "F14", "F15", "F16"] },
  // Art. 85 sets no delay for the authority: three months, then the rep asks where the complaint stands.
  market_surveillance_complaint: {
    articles: ["AI Act art. 85", "AI Act art. 5(1)(f)", "AI Act art. 26"],
    replyDelay: { months: 3 },
    replyDelayBasis: "practice",
    reliesOn: ["F8", "F9", "F10", "F11", "F13"],
  },
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

/**
 * The context a letter of `kind` is written from: only the open flags the kind relies on, so every
 * letter quotes the breaches it invokes and no other.
 */
export function contextForKind(kind: TLetterKind, context: TLetterContext): TLetterContext {
  const relied: readonly string[] = LETTER_KIND_INFO[kind].reliesOn;
  const flags = context.flags.filter((flag) => relied.includes(flag.ruleId));
  return { ...context, flags, hasFlags: flags.length > 0 };
}
