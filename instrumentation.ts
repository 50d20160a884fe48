/**
 * Runs once when the server starts: a bad configuration stops it with a clear message; the intake
 * spool starts being written to the database batch by batch (lib/reports/flush-intake.ts); then the job
 * worker starts in this process unless JOBS_RUN_IN_APP=false (docs/decisions/0024).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    const config = env();
    const [{ startIntakeFlusher }, { logger }, { ensureContextKey }, { runAsSystem }] = await Promise.all([
      import("@/lib/reports/flush-intake"),
      import("@/lib/logger"),
      import("@/lib/db"),
      import("@/lib/db-context"),
    ]);
    // Row-level security (ADR 0037): `npm start` writes the context key as the owner; a database migrated
    // otherwise gets it from the app on its first start. Another key there: every union's rows stay hidden.
    ensureContextKey().then(
      (ours) => {
        if (!ours) logger.error("database context key differs from AUTH_SECRET's: run the migrations with AUTH_SECRET set (npm run db:migrate)");
      },
      (error: unknown) => logger.error({ err: { message: error instanceof Error ? error.message : String(error) } }, "database context key not checked"),
    );
    // The flusher's timer, and everything it starts, runs as a job: every union's rows.
    // By name only: a message may quote what was being written.
    runAsSystem(() => startIntakeFlusher((error) => logger.error({ err: { name: error instanceof Error ? error.name : typeof error } }, "intake flush failed")));
    if (config.JOBS_RUN_IN_APP) {
      const { startJobWorker } = await import("@/lib/jobs/worker");
      // A database that is down at start must not keep the app from serving its error pages and health
      // check: the worker is retried until it starts.
      const start = (attempt: number): void => {
        startJobWorker({ connectionString: config.DATABASE_URL, pollingIntervalSeconds: config.JOBS_POLLING_SECONDS }).catch((error: unknown) => {
          const delay = Math.min(60, 2 ** attempt);
          logger.error({ err: { message: error instanceof Error ? error.message : String(error) }, retryInSeconds: delay }, "job worker did not start");
          setTimeout(() => start(attempt + 1), delay * 1000).unref();
        });
      };
      start(0);
    }
  }
}
