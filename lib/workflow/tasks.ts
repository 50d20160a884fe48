/**
 * How the task list reads (pure): what is still to do comes first, the most urgent at the top;
 * done tasks follow, the most recently done first.
 */
import { compareCalendarDates, type TCalendarDate } from "@/lib/consultations/calendar-date";

type TSortableTask = { dueOn: TCalendarDate | null; doneAt: Date | null; createdAt: Date };

/** Open and past its due date. A task due today is not overdue yet (the day is not over). */
export function isTaskOverdue(task: { dueOn: TCalendarDate | null; doneAt: Date | null }, today: TCalendarDate): boolean {
  return task.doneAt === null && task.dueOn !== null && compareCalendarDates(task.dueOn, today) < 0;
}

function compareOpen(a: TSortableTask, b: TSortableTask): number {
  if (a.dueOn && b.dueOn) return compareCalendarDates(a.dueOn, b.dueOn) || a.createdAt.getTime() - b.createdAt.getTime();
  if (a.dueOn || b.dueOn) return a.dueOn ? -1 : 1; // a task without a due date is never the most urgent
  return a.createdAt.getTime() - b.createdAt.getTime();
}

export function compareTasks(a: TSortableTask, b: TSortableTask): number {
  if (a.doneAt && b.doneAt) return b.doneAt.getTime() - a.doneAt.getTime();
  if (a.doneAt || b.doneAt) return a.doneAt ? 1 : -1;
  return compareOpen(a, b);
}
