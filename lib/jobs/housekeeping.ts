import "server-only";

import { prisma } from "@/lib/db";
import { asSystem } from "@/lib/db-context";

/** job_runs older than this are deleted: the admin page shows recent runs and failures. */
export const JOB_RUN_RETENTION_DAYS = 30;
/** Read notifications older than this are deleted; unread ones stay until read. */
export const READ_NOTIFICATION_RETENTION_DAYS = 180;

/**
 * Audit rows of reads, token uses and sign-ins are deleted after this (ADR 0033); the database
 * trigger refuses any younger one, and every other audit row (the history of the records) stays.
 */
export const AUDIT_READ_RETENTION_DAYS = 365;

const DAY_MS = 86_400_000;

/**
 * The only deletion audit_events accepts: the trigger lets it through for this transaction alone
 * (`SET LOCAL vigie.audit_purge`), and only for rows of the kinds with a retention past 365 days.
 */
export async function pruneAuditTrail(now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - AUDIT_READ_RETENTION_DAYS * DAY_MS);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('vigie.audit_purge', 'on', true)`;
    return tx.$executeRaw`
      DELETE FROM audit_events
       WHERE at < ${cutoff} AND at < now() - interval '365 days'
         AND (action LIKE 'read.%' OR action LIKE 'auth.%' OR action = 'api_token.use')`;
  });
}

/**
 * The nightly `housekeeping` job: the e-mail job alone records a run a minute, so run history is kept
 * for 30 days; notifications already read go after 180 days; audit rows of reads after 365 days.
 */
export const pruneHistory = asSystem(async function pruneHistory(now: Date): Promise<{ jobRuns: number; notifications: number; auditRows: number }> {
  const [jobRuns, notifications, auditRows] = await Promise.all([
    prisma.jobRun.deleteMany({ where: { startedAt: { lt: new Date(now.getTime() - JOB_RUN_RETENTION_DAYS * DAY_MS) } } }),
    prisma.notification.deleteMany({ where: { readAt: { lt: new Date(now.getTime() - READ_NOTIFICATION_RETENTION_DAYS * DAY_MS) } } }),
    pruneAuditTrail(now),
  ]);
  return { jobRuns: jobRuns.count, notifications: notifications.count, auditRows };
});
