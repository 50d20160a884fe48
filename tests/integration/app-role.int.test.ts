// The application's database role (docs/decisions/0035-database-roles.md), played as an attacker who runs
// SQL through the app's own connection (an injection, or a missed filter turned into a query): it reads
// and writes rows and nothing else.
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";

import { getPool } from "@/lib/db";

const ownerPool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
afterAll(() => ownerPool.end());

async function refusal(sql: string): Promise<string> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    await client.query(sql);
    return "accepted";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
    client.release();
  }
}

describe("the app's connection", () => {
  it("is vigie_app, with no attribute beyond signing in", async () => {
    const { rows } = await getPool().query(
      `SELECT current_user AS name, rolsuper, rolbypassrls, rolcreatedb, rolcreaterole, rolreplication
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      name: "vigie_app",
      rolsuper: false,
      rolbypassrls: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolreplication: false,
    });
  });

  it("cannot change the schema, Prisma's bookkeeping, roles or the server", async () => {
    const insufficientPrivilege = "42501";
    const attempts = {
      dropTable: "DROP TABLE users",
      alterTable: "ALTER TABLE member_reports DISABLE TRIGGER ALL",
      createTable: "CREATE TABLE loot (data text)",
      readMigrations: "SELECT * FROM _prisma_migrations",
      rewriteMigrations: "DELETE FROM _prisma_migrations",
      truncate: "TRUNCATE audit_events",
      createRole: "CREATE ROLE intruder SUPERUSER",
      elevateSelf: "ALTER ROLE vigie_app BYPASSRLS",
      becomeOwner: `SET ROLE ${pg.escapeIdentifier(new URL(inject("databaseUrl")).username || "postgres")}`,
      readPasswords: "SELECT rolpassword FROM pg_authid",
      runProgram: "COPY (SELECT 1) TO PROGRAM 'id'",
      readServerFiles: "SELECT pg_read_file('postgresql.conf')",
    };
    const results = Object.fromEntries(
      await Promise.all(Object.entries(attempts).map(async ([name, sql]) => [name, await refusal(sql)] as const)),
    );
    expect(results).toEqual(Object.fromEntries(Object.keys(attempts).map((name) => [name, insufficientPrivilege])));
  });

  it("cannot create a database (CREATE DATABASE runs outside a transaction)", async () => {
    await expect(getPool().query(`CREATE DATABASE vigie_loot_${process.pid}`)).rejects.toMatchObject({ code: "42501" });
  });

  it("reads and writes every table of the app but Prisma's bookkeeping (a migration run by another user is caught)", async () => {
    const { rows } = await ownerPool.query<{ table: string; dml: boolean }>(
      `SELECT tablename AS table,
              has_table_privilege('vigie_app', format('%I.%I', schemaname, tablename), 'SELECT, INSERT, UPDATE, DELETE') AS dml
         FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThan(20);
    const expected = rows.map((row) => ({ table: row.table, dml: row.table !== "_prisma_migrations" }));
    expect(rows).toEqual(expected);
  });

  it("control: the owner of the tables can do what the app cannot (the refusals above are the role's)", async () => {
    const client = await ownerPool.connect();
    try {
      await client.query("BEGIN");
      await client.query("CREATE TABLE loot (data text)");
      await client.query("SELECT count(*) FROM _prisma_migrations");
      await client.query("ALTER TABLE member_reports DISABLE TRIGGER ALL");
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});
