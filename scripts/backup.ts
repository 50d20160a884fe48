/**
 * One consistent, encrypted archive of the database (lib/backup/backup-database.ts, ADR 0036):
 *
 *   npm run backup                     → $BACKUP_DIR (default <data dir>-backups)/vigie-<UTC time>.vigiebak
 *   npm run backup -- --out <file|dir>
 *
 * Next to a local install it finds the embedded database (which must be running: `npm start`) and the
 * secrets folder as the app does; elsewhere set MIGRATION_DATABASE_URL (the owner of the tables; else
 * DATABASE_URL) and BACKUP_KEY or VIGIE_SECRETS_DIR. The archive holds no secret: keep the secrets folder
 * (or BACKUP_KEY) in another place, never beside the archives.
 */
import { existsSync, statSync } from "node:fs";
import { chmod, mkdir, rename, rm } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";

import { allowServerOnly } from "./lib/allow-server-only";
import { installPaths, localInstallEnv } from "./lib/local-install.mjs";

Object.assign(process.env, localInstallEnv(process.env));
allowServerOnly();
const { backupDatabase } = await import("@/lib/backup/backup-database");
const { loadBackupKeys } = await import("@/lib/backup/backup-key");

const { values } = parseArgs({ options: { out: { type: "string" } } });
const paths = installPaths(process.env);
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
const target = values.out ?? process.env.BACKUP_DIR ?? `${paths.dataDir}-backups`;
const file = existsSync(target) && statSync(target).isDirectory() || !path.extname(target) ? path.join(target, `vigie-${stamp}.vigiebak`) : target;
const partial = `${file}.partial`;

try {
  const databaseUrl = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL absent");
  const keys = await loadBackupKeys({ secretsDir: paths.secretsDir, create: true });
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const out = createWriteStream(partial, { mode: 0o600, flags: "wx" });
  const summary = await backupDatabase({ databaseUrl, key: keys.current, out });
  await finished(out);
  await chmod(partial, 0o600);
  await rename(partial, file);
  console.log(`backup ${file}: ${summary.tables} tables, ${summary.rows} rows, ${summary.migrations} migrations, ${(summary.bytes / 1024).toFixed(0)} KiB, key ${keys.source}`);
  console.log("backup Gardez le dossier des secrets (ou BACKUP_KEY) ailleurs que les sauvegardes / keep the secrets folder (or BACKUP_KEY) apart from the backups");
} catch (error) {
  await rm(partial, { force: true });
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
