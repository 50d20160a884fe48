import "server-only";

import { hostname } from "node:os";

import { prisma } from "@/lib/db";

import type { TJobSummary } from "./handlers";

/** host:pid, so the admin page tells which instance ran a job. */
export const WORKER_ID = `${hostname()}:${process.pid}`.slice(0, 200);

const MAX_ERROR = 2000;

/**
 * Runs one attempt of a job and records it in job_runs: "running" first, then "succeeded" with its
 * summary or "failed" with the error message; the error is rethrown so that pg-boss retries the job.
 * The unique (job id, attempt) index refuses a second run of the same attempt.
 */
export async function runRecorded(
  queue: string,
  job: { id: string; retryCount: number },
  work: () => Promise<TJobSummary>,
): Promise<TJobSummary> {
  const run = await prisma.jobRun.create({
    data: { queue, jobId: job.id, attempt: job.retryCount + 1, status: "running", worker: WORKER_ID },
    select: { id: true },
  });
  try {
    const summary = await work();
    await prisma.jobRun.update({ where: { id: run.id }, data: { status: "succeeded", finishedAt: new Date(), summary } });
    return summary;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR);
    await prisma.jobRun.update({ where: { id: run.id }, data: { status: "failed", finishedAt: new Date(), error: message } });
    throw error;
  }
}
