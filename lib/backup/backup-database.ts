/**
 * Writes one consistent, encrypted archive of the app's database (docs/decisions/0036-backup-and-restore.md):
 * every table of the app's schema in one REPEATABLE READ snapshot (COPY, text format), the sequences, and
 * the list of applied migrations (the schema is the migrations: restore replays them). Prisma's bookkeeping
 * and the job queue's own schema are not data; the secrets are never in it (they are kept apart: ADR 0010).
 * Runs as the owner of the tables, which reads every row whatever the row-level policies.
 */
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { PassThrough, type Writable } from "node:stream";
import { createGzip } from "node:zlib";

import pg from "pg";
import { to as copyTo } from "pg-copy-streams";

import { createEncryptor, FRAME, frame } from "./archive";

export type TBackupManifest = {
  app: "vigie-ia";
  createdAt: string;
  serverVersion: string;
  migrations: { name: string; checksum: string }[];
  tables: string[];
};

export type TBackupSummary = { tables: number; rows: number; migrations: number; bytes: number };

/** The app's tables (current schema), Prisma's bookkeeping apart, in name order. */
export async function appTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> '_prisma_migrations'
      ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/** The columns COPY can write (generated columns are computed again on restore), in table order. */
export async function copyColumns(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = format('%I.%I', current_schema(), $1::text)::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [table],
  );
  return rows.map((row) => row.name);
}

export async function appSequences(client: pg.ClientBase): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const { rows: names } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'S' ORDER BY 1`,
  );
  const sequences = [];
  for (const { name } of names) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${client.escapeIdentifier(name)}`,
    );
    sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
  }
  return sequences;
}

export async function backupDatabase(options: { databaseUrl: string; key: Buffer; out: Writable }): Promise<TBackupSummary> {
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: "vigie-backup" });
  await client.connect();
  const { prefix, cipher } = createEncryptor(options.key);
  const plain = new PassThrough();
  let bytes = prefix.length;
  const counter = new PassThrough();
  counter.on("data", (chunk: Buffer) => (bytes += chunk.length));
  options.out.write(prefix);
  const written = pipeline(plain, createGzip(), cipher, counter, options.out);
  const push = async (buffer: Buffer) => {
    if (!plain.write(buffer)) await once(plain, "drain");
  };
  let rows = 0;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await appTables(client);
    const { rows: migrations } = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const { rows: version } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    const manifest: TBackupManifest = {
      app: "vigie-ia",
      createdAt: new Date().toISOString(),
      serverVersion: version[0]!.v,
      migrations,
      tables,
    };
    await push(frame(FRAME.manifest, JSON.stringify(manifest)));
    for (const table of tables) {
      const columns = await copyColumns(client, table);
      await push(frame(FRAME.tableStart, JSON.stringify({ table, columns })));
      const list = columns.map((column) => client.escapeIdentifier(column)).join(", ");
      const stream = client.query(copyTo(`COPY ${client.escapeIdentifier(table)} (${list}) TO STDOUT`));
      for await (const chunk of stream as AsyncIterable<Buffer>) await push(frame(FRAME.data, chunk));
      const count = Number(stream.rowCount ?? 0);
      rows += count;
      await push(frame(FRAME.tableEnd, JSON.stringify({ table, rows: count })));
    }
    await push(frame(FRAME.sequences, JSON.stringify(await appSequences(client))));
    await push(frame(FRAME.end, JSON.stringify({ tables: tables.length, rows })));
    await client.query("COMMIT");
    plain.end();
    await written;
    return { tables: tables.length, rows, migrations: migrations.length, bytes };
  } catch (error) {
    plain.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
