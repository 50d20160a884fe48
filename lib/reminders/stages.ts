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

/**
 * Task reminders (issue 17, "task due"; docs/decisions/0027): an open task with a due date is reminded
 * once when it falls due — from the day before (D-1: a day to do it) to the day itself, one reminder
 * for both — and once overdue, from the day after up to OVERDUE_CATCH_UP_DAYS late (a scan that was down
 * catches up; older tasks do not flood anyone).
 */
export const TASK_DUE_STAGES = ["due", "overdue"] as const;
export type TTaskDueStage = (typeof TASK_DUE_STAGES)[number];

/** How many days before its date a task's "due" reminder is written. */
export const TASK_DUE_NOTICE_DAYS = 1;

export function taskDueStage(today: TCalendarDate, dueOn: TCalendarDate): TTaskDueStage | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return -daysLeft <= OVERDUE_CATCH_UP_DAYS ? "overdue" : null;
  return daysLeft <= TASK_DUE_NOTICE_DAYS ? "due" : null;
}

/**
 * One reminder per task, date, stage and recipient basis (the assignee, or "case" when unassigned): a
 * re-dated or reassigned task gets a new key, so its old reminders no longer match and are withdrawn
 * (lib/reminders/task-reminders.ts), and the new date or assignee gets its own.
 */
export function taskDueKey(taskId: string, dueOn: TCalendarDate, stage: TTaskDueStage, assigneeId: string | null): string {
  return `task-due:${taskId}:${dueOn}:${stage}:${assigneeId ?? "case"}`;
}
