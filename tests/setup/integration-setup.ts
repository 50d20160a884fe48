// vitest setupFiles of the integration project: point lib/db at the run's database and give every
// test empty tables.
import { afterAll, beforeEach, inject } from "vitest";

import { disconnectDb, getPool } from "@/lib/db";

process.env.DATABASE_URL = inject("databaseUrl");
// Auth.js refuses to sign anything without a secret; a fixed one keeps tests deterministic.
process.env.AUTH_SECRET ??= "vitest-only-auth-secret-0123456789abcdef";
process.env.REPORT_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
// What scripts/server.mjs sets at boot: requests built with tests/setup/client-headers.ts carry it.
process.env.VIGIE_CLIENT_TOKEN ??= "vitest-only-client-token-0123456789abcdef";

let truncateStatement: string | undefined;

/** Every table but Prisma's bookkeeping, read from the database so new models need no edit here. */
async function buildTruncateStatement(): Promise<string | undefined> {
  const { rows } = await getPool().query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
      WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length === 0) return undefined;
  return `TRUNCATE TABLE ${rows.map((row) => row.name).join(", ")} RESTART IDENTITY CASCADE`;
}

beforeEach(async () => {
  truncateStatement ??= await buildTruncateStatement();
  if (truncateStatement) await getPool().query(truncateStatement);
});

afterAll(async () => {
  await disconnectDb();
});
