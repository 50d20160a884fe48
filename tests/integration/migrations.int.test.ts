// Migrations: schema.prisma, prisma/migrations and the live database must agree, and
// scripts/migrate.mjs must keep Prisma's `_prisma_migrations` bookkeeping (docs/decisions/0002-migrations.md).
import { createHash } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { migrate } from "@/scripts/migrate.mjs";
import { createMigration, diffMigrationsToSchema } from "@/scripts/prisma-wasm.mjs";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/tests/setup/postgres";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
const MIGRATIONS_TABLE = "_prisma_migrations";
const silent = () => {};

const adminUrl = inject("adminDatabaseUrl");
const databaseUrl = inject("databaseUrl");

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Runs `work` against a database of its own, dropped afterwards whatever happens. */
async function withThrowawayDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const name = uniqueDatabaseName("vigie_scratch");
  const url = await createDatabase(adminUrl, name);
  try {
    await work(url);
  } finally {
    await dropDatabase(adminUrl, name);
  }
}

let scratchDir: string;

/** A private copy of prisma/migrations the test may break. */
async function copyMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(scratchDir, "migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function migrationNames(dir = MIGRATIONS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

type DmmfField = { name: string; kind: string; isRequired: boolean; isList: boolean; dbName?: string | null };
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfEnum = { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] };

/** The full data model, as Prisma's own schema parser (the WASM build the CLI uses) reads it. */
function readDatamodel(schema: string): { models: DmmfModel[]; enums: DmmfEnum[] } {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))).datamodel;
}

/**
 * Differences between the data model of `schema` and the live database at `url`: missing or extra
 * tables and columns, nullability, enum values. Empty means they agree.
 */
