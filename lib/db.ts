import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient } from "@/generated/prisma/client";
import { logger } from "@/lib/logger";

/**
 * The one Prisma client of the process, created on first use.
 * NOTE: lazy on purpose: `next build` imports this module without a database, and the embedded
 * launcher (scripts/start.mjs) sets DATABASE_URL at run time.
 * Secret columns are omitted globally: code that needs a password hash asks for it explicitly.
 */
function createClient(pool: pg.Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    omit: { user: { passwordHash: true } },
  });
}

type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { vigieDb?: { pool: pg.Pool; prisma: Db } };

function connection() {
  if (!globalForDb.vigieDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection closed by the server (restart, failover) must not crash the process:
    // the pool drops it and the next query opens a new one.
    pool.on("error", (error) => logger.warn({ err: { message: error.message } }, "idle database connection lost"));
    globalForDb.vigieDb = { pool, prisma: createClient(pool) };
  }
  return globalForDb.vigieDb;
}

/** The shared pg pool (used by the PostgreSQL rate limiter and raw health checks). */
export function getPool(): pg.Pool {
  return connection().pool;
}

export const prisma: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = connection().prisma;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes the pool (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.vigieDb;
  globalForDb.vigieDb = undefined;
  if (current) {
    await current.prisma.$disconnect();
    await current.pool.end().catch(() => undefined);
  }
}

export type { Db };
