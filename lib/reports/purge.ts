import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { addMonths, fromCalendarDate, todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { readSpool } from "@/lib/reports/intake-spool";
import { FINAL_REPORT_STATUSES } from "@/lib/reports/status";
import { asSystem } from "@/lib/db-context";

export type TPurgeResult = {
  /** Reports whose last activity and closing day are both before this day were purged. */
  cutoff: TCalendarDate;
  reports: number;
  messages: number;
  /** report_linked case events that lost their link (the events stay, with no report text). */
  unlinkedCaseEvents: number;
  dryRun: boolean;
};

/** The day before which a finished report's last activity must lie for it to be purged. */
export function retentionCutoff(now: Date, months: number): TCalendarDate {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`retention months must be a whole number ≥ 1, got ${months}`);
  return addMonths(todayInParis(now), -months);
}

/**
 * Retention of member reports (issue 4, point 8; ADR 0012). Deletes, in one transaction, the reports
 * in a final status (closed, duplicate, not AI) whose last exchange with the reporter AND closing day
 * are both older than `months` months, with their messages and internal notes. Reports still open
 * (new, needs information, linked) are never purged; a report the reporter wrote to recently is kept,
 * since their message moves its last-activity day (or waits in the intake spool, which counts too). The report_linked events of the cases stay (the
 * case keeps "a member report was linked on that day") but lose their link. Rows are locked while
 * they are purged, so a reporter's message arriving meanwhile waits and then finds no report.
 * The audit trail gets one row per purged report: its id and last status, never any text.
 */
export const purgeClosedReports = asSystem(async function purgeClosedReports(options: { now: Date; months: number; dryRun?: boolean }): Promise<TPurgeResult> {
  const cutoff = retentionCutoff(options.now, options.months);
  const dryRun = options.dryRun ?? false;
  const cutoffDate = fromCalendarDate(cutoff);
  const statuses = Prisma.join(FINAL_REPORT_STATUSES.map((status) => Prisma.sql`${status}::"ReportStatus"`));
  const expired = Prisma.sql`
    SELECT id, status::text AS status FROM member_reports
     WHERE status IN (${statuses})
       AND last_activity_on < ${cutoffDate}::date
       AND (closed_on IS NULL OR closed_on < ${cutoffDate}::date)
     ORDER BY id`;

  // A reporter's message still waiting for its batch (lib/reports/intake-spool.ts) is recent activity
  // the report's last-activity day does not show yet: such a report is kept.
  const written = new Set((await readSpool()).flatMap(({ entry }) => (entry.kind === "message" ? [entry.reportId] : [])));

  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string; status: string }[]>(dryRun ? expired : Prisma.sql`${expired} FOR UPDATE`);
    const rows = locked.filter((row) => !written.has(row.id));
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) return { cutoff, reports: 0, messages: 0, unlinkedCaseEvents: 0, dryRun };
    const messages = await tx.reportMessage.count({ where: { reportId: { in: ids } } });
    if (dryRun) {
      const unlinkedCaseEvents = await tx.caseEvent.count({ where: { reportId: { in: ids } } });
      return { cutoff, reports: ids.length, messages, unlinkedCaseEvents, dryRun };
    }
    // Before the delete: the foreign key would otherwise cascade and drop the events with the reports.
    const unlinked = await tx.caseEvent.updateMany({ where: { reportId: { in: ids } }, data: { reportId: null } });
    // Messages go with their report (ON DELETE CASCADE); duplicates of a purged report lose their pointer.
    const deleted = await tx.memberReport.deleteMany({ where: { id: { in: ids } } });
    await tx.auditEvent.createMany({
      data: rows.map((row) => ({
        actorId: null,
        action: "report.purge",
        entityType: "report",
        entityId: row.id,
        changes: { status: { before: row.status, after: null } },
      })),
    });
    return { cutoff, reports: deleted.count, messages, unlinkedCaseEvents: unlinked.count, dryRun };
  });
});