async function compareDatabaseToSchema(url: string, schema: string): Promise<string[]> {
  const datamodel = readDatamodel(schema);
  const columns = await query<{ table_name: string; column_name: string; is_nullable: "YES" | "NO" }>(
    url,
    `SELECT table_name, column_name, is_nullable FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name <> $1`,
    [MIGRATIONS_TABLE],
  );
  const enumRows = await query<{ name: string; values: string[] }>(
    url,
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = current_schema()::regnamespace GROUP BY t.typname`,
  );

  const expected = new Map<string, boolean>(); // "table.column" -> nullable
  for (const model of datamodel.models) {
    for (const field of model.fields.filter((f) => f.kind !== "object")) {
      // NOTE: Prisma creates scalar lists (String[], Enum[]) as nullable arrays even though the field
      // is required in the client (it never reads NULL back), so a list is expected nullable.
      expected.set(`${model.dbName ?? model.name}.${field.dbName ?? field.name}`, field.isList || !field.isRequired);
    }
  }
  const actual = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c.is_nullable === "YES"]));

  const problems: string[] = [];
  for (const [column, nullable] of expected) {
    if (!actual.has(column)) problems.push(`missing column ${column}`);
    else if (actual.get(column) !== nullable) problems.push(`${column} should be ${nullable ? "nullable" : "NOT NULL"}`);
  }
  for (const column of actual.keys()) {
    if (!expected.has(column)) problems.push(`extra column ${column} (not in schema.prisma)`);
  }
  const expectedEnums = datamodel.enums.map((e) => ({ name: e.dbName ?? e.name, values: e.values.map((v) => v.dbName ?? v.name) }));
  const actualEnums = new Map(enumRows.map((e) => [e.name, e.values]));
  for (const { name, values } of expectedEnums) {
    if (JSON.stringify(actualEnums.get(name)) !== JSON.stringify(values)) {
      problems.push(`enum ${name} is ${JSON.stringify(actualEnums.get(name) ?? null)}, schema says ${JSON.stringify(values)}`);
    }
  }
  return problems;
}

beforeAll(async () => {
  scratchDir = await mkdtemp(path.join(tmpdir(), "vigie-migrations-"));
});

afterAll(async () => {
  await rm(scratchDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// (a) No drift
// ---------------------------------------------------------------------------------------------

describe("schema.prisma, migrations and database agree", () => {
  it("the migrations produce exactly schema.prisma (schema engine diff is empty)", async () => {
    const { sql, hasChanges } = await diffMigrationsToSchema({ databaseUrl: adminUrl });
    expect(sql.trim()).toBe("");
    expect(hasChanges).toBe(false);
  });

  it("the migrated database has every model column with its nullability, and nothing else", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    expect(await compareDatabaseToSchema(databaseUrl, schema)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// (b) The drift checks can fail
// ---------------------------------------------------------------------------------------------

describe("drift is detected", () => {
  it("reports a column added by hand and a NOT NULL dropped by hand", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    await withThrowawayDatabase(async (url) => {
      await migrate({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR, log: silent });
      await query(url, `ALTER TABLE "users" ADD COLUMN "nickname" TEXT`);
      await query(url, `ALTER TABLE "employers" ALTER COLUMN "legal_name" DROP NOT NULL`);

      expect(await compareDatabaseToSchema(url, schema)).toEqual([
        "employers.legal_name should be NOT NULL",
        "extra column users.nickname (not in schema.prisma)",
      ]);
    });
  });

  it("reports a schema field that no migration creates, and `create` writes that migration once", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const changedSchema = path.join(scratchDir, "schema.prisma");
    const withPinned = schema.replace(/(model Employer \{\n)/, "$1  pinned Boolean @default(false)\n");
    expect(withPinned).not.toBe(schema);
    await writeFile(changedSchema, withPinned);

    const diff = await diffMigrationsToSchema({ databaseUrl: adminUrl, schemaPath: changedSchema });
    expect(diff.hasChanges).toBe(true);
    expect(diff.sql).toContain(`ALTER TABLE "employers" ADD COLUMN`);

    const migrationsDir = await copyMigrations();
    const created = await createMigration({ databaseUrl: adminUrl, name: "Add pinned", schemaPath: changedSchema, migrationsDir });
    expect(created.migrationName).toMatch(/^\d{14}_add_pinned$/);
    expect(await readFile(path.join(migrationsDir, `${created.migrationName}/migration.sql`), "utf8")).toBe(diff.sql);

    const again = await createMigration({ databaseUrl: adminUrl, name: "again", schemaPath: changedSchema, migrationsDir });
    expect(again.migrationName).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// (c) The runner
// ---------------------------------------------------------------------------------------------

type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

function readRows(url: string): Promise<MigrationRow[]> {
  return query<MigrationRow>(url, `SELECT * FROM "${MIGRATIONS_TABLE}" ORDER BY started_at, migration_name`);
}

describe("scripts/migrate.mjs", () => {
  it("applies nothing on a migrated database", async () => {
    expect(await migrate({ databaseUrl, migrationsDir: MIGRATIONS_DIR, log: silent })).toEqual({ applied: [] });
  });

  it("records each migration the way `prisma migrate deploy` does", async () => {
    const rows = await readRows(databaseUrl);
    const names = await migrationNames();
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const script = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it("keeps a failed migration's row, rolls back its changes, refuses to go on (P3009) until resolved", async () => {
    const migrationsDir = await copyMigrations();
    const broken = "29990101000000_broken";
    await addMigration(migrationsDir, broken, `CREATE TABLE "half_done" ("id" INTEGER);\nSELECT no_such_function();\n`);

    await withThrowawayDatabase(async (url) => {
      await expect(migrate({ databaseUrl: url, migrationsDir, log: silent })).rejects.toThrow(/no_such_function/);
      const failed = (await readRows(url)).find((row) => row.migration_name === broken);
      expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
      expect(failed?.logs).toContain("no_such_function() does not exist");
      expect(await query(url, `SELECT to_regclass('half_done') AS t`)).toEqual([{ t: null }]);

      await expect(migrate({ databaseUrl: url, migrationsDir, log: silent })).rejects.toThrow(/P3009[\s\S]*rolled_back_at/);

      // The documented way out: fix the migration, mark the failed attempt rolled back, rerun.
      await writeFile(path.join(migrationsDir, broken, "migration.sql"), `CREATE TABLE "half_done" ("id" INTEGER);\n`);
      await query(url, `UPDATE "${MIGRATIONS_TABLE}" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL`, [broken]);
      expect(await migrate({ databaseUrl: url, migrationsDir, log: silent })).toEqual({ applied: [broken] });
    });
  });

  it("refuses to run when an applied migration was edited", async () => {
    const migrationsDir = await copyMigrations();
    const [first] = await migrationNames(migrationsDir);
    await withThrowawayDatabase(async (url) => {
      await migrate({ databaseUrl: url, migrationsDir, log: silent });
      await appendFile(path.join(migrationsDir, `${first}/migration.sql`), "\n-- edited after the fact\n");
      await expect(migrate({ databaseUrl: url, migrationsDir, log: silent })).rejects.toThrow(
        new RegExp(`modified after being applied: ${first}`),
      );
    });
  });

  it("is safe when two instances start at once on an empty database", async () => {
    const names = await migrationNames();
    await withThrowawayDatabase(async (url) => {
      const results = await Promise.all([
        migrate({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR, log: silent }),
        migrate({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR, log: silent }),
      ]);
      expect(results.flatMap((result) => result.applied).sort()).toEqual(names);
      expect((await readRows(url)).map((row) => row.migration_name)).toEqual(names);
    });
  });
});
