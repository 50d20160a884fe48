import "server-only";

import { AsyncResource } from "node:async_hooks";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient } from "@/generated/prisma/client";
import { LRUCache } from "lru-cache";

import { contextFor, contextToken, currentContextPads, currentContextToken, runWithToken, type TDbActor } from "@/lib/db-context";
import { logger } from "@/lib/logger";

/** Statements that must not be preceded by another one (they open or close the transaction). */
const TRANSACTION_CONTROL = /^\s*(BEGIN|START\s+TRANSACTION|SET\s+TRANSACTION|SET\s+SESSION\s+CHARACTERISTICS|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE\s+TRANSACTION)\b/i;
const UNDOES_SETTINGS = /^\s*(ROLLBACK|ABORT)\b/i;
const SET_CONTEXT = "SELECT set_config('vigie.ctx', $1, false)";

type TQueryArgs = [config: unknown, values?: unknown, callback?: unknown];

/**
 * Every statement of the app runs with the signed context of whoever it runs for (lib/db-context.ts,
 * docs/decisions/0037-row-level-security.md): before a statement whose context differs from the one
 * last set on this connection, `vigie.ctx` is set for the session. A ROLLBACK may undo that setting, so
 * it forgets what was set; no statement ever runs with a context it did not ask for.
 */
class ContextClient extends pg.Client {
  private contextSet: string | undefined;

  // @ts-expect-error pg's overloads cannot be restated; every form is forwarded unchanged.
  override query(...args: TQueryArgs) {
    const [config] = args;
    const text = typeof config === "string" ? config : (config as { text?: unknown } | null)?.text;
    const token = currentContextToken();
    if (typeof text !== "string" || TRANSACTION_CONTROL.test(text) || token === this.contextSet) {
      if (typeof text === "string" && UNDOES_SETTINGS.test(text)) this.contextSet = undefined;
      return (super.query as (...forwarded: TQueryArgs) => unknown)(...args);
    }
    const base = super.query.bind(this) as (...forwarded: TQueryArgs) => unknown;
    const setContext = (base(SET_CONTEXT, [token]) as Promise<unknown>).then(() => {
      this.contextSet = token;
    });
    const callback = args.find((arg, index) => index > 0 && typeof arg === "function") as ((error: Error) => void) | undefined;
    if (callback) {
      setContext.then(() => base(...args), (error: Error) => callback(error));
      return undefined;
    }
    return setContext.then(() => base(...args));
  }
}

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

/**
 * pg-pool hands a waiting request its connection from inside the release of another one: the callback
 * would run in the async context of whoever released it, i.e. with their database context. Bound to the
 * requester's context here, so that a statement always runs with the context of whoever sent it.
 */
class ContextPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void) {
    if (!callback) return super.connect();
    return super.connect(AsyncResource.bind(callback));
  }
}

type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { vigieDb?: { pool: pg.Pool; prisma: Db } };

function connection() {
  if (!globalForDb.vigieDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const pool = new ContextPool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), Client: ContextClient as unknown as typeof pg.Client });
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

/** One client per context token (an account's), each statement of which runs with that context. */
const clientsFor = new LRUCache<string, Db>({ max: 500 });

/**
 * The Prisma client acting for `actor`: row-level security gives it its union's rows only (admins:
 * every union's), whatever filter the query carries. The data-access layer reads and writes with it.
 */
export function dbFor(actor: TDbActor): Db {
  const token = contextToken(contextFor(actor));
  let client = clientsFor.get(token);
  if (!client) {
    client = prisma.$extends({
      query: {
        $allOperations({ args, query }) {
          return runWithToken(token, () => query(args));
        },
      },
    }) as unknown as Db;
    clientsFor.set(token, client);
  }
  return client;
}

/**
 * At start: installs the context key's pads if the database has none (a database migrated by
 * `prisma migrate deploy`; `npm start` writes them itself as the owner). False when the database holds
 * another key (AUTH_SECRET changed): every context then fails to verify and no union row is visible
 * until the owner writes the new one (`npm run db:migrate` with AUTH_SECRET set).
 */
export async function ensureContextKey(): Promise<boolean> {
  const { inner, outer } = currentContextPads();
  const { rows } = await getPool().query<{ ok: boolean }>("SELECT vigie_rls.install_key($1, $2) AS ok", [inner, outer]);
  return rows[0]?.ok === true;
}

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
