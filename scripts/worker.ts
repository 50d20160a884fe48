/**
 * Works the job queue in a process of its own (docs/decisions/0024):
 *
 *   npm run worker
 *
 * The app already runs a worker in each instance; run this with JOBS_RUN_IN_APP=false on the app to
 * keep jobs off the web processes. Same environment as the app (DATABASE_URL, AUTH_SECRET, …). Any
 * number may run at once: each job is run by one of them. Ctrl-C (SIGINT) or SIGTERM lets the job
 * in progress finish (10 s at most), then exits.
 */
import { allowServerOnly } from "./lib/allow-server-only";

allowServerOnly();
const { env } = await import("@/lib/env");
const { disconnectDb } = await import("@/lib/db");
const { startJobWorker } = await import("@/lib/jobs/worker");

let config;
try {
  config = env();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}

const worker = await startJobWorker({ connectionString: config.DATABASE_URL, pollingIntervalSeconds: config.JOBS_POLLING_SECONDS });
process.stdout.write(`[vigie] worker prêt / ready (pid ${process.pid})\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await disconnectDb();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
