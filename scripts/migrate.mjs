#!/usr/bin/env node
// Applies prisma/migrations at run time, without Prisma's native schema engine (which cannot be
// installed offline; docs/decisions/0002-migrations.md). The `_prisma_migrations` bookkeeping is the
// one `prisma migrate deploy` keeps (prisma-engines: sql-schema-connector flavour/postgres.rs and
// sql_migration_persistence.rs), so either tool can take over a database migrated by the other.
//
//   DATABASE_URL=postgresql://… node scripts/migrate.mjs
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

import pg from "pg";

/** Prisma's advisory lock id: also serialises us against a concurrent `prisma migrate deploy`. */
const PRISMA_ADVISORY_LOCK_ID = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Applies every migration of `migrationsDir` not yet applied to `databaseUrl`, in name order,
 * each in its own transaction.
 * `until`: apply only the migrations up to this name (inclusive), as a restore does before loading an
 * archive made at that point (lib/backup/restore-database.ts).
 * @param {{ databaseUrl: string, migrationsDir?: string, log?: (message: string) => void, until?: string }} options
 * @returns {Promise<{ applied: string[] }>}
 */
export async function migrate({ databaseUrl, migrationsDir = "prisma/migrations", log = console.log, until }) {
  if (!databaseUrl) throw new Error("migrate: databaseUrl is required (DATABASE_URL is not set)");
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Session-level lock: a second instance starting at the same time waits here, then finds
    // everything applied.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_ID]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const rows = await readMigrationRows(client);
    assertNoFailedMigration(rows);
    assertNoEditedMigration(rows, migrations);
    warnAboutUnknownMigrations(rows, migrations, log);

    const pending = migrations.filter(
      (migration) => !rows.some((row) => isActiveRowFor(row, migration.name)) && (until === undefined || migration.name <= until),
    );
    const applied = [];
    for (const migration of pending) {
      log(`Applying migration \`${migration.name}\``);
      await applyMigration(client, migration);
      applied.push(migration.name);
    }
    log(applied.length ? `${applied.length} migration(s) applied.` : "No pending migrations to apply.");
    return { applied };
  } finally {
    await client.end();
  }
}

/** Prisma's checksum: SHA-256 of the script, lowercase zero-padded hex (schema-connector checksum.rs). */
export function checksum(script) {
  return createHash("sha256").update(script).digest("hex");
}

/** Like Prisma, a checkout that only changed line endings (git autocrlf) is not an edit. */
function checksumMatches(script, stored) {
  const lf = script.replace(/\r\n/g, "\n");
  const crlf = lf.replace(/\n/g, "\r\n");
  return [script, lf, crlf].some((variant) => checksum(variant) === stored);
}

/** Sub-directories holding a migration.sql, sorted the way the Prisma CLI sorts them. */
export async function readMigrations(migrationsDir) {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  names.sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => ({
      name,
      script: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8"),
    })),
  );
}

async function readMigrationRows(client) {
  const { rows } = await client.query(
    `SELECT migration_name, checksum, started_at, finished_at, rolled_back_at
       FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return rows;
}

/** A row that counts: applied or failed, but not marked rolled back. */
function isActiveRowFor(row, name) {
  return row.migration_name === name && row.rolled_back_at === null;
}

/** Same rule and error code as `prisma migrate deploy`: a human must look at a failed migration first. */
function assertNoFailedMigration(rows) {
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (!failed) return;
  throw new Error(
    `P3009: migrate found failed migrations in the target database, new migrations will not be applied.\n` +
      `The \`${failed.migration_name}\` migration started at ${failed.started_at.toISOString()} failed ` +
      `(see its "logs" column in _prisma_migrations).\n` +
      `To resolve: fix the database by hand (undo what the migration did partially, or finish it), then either\n` +
      `  - retry it: UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}' AND finished_at IS NULL;\n` +
      `  - or record it as applied: UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE migration_name = '${failed.migration_name}' AND finished_at IS NULL;\n` +
      `(equivalent to \`prisma migrate resolve --rolled-back|--applied ${failed.migration_name}\`; https://pris.ly/d/migrate-resolve)`,
  );
}

/** An applied migration must never change: its new content would silently never run anywhere it already ran. */
function assertNoEditedMigration(rows, migrations) {
  const edited = migrations.filter((migration) =>
    rows.some(
      (row) =>
        isActiveRowFor(row, migration.name) && row.finished_at !== null && !checksumMatches(migration.script, row.checksum),
    ),
  );
  if (edited.length === 0) return;
  throw new Error(
    `Applied migration(s) were modified after being applied: ${edited.map((m) => m.name).join(", ")}.\n` +
      "Restore the original migration.sql (git) and put the change in a new migration (npm run db:migration -- <name>).",
  );
}

/** The database is ahead of this checkout (e.g. a rollback of the app): carry on, but say so. */
function warnAboutUnknownMigrations(rows, migrations, log) {
  const known = new Set(migrations.map((migration) => migration.name));
  const unknown = rows.filter((row) => row.rolled_back_at === null && !known.has(row.migration_name));
  for (const row of unknown) log(`Warning: applied migration \`${row.migration_name}\` is not in the migrations directory.`);
}

/**
 * Row lifecycle of Prisma's persistence: insert the row (started), run the script, count the step
 * and set finished_at; on error keep the row with the error in `logs`. The script and the success
 * bookkeeping share one transaction, so a crash cannot leave an applied script recorded as failed;
 * the row is inserted before it, so a failure stays recorded after the rollback.
 */
async function applyMigration(client, migration) {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
    [id, checksum(migration.script), migration.name],
  );
  try {
    await client.query("BEGIN");
    // Simple-query protocol (no parameters): the whole multi-statement script in one round trip.
    await client.query(migration.script);
    await client.query(
      `UPDATE "_prisma_migrations"
          SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp()
        WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const logs = describePgError(error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $1 WHERE id = $2`, [logs, id]);
    throw new Error(`Migration \`${migration.name}\` failed to apply: ${logs}`, { cause: error });
  }
}

function describePgError(error) {
  const details = [error.code && `SQLSTATE ${error.code}`, error.position && `position ${error.position}`].filter(Boolean);
  return `ERROR: ${error.message}${details.length ? ` (${details.join(", ")})` : ""}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // As the owner of the tables: MIGRATION_DATABASE_URL when set (ADR 0035). With AUTH_SECRET set, also
  // writes the key of the row-level security context (ADR 0037), e.g. after AUTH_SECRET changed.
  const databaseUrl = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  migrate({ databaseUrl })
    .then(async () => {
      if (!process.env.AUTH_SECRET) return;
      const { syncContextKey } = await import("./lib/db-context-key.mjs");
      if (await syncContextKey(databaseUrl, process.env.AUTH_SECRET)) console.log("Database context key written.");
    })
    .catch((error) => {
      console.error(error.message);
      process.exitCode = 1;
    });
}
