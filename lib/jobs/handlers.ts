import "server-only";

import { refreshAllCaseFlags } from "@/lib/compliance/refresh-flags";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { rebuildDashboardStats } from "@/lib/dashboards/refresh";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { pruneHistory } from "@/lib/jobs/housekeeping";
import { createMailer, type TMailer } from "@/lib/mail/transport";
import { deliverPendingEmails, sendDigests, type TDeliveryConfig } from "@/lib/notifications/deliver";
import { notifyReportActivity } from "@/lib/notifications/report-events";
import { scanDeadlineReminders } from "@/lib/reminders/scan";
import { scanTaskReminders } from "@/lib/reminders/task-reminders";
import { purgeClosedReports } from "@/lib/reports/purge";

import type { TQueueName } from "./queues";

/** A job's summary: counts only (stored on job_runs and shown to admins), never text nor personal data. */
export type TJobSummary = Record<string, number | string | boolean | null>;

export type TJobContext = { now: Date };

let mailer: TMailer | undefined;

/** The mail settings of this process (lib/env.ts: SMTP_URL, MAIL_TRANSPORT, MAIL_DIR, MAIL_FROM). */
export function deliveryConfig(): TDeliveryConfig {
  const config = env();
  mailer ??= createMailer(config);
  const appUrl = config.APP_URL.replace(/\/+$/, "");
  return {
    mailer,
    appUrl,
    from: config.MAIL_FROM ?? `Vigie IA <notifications@${new URL(appUrl).hostname}>`,
    secret: config.AUTH_SECRET,
    maxAttempts: config.EMAIL_MAX_ATTEMPTS,
  };
}

/** What each queue's job does. The same functions back the npm scripts of the same name. */
export const JOB_HANDLERS: Record<TQueueName, (context: TJobContext) => Promise<TJobSummary>> = {
  "compliance-refresh": async ({ now }) => {
    const at = todayInParis(now);
    const total = await refreshAllCaseFlags(prisma, { at });
    if (total.skipped > 0) throw new Error(`${total.skipped} case(s) skipped while refreshing flags as of ${at}`);
    return { at, ...total };
  },
  "dashboards-refresh": async () => {
    const report = await rebuildDashboardStats();
    return { employers: report.employerIds.length, ms: Math.round(report.ms) };
  },
  "reports-purge": async ({ now }) => {
    const months = env().REPORT_RETENTION_MONTHS;
    const result = await purgeClosedReports({ now, months });
    return { cutoff: result.cutoff, months, reports: result.reports, messages: result.messages, caseEventsUnlinked: result.unlinkedCaseEvents };
  },
  "deadline-reminders": async ({ now }) => {
    const scan = await scanDeadlineReminders(now);
    const tasks = await scanTaskReminders(now);
    return {
      today: scan.today,
      deadlines: scan.deadlines,
      notified: scan.notified,
      withdrawn: scan.withdrawn,
      ...scan.byStage,
      tasks: tasks.tasks,
      tasksNotified: tasks.notified,
      tasksWithdrawn: tasks.withdrawn,
      tasksDue: tasks.byStage.due,
      tasksOverdue: tasks.byStage.overdue,
    };
  },
  "email-send": async ({ now }) => ({ ...(await deliverPendingEmails(now, deliveryConfig())) }),
  "email-digest": async ({ now }) => ({ ...(await sendDigests(now, deliveryConfig())) }),
  housekeeping: async ({ now }) => ({ ...(await pruneHistory(now)) }),
  // No counts in the summary: with the run's time they would date member reports to the hour.
  "reports-notify": async ({ now }) => {
    await notifyReportActivity(now);
    return {};
  },
};
