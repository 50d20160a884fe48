/**
 * Rotates the key of member-report text (lib/reports/rotate-keys.ts, ADR 0010):
 *
 *   npm run keys:rotate
 *
 * Next to a local install (`npm start` running, or its database reachable), it finds the keyring, the
 * spool and the database as the app does (scripts/lib/local-install.mjs); elsewhere set DATABASE_URL,
 * REPORT_KEYRING_FILE, REPORT_SPOOL_DIR and REPORT_RECEIPT_SALT as the app has them. Prints what it does
 * (key ids and counts, never a key). Exit 0 when every row is under the new key and the old key is gone
 * from the keyring; 1 otherwise (the old key then stays in the keyring: nothing is lost).
 */
import { allowServerOnly } from "./lib/allow-server-only";
import { installPaths, localInstallEnv } from "./lib/local-install.mjs";

Object.assign(process.env, localInstallEnv(process.env));
const keyringFile = process.env.REPORT_KEYRING_FILE ?? installPaths(process.env).keyringFile;

allowServerOnly();
const { rotateReportKeys } = await import("@/lib/reports/rotate-keys");
const { disconnectDb } = await import("@/lib/db");
try {
  const result = await rotateReportKeys({ keyringFile, log: (line) => console.log(`keys:rotate ${line}`) });
  console.log(
    `keys:rotate done key=${result.newKeyId} reports=${result.reports} messages=${result.messages} spool=${result.spool} retired=${result.retired.join(",")}`,
  );
  console.log("keys:rotate the old key is no longer needed: remove it from any copy of the secrets folder (and REPORT_ENCRYPTION_KEY from the environment, if set)");
} catch (error) {
  console.error(`keys:rotate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
