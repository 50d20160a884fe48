import "server-only";

import pg from "pg";
import PgBoss from "pg-boss";

import { runAsSystem } from "@/lib/db-context";
import { logger } from "@/lib/logger";

import { JOB_HANDLERS } from "./handlers";
import { DEAD_LETTER_QUEUE, JOB_TIME_ZONE, QUEUES, scheduleOf, type TQueueDefinition } from "./queues";
import { runRecorded } from "./record-run";

/** pg-boss keeps its tables in this schema, apart from the app's (docs/decisions/0024). */
export const JOBS_SCHEMA = "pgboss";

export type TJobWorker = { boss: PgBoss; stop(): Promise<void> };

export type TWorkerOptions = {
  connectionString: string;
  /** Seconds between two polls of a queue for new jobs (pg-boss default 2). */
  pollingIntervalSeconds?: number;
  /** Environment the JOB_CRON_* overrides are read from. */
  source?: Record<string, string | undefined>;
};

function queueOptions(queue: TQueueDefinition): PgBoss.Queue {
  return {
    name: queue.name,
    policy: queue.policy,
    retryLimit: queue.retryLimit,
    retryDelay: queue.retryDelaySeconds,
    retryBackoff: queue.retryBackoff,
    expireInSeconds: queue.expireInMinutes * 60,
    deadLetter: DEAD_LETTER_QUEUE,
  };
}

/** Creates or updates a queue. */
async function ensureQueue(boss: PgBoss, options: PgBoss.Queue) {
  if (await boss.getQueue(options.name)) await boss.updateQueue(options.name, options);
  else await boss.createQueue(options.name, options);
}

/**
 * Runs `work` while holding a session advisory lock: instances starting at the same moment would
 * otherwise deadlock creating the same queue partitions (observed with two processes).
 */
async function withSetupLock<T>(connectionString: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: "vigie-jobs-setup" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('vigie:jobs:setup'))");
    return await work();
  } finally {
    await client.end(); // ends the session, which releases the lock
  }
}

/**
 * Starts the job worker of this process: installs or migrates pg-boss's schema, creates the queues,
 * (re)writes their schedules and works them. Every instance of the app runs one; pg-boss hands each job
 * to one of them (SELECT … FOR UPDATE SKIP LOCKED) and creates each scheduled job once per slot.
 */
export async function startJobWorker(options: TWorkerOptions): Promise<TJobWorker> {
  const source = options.source ?? process.env;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOBS_SCHEMA,
    application_name: "vigie-jobs",
    max: 4,
  });
  boss.on("error", (error) => logger.error({ err: { message: error.message } }, "job queue error"));
  const schedules = QUEUES.map((queue) => ({ queue, cron: scheduleOf(queue, source) }));
  await withSetupLock(options.connectionString, async () => {
    await boss.start();
    await ensureQueue(boss, { name: DEAD_LETTER_QUEUE, policy: "standard", retentionMinutes: 60 * 24 * 30 });
    for (const { queue, cron } of schedules) {
      await ensureQueue(boss, queueOptions(queue));
      if (cron) await boss.schedule(queue.name, cron, {}, { tz: JOB_TIME_ZONE });
      else await boss.unschedule(queue.name);
    }
  });

  for (const queue of QUEUES) {
    const handler = JOB_HANDLERS[queue.name];
    await boss.work(
      queue.name,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        const job = jobs[0];
        if (!job) return null;
        const started = performance.now();
        // Jobs work for every union (row-level security, ADR 0037).
        const summary = await runAsSystem(() => runRecorded(queue.name, job, () => handler({ now: new Date() })));
        logger.info({ queue: queue.name, jobId: job.id, ms: Math.round(performance.now() - started), summary }, "job done");
        return summary;
      },
    );
  }
  logger.info({ queues: QUEUES.map((queue) => queue.name) }, "job worker started");
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
