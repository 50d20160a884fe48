import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";

import { DEAD_LETTER_QUEUE, QUEUES, scheduleOf } from "./queues";
import { actingFor } from "@/lib/db-context";

const RECENT_FAILURES = 20;

export type TQueueOverview = {
  name: string;
  /** The schedule in force in this process (Paris time), or null. */
  cron: string | null;
  /** Jobs by pg-boss state (created, retry, active, completed, failed, cancelled). */
  states: Record<string, number>;
  lastRun: { status: string; startedAt: Date; finishedAt: Date | null; worker: string; summary: unknown; error: string | null } | null;
  lastSuccessAt: Date | null;
};

export type TJobsOverview = {
  /** False until a worker has installed pg-boss's schema in this database. */
  isInstalled: boolean;
  queues: TQueueOverview[];
  deadLetters: number;
  failures: { id: string; queue: string; attempt: number; startedAt: Date; worker: string; error: string | null }[];
  emails: { pending: number; retrying: number; failed: number; lastErrors: { event: string; attempts: number; error: string | null; at: Date }[] };
};

/**
 * The admin jobs page: each queue's schedule, job counts by state, last run and last success, the
 * recent failed attempts, the dead letters and the e-mail outbox. Admins only. No personal data: the
 * e-mail errors are listed with their event, not their recipient.
 */
export const getJobsOverview = actingFor(async function getJobsOverview(actor: TCurrentUser): Promise<TJobsOverview> {
  assertCan(actor, "jobs:read");
  const installed = await prisma.$queryRaw<{ installed: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`;
  const isInstalled = installed[0]?.installed ?? false;
  const stateRows = isInstalled
    ? await prisma.$queryRaw<{ name: string; state: string; count: number }[]>`
        SELECT name, state::text AS state, count(*)::int AS count FROM pgboss.job GROUP BY name, state`
    : [];
  const names = QUEUES.map((queue) => queue.name);
  const [lastRuns, lastSuccesses, failures, pending, retrying, failedEmails, lastErrors] = await Promise.all([
    prisma.jobRun.findMany({ where: { queue: { in: names } }, distinct: ["queue"], orderBy: [{ queue: "asc" }, { startedAt: "desc" }] }),
    prisma.jobRun.groupBy({ by: ["queue"], where: { status: "succeeded" }, _max: { finishedAt: true } }),
    prisma.jobRun.findMany({
      where: { status: "failed" },
      orderBy: { startedAt: "desc" },
      take: RECENT_FAILURES,
      select: { id: true, queue: true, attempt: true, startedAt: true, worker: true, error: true },
    }),
    prisma.notification.count({ where: { emailState: "pending" } }),
    prisma.notification.count({ where: { emailState: "pending", emailAttempts: { gt: 0 } } }),
    prisma.notification.count({ where: { emailState: "failed" } }),
    prisma.notification.findMany({
      where: { emailError: { not: null }, emailState: { in: ["pending", "failed", "digest"] } },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { event: true, emailAttempts: true, emailError: true, createdAt: true },
    }),
  ]);
  const states = (name: string) => Object.fromEntries(stateRows.filter((row) => row.name === name).map((row) => [row.state, row.count]));
  return {
    isInstalled,
    queues: QUEUES.map((queue) => {
      const last = lastRuns.find((run) => run.queue === queue.name);
      return {
        name: queue.name,
        cron: scheduleOf(queue, process.env),
        states: states(queue.name),
        lastRun: last
          ? { status: last.status, startedAt: last.startedAt, finishedAt: last.finishedAt, worker: last.worker, summary: last.summary, error: last.error }
          : null,
        lastSuccessAt: lastSuccesses.find((row) => row.queue === queue.name)?._max.finishedAt ?? null,
      };
    }),
    deadLetters: Object.values(states(DEAD_LETTER_QUEUE)).reduce((sum, count) => sum + count, 0),
    failures,
    emails: {
      pending,
      retrying,
      failed: failedEmails,
      lastErrors: lastErrors.map((row) => ({ event: row.event, attempts: row.emailAttempts, error: row.emailError, at: row.createdAt })),
    },
  };
});
