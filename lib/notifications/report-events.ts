import "server-only";

import { addDays, fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";

import { notify } from "./notify";
import { asSystem } from "@/lib/db-context";

/** Reports and reporter messages this many days back are (re)considered: a missed run catches up. */
const LOOKBACK_DAYS = 2;

/**
 * Notifies the reps of each report's employer (the admins, for a report naming an unknown employer)
 * of new member reports and of reporters' new messages. Run by the hourly `reports-notify` job, not by
 * the anonymous request itself (ADR 0010, docs/decisions/0027): no row, log line or e-mail is written
 * the minute a member writes; the notifications carry the day (the report's own precision), the
 * employer's name and a link, never the text. Idempotent (one notification per report / message and user).
 */
export const notifyReportActivity = asSystem(async function notifyReportActivity(now: Date): Promise<void> {
  const since = fromCalendarDate(addDays(todayInParis(now), -LOOKBACK_DAYS));
  const employer = { select: { legalName: true } } as const;
  const [reports, messages] = await Promise.all([
    prisma.memberReport.findMany({
      where: { submittedOn: { gte: since } },
      select: { id: true, unionId: true, employerId: true, submittedOn: true, employer },
    }),
    prisma.reportMessage.findMany({
      where: { kind: "reporter", sentOn: { gte: since } },
      select: { id: true, sentOn: true, report: { select: { id: true, unionId: true, employerId: true, employer } } },
    }),
  ]);
  // Each copy of a report is its union's (docs/decisions/0028): only that union's reps hear of it.
  const recipients = new Map<string, string[]>();
  const recipientsOf = async (employerId: string | null, unionId: string) => {
    const cacheKey = `${employerId ?? ""}|${unionId}`;
    let ids = recipients.get(cacheKey);
    if (!ids) {
      const users = await prisma.user.findMany({
        where: employerId
          ? { role: "rep", unionId, deactivatedAt: null, employers: { some: { employerId } } }
          : { role: "admin", deactivatedAt: null },
        select: { id: true },
      });
      ids = users.map((user) => user.id);
      recipients.set(cacheKey, ids);
    }
    return ids;
  };
  for (const report of reports) {
    await notify(prisma, {
      event: "report_received",
      userIds: await recipientsOf(report.employerId, report.unionId),
      unionId: report.unionId,
      dedupKey: `report:${report.id}`,
      params: { employerName: report.employer?.legalName ?? "" },
      link: `/reports/${report.id}`,
      createdAt: report.submittedOn,
    });
  }
  for (const message of messages) {
    await notify(prisma, {
      event: "reporter_replied",
      userIds: await recipientsOf(message.report.employerId, message.report.unionId),
      unionId: message.report.unionId,
      dedupKey: `report-message:${message.id}`,
      params: { employerName: message.report.employer?.legalName ?? "" },
      link: `/reports/${message.report.id}`,
      createdAt: message.sentOn,
    });
  }
});
