import pg from "pg";
import PgBoss from "pg-boss";
import { afterEach, describe, expect, inject, it } from "vitest";

import { prisma } from "@/lib/db";
import { startWorkerProcess, type TWorkerProcess } from "@/tests/setup/worker-process";

import { cronVariable, QUEUE_NAMES } from "./queues";
import { JOBS_SCHEMA } from "./worker";

// As the app role: pg-boss must install and work its schema without owning the database (ADR 0035).
const databaseUrl = inject("appDatabaseUrl");
const started: TWorkerProcess[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((worker) => worker.stop()));
});

async function startWorkers(count: number, env: Record<string, string>) {
  // Tracked as each one is ready, so that one failing to start does not leave the other running.
  return Promise.all(
    Array.from({ length: count }, async () => {
      const worker = await startWorkerProcess(databaseUrl, env);
      started.push(worker);
      return worker;
    }),
  );
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const NO_SCHEDULES = Object.fromEntries(QUEUE_NAMES.map((name) => [cronVariable(name), "off"]));

describe("job queue shared by two worker processes", () => {
  it("runs each job once, on one of the two processes, and records it", async () => {
    const [first, second] = await startWorkers(2, NO_SCHEDULES);
    // A third client that only sends (as the app does when it queues work).
    const sender = new PgBoss({ connectionString: databaseUrl, schema: JOBS_SCHEMA, supervise: false, schedule: false });
    await sender.start();
    const jobIds: string[] = [];
    try {
      for (let index = 0; index < 12; index += 1) jobIds.push((await sender.send("reports-purge", { burst: index }))!);
    } finally {
      await sender.stop({ graceful: false });
    }

    const runs = await waitFor(
      async () => {
        const rows = await prisma.jobRun.findMany({ where: { jobId: { in: jobIds }, status: "succeeded" } });
        return rows.length >= jobIds.length ? rows : undefined;
      },
      30_000,
      "12 jobs to run",
    );
    // Give a duplicate the time to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const all = await prisma.jobRun.findMany({ where: { jobId: { in: jobIds } } });
    expect(all).toHaveLength(jobIds.length);
    expect(new Set(all.map((run) => run.jobId))).toEqual(new Set(jobIds));
    expect(all.every((run) => run.attempt === 1 && run.status === "succeeded")).toBe(true);
    expect(runs[0]!.summary).toMatchObject({ reports: 0, months: 12 });
    // Both processes are pg-boss workers of this database; whichever fetched a job ran it.
    const pids = [first!.pid, second!.pid].map(String);
    expect(all.every((run) => pids.includes(run.worker.split(":").at(-1)!))).toBe(true);
    const states = await withClient(async (client) =>
      (await client.query<{ state: string }>(`SELECT state FROM ${JOBS_SCHEMA}.job WHERE id = ANY($1::uuid[])`, [jobIds])).rows,
    );
    expect(states.every((row) => row.state === "completed")).toBe(true);
  }, 60_000);

  it("creates a scheduled job once per slot although both processes keep the schedule", async () => {
    const since = new Date();
    await startWorkers(2, { ...NO_SCHEDULES, JOB_CRON_REPORTS_PURGE: "* * * * *" });
    // Each process checks the schedule at start, then every 30 s: both see the current minute due.
    await waitFor(
      async () => ((await prisma.jobRun.count({ where: { queue: "reports-purge", startedAt: { gte: since } } })) > 0 ? true : undefined),
      40_000,
      "the scheduled purge",
    );
    await new Promise((resolve) => setTimeout(resolve, 33_000)); // past the next schedule check of both processes
    const jobs = await withClient(async (client) =>
      (
        await client.query<{ id: string; minute: string }>(
          `SELECT id, to_char(date_trunc('minute', created_on), 'HH24:MI') AS minute FROM ${JOBS_SCHEMA}.job
            WHERE name = 'reports-purge' AND created_on >= $1`,
          [since],
        )
      ).rows,
    );
    // Never more jobs than schedule slots (minutes) elapsed, although two processes keep the schedule.
    // NOTE: counted by slot, not by creation minute: on a loaded machine the job of one slot may be
    // created (from pg-boss's per-slot, deduplicated "send it" job) in the next minute.
    const slots = Math.floor(Date.now() / 60_000) - Math.floor(since.getTime() / 60_000) + 1;
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.length).toBeLessThanOrEqual(slots);
    const runs = await prisma.jobRun.findMany({ where: { queue: "reports-purge", startedAt: { gte: since } } });
    expect(runs.map((run) => run.jobId).sort()).toEqual(jobs.map((job) => job.id).filter((id) => runs.some((run) => run.jobId === id)).sort());
    expect(new Set(runs.map((run) => run.jobId)).size).toBe(runs.length); // one run per job
  }, 120_000);
});
