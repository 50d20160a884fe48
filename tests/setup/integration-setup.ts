// vitest setupFiles of the integration project: point lib/db at the run's database and give every
// test empty tables.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";

import { disconnectDb, ensureContextKey } from "@/lib/db";
import { setContextOutsideAnyContextForTests } from "@/lib/db-context";

// The app code under test connects as the app's role, as in production (docs/decisions/0035); emptying
// the tables (TRUNCATE) is the owner's, through a pool of its own.
process.env.DATABASE_URL = inject("appDatabaseUrl");
const ownerPool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
// Auth.js refuses to sign anything without a secret; a fixed one keeps tests deterministic.
process.env.AUTH_SECRET ??= "vitest-only-auth-secret-0123456789abcdef";
process.env.REPORT_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
process.env.REPORT_RECEIPT_SALT ??= Buffer.alloc(16, 8).toString("base64");
// The intake spool (lib/reports/intake-spool.ts): one folder per test file, emptied before each test.
const spoolDir = mkdtempSync(path.join(tmpdir(), "vigie-spool-"));
process.env.REPORT_SPOOL_DIR = spoolDir;
// What scripts/server.mjs sets at boot: requests built with tests/setup/client-headers.ts carry it.
process.env.VIGIE_CLIENT_TOKEN ??= "vitest-only-client-token-0123456789abcdef";

let truncateStatement: string | undefined;

/** Every table but Prisma's bookkeeping, read from the database so new models need no edit here. */
async function buildTruncateStatement(): Promise<string | undefined> {
  const { rows } = await ownerPool.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
      WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length === 0) return undefined;
  return `TRUNCATE TABLE ${rows.map((row) => row.name).join(", ")} RESTART IDENTITY CASCADE`;
}

// The row-level security context key (ADR 0037), installed by the app as on a first start. Test code
// itself (factories, assertions on rows) runs as `system`; the data-access functions it calls run in
// their actor's context (actingFor), so row-level security bounds what they do.
beforeAll(async () => {
  if (!(await ensureContextKey())) throw new Error("the test database holds another context key");
  setContextOutsideAnyContextForTests({ k: "system" });
});

beforeEach(async () => {
  truncateStatement ??= await buildTruncateStatement();
  if (truncateStatement) await ownerPool.query(truncateStatement);
  rmSync(spoolDir, { recursive: true, force: true });
});

afterAll(async () => {
  rmSync(spoolDir, { recursive: true, force: true });
  await disconnectDb();
  await ownerPool.end();
});
