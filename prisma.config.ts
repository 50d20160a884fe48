import { defineConfig } from "prisma/config";

// NOTE: the URL is only read by Prisma CLI commands that talk to a database. Migrations are generated
// and applied by scripts/prisma-wasm.mjs and scripts/migrate.mjs (see docs/decisions/0002-migrations.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/vigie" },
});
