/**
 * Writes the intake spool's waiting batches to the database (lib/reports/flush-intake.ts). The app does
 * this by itself every minute; this command is for operators (after restoring a spool folder) and tests:
 *
 *   npm run reports:flush [-- --now]
 *
 * Needs DATABASE_URL, the report keys (REPORT_KEYRING_FILE or REPORT_ENCRYPTION_KEY) and REPORT_SPOOL_DIR
 * as the app has them. `--now` also writes the window still open, which dates its entries to now: for
 * tests and demos only. Prints one line of counts, e.g. `reports:flush reports=3 messages=1 waiting=0`.
 */
import { parseArgs } from "node:util";

import { allowServerOnly } from "./lib/allow-server-only";

const { values } = parseArgs({ options: { now: { type: "boolean" } }, strict: true, allowPositionals: false });

allowServerOnly();
const { flushIntake } = await import("@/lib/reports/flush-intake");
const { disconnectDb } = await import("@/lib/db");
try {
  const result = await flushIntake({ includeCurrent: values.now ?? false });
  console.log(`reports:flush reports=${result.reports} messages=${result.messages} waiting=${result.waiting}`);
} finally {
  await disconnectDb();
}
