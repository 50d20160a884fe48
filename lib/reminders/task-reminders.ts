import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { addDays, todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { CLOSED_STATUSES } from "@/lib/dashboards/figures";
import { asSystem, runAsSystem } from "@/lib/db-context";
import { prisma } from "@/lib/db";
import { notifyMany, type TNotifyItem } from "@/lib/notifications/notify";

import { repsByEmployerAndUnion, repsKey } from "./recipients";
import { OVERDUE_CATCH_UP_DAYS, TASK_DUE_NOTICE_DAYS, taskDueKey, taskDueStage, type TTaskDueStage } from "./stages";

type TDb = Pick<typeof prisma, "$executeRaw">;

const CLOSED = Prisma.join(CLOSED_STATUSES.map((status) => Prisma.sql`${status}::"CaseStatus"`));
/** A task reminder is written at most TASK_DUE_NOTICE_DAYS before its date and the last one OVERDUE_CATCH_UP_DAYS after. */
const TASK_REMINDER_LIFETIME_DAYS = TASK_DUE_NOTICE_DAYS + OVERDUE_CATCH_UP_DAYS + 1;

/** Which reminders to re-check: one task's (a change to it), one case's (its status changed), or the recent ones (the scan). */
export type TTaskReminderScope = { taskId: string } | { caseId: string } | { since: Date };

/**
 * Withdraws the task reminders that no longer match the task: done, re-dated, reassigned (the key
 * names the date and the assignee, lib/reminders/stages.ts), gone, or its case closed. Those already
 * e-mailed stay as history; the others are deleted. Runs as system: the reminder withdrawn may be a
 * colleague's (the former assignee's), which the actor's own context cannot see. Invariant: called with
 * a task or a case the caller has already checked the actor may change, inside the change's
 * transaction, or by the scan — it never touches anything but those reminders.
 */
export async function withdrawStaleTaskReminders(db: TDb, scope: TTaskReminderScope): Promise<number> {
  const where =
    "taskId" in scope
      ? Prisma.sql`AND split_part(n.dedup_key, ':', 2) = ${scope.taskId}`
      : "caseId" in scope
        ? Prisma.sql`AND n.deployment_id = ${scope.caseId}::uuid`
        : Prisma.sql`AND n.created_at >= ${scope.since}`;
  return runAsSystem(
    () => db.$executeRaw`
      DELETE FROM notifications n
       WHERE n.event = 'task_due' AND n.email_state <> 'sent' ${where}
         AND NOT EXISTS (
           SELECT 1 FROM case_tasks t JOIN deployments c ON c.id = t.deployment_id
            WHERE t.id = split_part(n.dedup_key, ':', 2)::uuid
              AND n.dedup_key = concat('task-due:', t.id, ':', to_char(t.due_on, 'YYYY-MM-DD'), ':', n.params->>'stage', ':',
                                       coalesce(t.assignee_id::text, 'case'))
              AND t.done_at IS NULL AND c.status NOT IN (${CLOSED}))`,
  );
}

type TDueTaskRow = {
  taskId: string;
  taskTitle: string;
  dueOn: TCalendarDate;
  assigneeId: string | null;
  caseId: string;
  caseName: string;
  employerId: string;
  repInChargeId: string | null;
  unionId: string;
};

export type TTaskReminderScan = { tasks: number; notified: number; withdrawn: number; byStage: Record<TTaskDueStage, number> };

/**
 * The task part of the daily reminder scan (job `deadline-reminders`): every open task of an open case
 * due from tomorrow back to a week ago, read through the due-date index. Each gets the reminder of its
 * stage ("due" the day before or the day itself, "overdue" after), once: for its assignee, or when
 * nobody is assigned for the rep in charge of the case, else the case's union's reps at the employer.
 * The notification's union is the case's (row-level security, ADR 0037).
 */
export const scanTaskReminders = asSystem(async function scanTaskReminders(now: Date): Promise<TTaskReminderScan> {
  const today = todayInParis(now);
  const withdrawn = await withdrawStaleTaskReminders(prisma, { since: new Date(now.getTime() - TASK_REMINDER_LIFETIME_DAYS * 86_400_000) });
  const rows = await prisma.$queryRaw<TDueTaskRow[]>`
    SELECT t.id::text AS "taskId", t.title AS "taskTitle", to_char(t.due_on, 'YYYY-MM-DD') AS "dueOn",
           t.assignee_id::text AS "assigneeId", c.id::text AS "caseId", c.local_name AS "caseName",
           c.employer_id::text AS "employerId", c.rep_in_charge_id::text AS "repInChargeId", c.union_id::text AS "unionId"
      FROM case_tasks t
      JOIN deployments c ON c.id = t.deployment_id
     WHERE t.done_at IS NULL
       AND t.due_on BETWEEN ${addDays(today, -OVERDUE_CATCH_UP_DAYS)}::date AND ${addDays(today, TASK_DUE_NOTICE_DAYS)}::date
       AND c.status NOT IN (${CLOSED})`;

  const repsOf = await repsByEmployerAndUnion(
    prisma,
    rows.filter((row) => !row.assigneeId && !row.repInChargeId).map((row) => row.employerId),
  );
  const byStage: Record<TTaskDueStage, number> = { due: 0, overdue: 0 };
  const items: TNotifyItem<"task_due">[] = [];
  for (const row of rows) {
    const stage = taskDueStage(today, row.dueOn);
    if (!stage) continue;
    byStage[stage] += 1;
    items.push({
      userIds: row.assigneeId
        ? [row.assigneeId]
        : row.repInChargeId
          ? [row.repInChargeId]
          : (repsOf.get(repsKey(row.employerId, row.unionId)) ?? []),
      dedupKey: taskDueKey(row.taskId, row.dueOn, stage, row.assigneeId),
      params: { caseName: row.caseName, taskTitle: row.taskTitle, dueOn: row.dueOn, stage },
      link: `/cases/${row.caseId}`,
      deploymentId: row.caseId,
      unionId: row.unionId,
    });
  }
  const notified = await notifyMany(prisma, "task_due", items);
  return { tasks: rows.length, notified, withdrawn, byStage };
});
