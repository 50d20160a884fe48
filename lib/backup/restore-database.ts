/**
 * Loads a backup archive (lib/backup/backup-database.ts) into an empty database: replays the migrations the
 * archive was made at, loads every table and sequence in one transaction committed only once the
 * archive's tag has verified (a wrong key, an altered or truncated file leaves the data untouched), then
 * applies the migrations newer than the archive. Runs as the owner of the tables.
 */
import { once } from "node:events";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

import { checksum, migrate, readMigrations } from "@/scripts/migrate.mjs";

import { BackupFormatError, FRAME, openArchive, readFrames } from "./archive";
import { appTables, copyColumns, type TBackupManifest } from "./backup-database";

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

export type TRestoreSummary = { tables: number; rows: number; migrationsReplayed: number; migrationsAfter: number };

type TOptions = {
  databaseUrl: string;
  source: AsyncIterable<Buffer>;
  keyFor: (keyId: string) => Buffer | undefined;
  migrationsDir?: string;
  log?: (line: string) => void;
};

async function assertEmpty(client: pg.Client) {
  for (const table of await appTables(client)) {
    const { rows } = await client.query(`SELECT EXISTS (SELECT FROM ${client.escapeIdentifier(table)}) AS used`);
    if (rows[0].used) {
      throw new RestoreRefusedError(
        `la base n'est pas vide (table ${table}) : restaurez dans une base vide / the database is not empty (table ${table}): restore into an empty database`,
      );
    }
  }
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
  if (!rows[0]!.exists) return [];
  const applied = await client.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY 1",
  );
  return applied.rows.map((row) => row.name);
}

/** The archive's migrations must be this checkout's first ones, unchanged. */
async function checkMigrations(manifest: TBackupManifest, migrationsDir: string) {
  const local = await readMigrations(migrationsDir);
  manifest.migrations.forEach((migration, index) => {
    const mine = local[index];
    if (!mine || mine.name !== migration.name) {
      throw new RestoreRefusedError(
        `la sauvegarde vient d'une autre version (migration ${migration.name}) : installez la version qui l'a faite ou une plus récente / ` +
          `the backup comes from another version (migration ${migration.name}): install the version that made it or a newer one`,
      );
    }
    if (checksum(mine.script) !== migration.checksum && checksum(mine.script.replace(/\r\n/g, "\n")) !== migration.checksum) {
      throw new RestoreRefusedError(`la migration ${migration.name} diffère de celle de la sauvegarde / migration ${migration.name} differs from the backup's`);
    }
  });
  return local;
}

