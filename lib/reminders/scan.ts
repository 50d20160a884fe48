import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { addDays, todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { CLOSED_STATUSES } from "@/lib/dashboards/figures";
import { prisma } from "@/lib/db";
import type { TReminderStage } from "@/lib/notifications/events";
import { notifyMany, type TNotifyItem } from "@/lib/notifications/notify";

import { repsByEmployerAndUnion, repsKey } from "./recipients";
import { OVERDUE_CATCH_UP_DAYS, REMINDER_THRESHOLDS, reminderKey, reminderStage } from "./stages";
import { asSystem, runAsSystem } from "@/lib/db-context";

type TDb = Pick<typeof prisma, "$executeRaw">;

const CLOSED = Prisma.join(CLOSED_STATUSES.map((status) => Prisma.sql`${status}::"CaseStatus"`));
const FARTHEST = Math.max(...REMINDER_THRESHOLDS.map((threshold) => threshold.days));
/** A reminder is written at most FARTHEST days before its date and the last one OVERDUE_CATCH_UP_DAYS after. */
const REMINDER_LIFETIME_DAYS = FARTHEST + OVERDUE_CATCH_UP_DAYS + 1;

/**
 * Withdraws the deadline reminders that no longer match the facts: the step was done (the avis
 * recorded), the date moved (an override, new facts), the deadline is gone, or the case is closed.
 * Reminders already e-mailed stay as history; the others (unread in the app, waiting for an e-mail or
 * the digest) are deleted. `caseId` limits it to one case (called with the case's deadlines, in the
 * same transaction: lib/consultations/refresh-deadlines.ts); without it, every case (the daily scan).
 * Runs as system: the reminders withdrawn are also the colleagues' (the employer's other reps), which
 * the actor's own context cannot see (notifications are per account, ADR 0037). Invariant: called
 * with a case the caller has already checked the actor may change, or by the scan.
 */
export async function withdrawStaleReminders(db: TDb, caseId?: string, now: Date = new Date()): Promise<number> {
  // Across every case, only the reminders of the last REMINDER_LIFETIME_DAYS: an older one refers to a
  // date more than a week past, which no scan reminds of any more. This keeps the daily cost
  // proportional to the recent reminders, not to the whole history.
  const scope = caseId
    ? Prisma.sql`AND n.deployment_id = ${caseId}::uuid`
    : Prisma.sql`AND n.created_at >= ${new Date(now.getTime() - REMINDER_LIFETIME_DAYS * 86_400_000)}`;
  return runAsSystem(() => db.$executeRaw`
    DELETE FROM notifications n
     WHERE n.event = 'deadline_reminder' AND n.email_state <> 'sent' ${scope}
       AND NOT EXISTS (
         SELECT 1 FROM case_deadlines d JOIN deployments c ON c.id = d.deployment_id
          WHERE d.deployment_id = n.deployment_id AND d.kind = n.params->>'deadlineKind'
            AND d.done_on IS NULL AND to_char(d.due_on, 'YYYY-MM-DD') = n.params->>'dueOn'
            AND c.status NOT IN (${CLOSED}))`);
}

type TDueRow = {
  caseId: string;
  kind: string;
  unionId: string;
  dueOn: TCalendarDate;
  caseName: string;
  employerId: string;
  employerName: string;
  repInChargeId: string | null;
};

export type TReminderScan = { today: TCalendarDate; deadlines: number; notified: number; withdrawn: number; byStage: Record<TReminderStage, number> };

/**
 * The daily reminder scan (job `deadline-reminders`): every open deadline of an open case within 15
 * days ahead or up to 7 days late, read through the due-date index — its cost follows the deadlines in
 * that window, not the number of cases. Each gets the reminder of its stage, for the rep in charge of
 * the case, or for the employer's reps when nobody is; idempotent (one per deadline, date and stage).
 */
export const scanDeadlineReminders = asSystem(async function scanDeadlineReminders(now: Date): Promise<TReminderScan> {
  const today = todayInParis(now);
  const withdrawn = await withdrawStaleReminders(prisma, undefined, now);
  const rows = await prisma.$queryRaw<TDueRow[]>`
    SELECT d.deployment_id AS "caseId", d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS "dueOn",
           c.local_name AS "caseName", c.employer_id AS "employerId", e.legal_name AS "employerName",
           c.rep_in_charge_id AS "repInChargeId", c.union_id::text AS "unionId"
      FROM case_deadlines d
      JOIN deployments c ON c.id = d.deployment_id
      JOIN employers e ON e.id = c.employer_id
     WHERE d.done_on IS NULL
       AND d.due_on BETWEEN ${addDays(today, -OVERDUE_CATCH_UP_DAYS)}::date AND ${addDays(today, FARTHEST)}::date
       AND c.status NOT IN (${CLOSED})`;

  const repsOf = await repsByEmployerAndUnion(prisma, rows.filter((row) => !row.repInChargeId).map((row) => row.employerId));

  const byStage: Record<TReminderStage, number> = { d15: 0, d7: 0, d2: 0, overdue: 0 };
  const items: TNotifyItem<"deadline_reminder">[] = [];
  for (const row of rows) {
    const stage = reminderStage(today, row.dueOn);
    if (!stage) continue;
    byStage[stage] += 1;
    items.push({
      userIds: row.repInChargeId ? [row.repInChargeId] : (repsOf.get(repsKey(row.employerId, row.unionId)) ?? []),
      dedupKey: reminderKey(row.caseId, row.kind, row.dueOn, stage),
      params: { caseName: row.caseName, employerName: row.employerName, deadlineKind: row.kind, stage, dueOn: row.dueOn },
      link: `/cases/${row.caseId}`,
      deploymentId: row.caseId,
    });
  }
  const notified = await notifyMany(prisma, "deadline_reminder", items);
  return { today, deadlines: rows.length, notified, withdrawn, byStage };
});
