/**
 * Deadline reminders (issue 17.3, docs/decisions/0027): D-15, D-7, D-2, then overdue. Pure.
 *
 * A deadline is in the latest stage whose threshold it has crossed: 10 days left is "d15", 5 days
 * "d7", 1 day "d2", past the day "overdue". Only that stage is notified, once per due date: a scan
 * that did not run for a few days catches up with one reminder, not three; a date moved by an override
 * starts again from the stage of its new date.
 */
import { daysBetween, type TCalendarDate } from "@/lib/consultations/calendar-date";
import type { TReminderStage } from "@/lib/notifications/events";

export const REMINDER_THRESHOLDS: readonly { stage: Exclude<TReminderStage, "overdue">; days: number }[] = [
  { stage: "d2", days: 2 },
  { stage: "d7", days: 7 },
  { stage: "d15", days: 15 },
];

/** Overdue deadlines are reminded up to this many days late (a scan that was down), not older ones. */
export const OVERDUE_CATCH_UP_DAYS = 7;

/** The stage a deadline due on `dueOn` is in on `today`, or null (too far ahead, or long overdue). */
export function reminderStage(today: TCalendarDate, dueOn: TCalendarDate): TReminderStage | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return -daysLeft <= OVERDUE_CATCH_UP_DAYS ? "overdue" : null;
  for (const { stage, days } of REMINDER_THRESHOLDS) if (daysLeft <= days) return stage;
  return null;
}

export function reminderKey(caseId: string, kind: string, dueOn: TCalendarDate, stage: TReminderStage): string {
  return `reminder:${caseId}:${kind}:${dueOn}:${stage}`;
}