export async function restoreDatabase(options: TOptions): Promise<TRestoreSummary> {
  const migrationsDir = options.migrationsDir ?? "prisma/migrations";
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: "vigie-restore" });
  await client.connect();
  try {
    await assertEmpty(client);
    const { plaintext } = await openArchive(options.source, options.keyFor);
    const gunzip = createGunzip();
    const unzipped = pipeline(Readable.from(plaintext), gunzip);
    unzipped.catch(() => undefined); // awaited below; the frames' loop sees the same failure
    const frames = readFrames(gunzip);

    const first = await frames.next();
    if (first.done || first.value.type !== FRAME.manifest) throw new BackupFormatError("manifeste absent / manifest missing");
    const manifest = JSON.parse(first.value.payload.toString("utf8")) as TBackupManifest;
    if (manifest.app !== "vigie-ia") throw new BackupFormatError("ce fichier n'est pas une sauvegarde Vigie IA / not a Vigie IA backup");
    await checkMigrations(manifest, migrationsDir);
    const archived = new Set(manifest.migrations.map((migration) => migration.name));
    const ahead = (await appliedMigrations(client)).filter((name) => !archived.has(name));
    if (ahead.length > 0) {
      throw new RestoreRefusedError(
        `la base a des migrations plus récentes que la sauvegarde (${ahead[0]}) : restaurez dans une base neuve / ` +
          `the database has migrations newer than the backup (${ahead[0]}): restore into a new database`,
      );
    }
    const last = manifest.migrations.at(-1)?.name;
    const replayed = last ? (await migrate({ databaseUrl: options.databaseUrl, migrationsDir, log, until: last })).applied.length : 0;

    const tables = new Set(await appTables(client));
    let rows = 0;
    let loadedTables = 0;
    await client.query("BEGIN");
    try {
      // Foreign keys are dropped for the load and added back at the end, which checks every row;
      // user triggers (e.g. append-only audit) are off while rows are put back as they were.
      const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
        `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
           FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
      );
      for (const key of foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${client.escapeIdentifier(key.name)}`);
      for (const table of tables) await client.query(`ALTER TABLE ${client.escapeIdentifier(table)} DISABLE TRIGGER USER`);

      let ended = false;
      for (let next = await frames.next(); !next.done; next = await frames.next()) {
        const { type, payload } = next.value;
        if (ended) throw new BackupFormatError("données après la fin / data after the end");
        if (type === FRAME.tableStart) {
          const { table, columns } = JSON.parse(payload.toString("utf8")) as { table: string; columns: string[] };
          if (!tables.has(table)) throw new RestoreRefusedError(`table inconnue / unknown table ${table}`);
          const expected = await copyColumns(client, table);
          if (JSON.stringify(expected) !== JSON.stringify(columns)) {
            throw new RestoreRefusedError(`colonnes différentes pour / different columns for ${table}`);
          }
          rows += await loadTable(client, table, columns, frames);
          loadedTables += 1;
        } else if (type === FRAME.sequences) {
          const sequences = JSON.parse(payload.toString("utf8")) as { name: string; lastValue: string; isCalled: boolean }[];
          for (const sequence of sequences) {
            await client.query("SELECT setval(format('%I.%I', current_schema(), $1::text)::regclass, $2::bigint, $3)", [
              sequence.name,
              sequence.lastValue,
              sequence.isCalled,
            ]);
          }
        } else if (type === FRAME.end) {
          const end = JSON.parse(payload.toString("utf8")) as { tables: number; rows: number };
          if (end.tables !== loadedTables || end.rows !== rows) throw new BackupFormatError("archive incomplète / incomplete archive");
          ended = true;
        } else {
          throw new BackupFormatError(`bloc inattendu / unexpected frame ${type}`);
        }
      }
      if (!ended) throw new BackupFormatError("archive tronquée / truncated archive");
      await unzipped; // the archive's tag verified
      for (const table of tables) await client.query(`ALTER TABLE ${client.escapeIdentifier(table)} ENABLE TRIGGER USER`);
      for (const key of foreignKeys) {
        await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${client.escapeIdentifier(key.name)} ${key.definition}`);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
    log(`restore: ${loadedTables} tables, ${rows} rows`);
    const after = (await migrate({ databaseUrl: options.databaseUrl, migrationsDir, log })).applied.length;
    return { tables: loadedTables, rows, migrationsReplayed: replayed, migrationsAfter: after };
  } finally {
    await client.end();
  }
}

/** COPY FROM the table's data frames up to its end frame; returns the rows loaded (checked against the archive). */
async function loadTable(
  client: pg.Client,
  table: string,
  columns: string[],
  frames: AsyncGenerator<{ type: number; payload: Buffer }>,
): Promise<number> {
  const list = columns.map((column) => client.escapeIdentifier(column)).join(", ");
  const ingest = client.query(copyFrom(`COPY ${client.escapeIdentifier(table)} (${list}) FROM STDIN`));
  let failure: Error | undefined;
  ingest.on("error", (error: Error) => (failure = error));
  for (let next = await frames.next(); !next.done; next = await frames.next()) {
    const { type, payload } = next.value;
    if (failure) throw failure;
    if (type === FRAME.data) {
      if (!ingest.write(payload)) await once(ingest, "drain");
      continue;
    }
    if (type !== FRAME.tableEnd) throw new BackupFormatError(`bloc inattendu dans / unexpected frame in ${table}`);
    const end = JSON.parse(payload.toString("utf8")) as { table: string; rows: number };
    ingest.end();
    await once(ingest, "finish");
    if (failure) throw failure;
    const loaded = Number(ingest.rowCount ?? 0);
    if (end.table !== table || end.rows !== loaded) throw new BackupFormatError(`lignes manquantes dans / rows missing in ${table}`);
    return loaded;
  }
  throw new BackupFormatError("archive tronquée / truncated archive");
}
