/**
 * Loads a backup archive into an empty database (lib/backup/restore-database.ts, ADR 0036):
 *
 *   npm run restore -- <file.vigiebak>
 *
 * The database must be empty: a new one, or one whose tables hold no row (e.g. a fresh
 * `SEED_DEMO=false npm start`). Same configuration as `npm run backup`; the key is BACKUP_KEY or the
 * secrets folder's backup-key.json (restore the secrets folder first on a new machine).
 */
import { createReadStream } from "node:fs";
import { parseArgs } from "node:util";

import { allowServerOnly } from "./lib/allow-server-only";
import { installPaths, localInstallEnv } from "./lib/local-install.mjs";

Object.assign(process.env, localInstallEnv(process.env));
allowServerOnly();
const { restoreDatabase } = await import("@/lib/backup/restore-database");
const { loadBackupKeys } = await import("@/lib/backup/backup-key");

const { positionals } = parseArgs({ allowPositionals: true });
try {
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run restore -- <file.vigiebak>");
  const databaseUrl = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL absent");
  const keys = await loadBackupKeys({ secretsDir: installPaths(process.env).secretsDir, create: false });
  const summary = await restoreDatabase({ databaseUrl, source: createReadStream(file), keyFor: keys.keyFor, log: (line) => console.log(`restore ${line}`) });
  console.log(`restore done: ${summary.tables} tables, ${summary.rows} rows; migrations replayed ${summary.migrationsReplayed}, applied after ${summary.migrationsAfter}`);
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
