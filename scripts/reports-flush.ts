/**
 * Writes the intake spool's waiting batches to the database (lib/reports/flush-intake.ts). The app does
 * this by itself every minute; this command is for operators (after restoring a spool folder) and tests:
 *
 *   npm run reports:flush [-- --now]
 *
 * Next to a local install it finds the database, keys and spool as the app does
 * (scripts/lib/local-install.mjs); elsewhere set DATABASE_URL, REPORT_KEYRING_FILE (or
 * REPORT_ENCRYPTION_KEY), REPORT_SPOOL_DIR and AUTH_SECRET as the app has them. `--now` also writes the
 * window still open, which dates its entries to now: for tests and demos only. Prints one line of
 * counts, e.g. `reports:flush reports=3 messages=1 waiting=0`.
 */
import { parseArgs } from "node:util";

import { allowServerOnly } from "./lib/allow-server-only";
import { localInstallEnv } from "./lib/local-install.mjs";

const { values } = parseArgs({ options: { now: { type: "boolean" } }, strict: true, allowPositionals: false });
Object.assign(process.env, localInstallEnv(process.env));

allowServerOnly();
const { flushIntake } = await import("@/lib/reports/flush-intake");
const { disconnectDb } = await import("@/lib/db");
try {
  const result = await flushIntake({ includeCurrent: values.now ?? false });
  console.log(`reports:flush reports=${result.reports} messages=${result.messages} waiting=${result.waiting}`);
} catch (error) {
  console.error(`reports:flush failed: ${error instanceof Error ? error.name : String(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
