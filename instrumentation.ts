/**
 * Runs once when the server starts: a bad configuration stops it with a clear message, and the intake
 * spool starts being written to the database batch by batch (lib/reports/flush-intake.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
    const [{ startIntakeFlusher }, { logger }] = await Promise.all([import("@/lib/reports/flush-intake"), import("@/lib/logger")]);
    // By name only: a message may quote what was being written.
    startIntakeFlusher((error) => logger.error({ err: { name: error instanceof Error ? error.name : typeof error } }, "intake flush failed"));
  }
}
