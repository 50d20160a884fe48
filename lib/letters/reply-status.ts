/**
 * Whether a letter still awaits its reply. The schema keeps no per-letter answer: a letter is
 * answered once its case records an employer's reply ("Réponse de l'employeur" on the timeline)
 * dated on or after the day the letter was sent, so one recorded reply answers every letter sent
 * before it. Pure.
 */
import { compareCalendarDates, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { deadlineStatus, type TDeadlineStatus } from "@/lib/consultations/deadlines";

export function isReplyAnswered(sentOn: TCalendarDate, lastReplyOn: TCalendarDate | null): boolean {
  return lastReplyOn !== null && compareCalendarDates(lastReplyOn, sentOn) >= 0;
}

/** The reply's status on `today` (done once answered); null when no reply is expected. */
export function replyStatus(
  letter: { sentOn: TCalendarDate; replyDueOn: TCalendarDate | null },
  lastReplyOn: TCalendarDate | null,
  today: TCalendarDate,
): TDeadlineStatus | null {
  if (!letter.replyDueOn) return null;
  return deadlineStatus(letter.replyDueOn, today, { done: isReplyAnswered(letter.sentOn, lastReplyOn) });
}
