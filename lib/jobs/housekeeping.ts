import "server-only";

import { prisma } from "@/lib/db";

/** job_runs older than this are deleted: the admin page shows recent runs and failures. */
export const JOB_RUN_RETENTION_DAYS = 30;
/** Read notifications older than this are deleted; unread ones stay until read. */
export const READ_NOTIFICATION_RETENTION_DAYS = 180;

const DAY_MS = 86_400_000;

/**
 * The nightly `housekeeping` job: the e-mail job alone records a run a minute, so run history is kept
 * for 30 days; notifications already read go after 180 days.
 */
export async function pruneHistory(now: Date): Promise<{ jobRuns: number; notifications: number }> {
  const [jobRuns, notifications] = await Promise.all([
    prisma.jobRun.deleteMany({ where: { startedAt: { lt: new Date(now.getTime() - JOB_RUN_RETENTION_DAYS * DAY_MS) } } }),
    prisma.notification.deleteMany({ where: { readAt: { lt: new Date(now.getTime() - READ_NOTIFICATION_RETENTION_DAYS * DAY_MS) } } }),
  ]);
  return { jobRuns: jobRuns.count, notifications: notifications.count };
}
