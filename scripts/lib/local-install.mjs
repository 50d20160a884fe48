/**
 * Where a local install keeps what is not in the database (ADR 0003, ADR 0010, docs/threat-model.md),
 * shared by `npm start` and the maintenance commands (keys:rotate, reports:flush, backup).
 *
 *   $VIGIE_DATA_DIR (default .data)              the database files (pg/), its log, the intake spool
 *   $VIGIE_SECRETS_DIR (default <data dir>-secrets)  secrets.json and report-keys.json: never with the data
 *
 * A backup of the data folder (or a pg_dump) must not contain the secrets folder, and the other way
 * round: whoever holds both can read every report.
 */
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { appDatabaseUrl } from "./app-role.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const EMBEDDED_DB = { user: "vigie", password: "vigie", database: "vigie", defaultPort: 54329 };

/** @param {Record<string, string | undefined>} [env] */
export function installPaths(env = process.env) {
  const dataDir = path.resolve(ROOT, env.VIGIE_DATA_DIR || ".data");
  const secretsDir = path.resolve(ROOT, env.VIGIE_SECRETS_DIR || `${dataDir}-secrets`);
  return {
    dataDir,
    secretsDir,
    secretsFile: path.join(secretsDir, "secrets.json"),
    keyringFile: env.REPORT_KEYRING_FILE || path.join(secretsDir, "report-keys.json"),
    spoolDir: env.REPORT_SPOOL_DIR || path.join(dataDir, "intake-spool"),
  };
}

/** Same derivation as lib/reports/keyring.ts derivedKeyId (scripts/lib/local-install.test.ts checks it). */
export function derivedKeyId(base64Key) {
  return createHmac("sha256", Buffer.from(base64Key, "base64")).update("vigie:report-key-id:v1").digest().subarray(0, 8).toString("hex");
}

/** Same derivation as lib/reports/crypto.ts legacyReceiptSalt: the salt receipts had before issue 14. */
export function legacyReceiptSalt(base64Key) {
  return createHmac("sha256", Buffer.from(base64Key, "base64")).update("vigie:receipt-salt:v1").digest().subarray(0, 16).toString("base64");
}

async function writePrivate(file, value) {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await fs.rename(temp, file);
}

/**
 * Makes the secrets a local install needs, once: AUTH_SECRET, REPORT_RECEIPT_SALT (secrets.json) and the
 * report keyring (report-keys.json). An install from before moves its `<data dir>/secrets.json` into the
 * secrets folder, puts its REPORT_ENCRYPTION_KEY into the keyring and keeps its receipts' salt. Returns
 * the variables to add to the app's environment (those the environment does not set) and what it did.
 * @param {Record<string, string | undefined>} [env]
 */
export async function prepareSecrets(env = process.env) {
  const paths = installPaths(env);
  const notes = [];
  // NOTE: a recursive mkdir gives its mode to every folder it creates: the parents keep the default
  // (embedded PostgreSQL runs as another user and must traverse them to reach the data folder).
  await fs.mkdir(path.dirname(paths.secretsDir), { recursive: true });
  await fs.mkdir(paths.secretsDir, { recursive: true, mode: 0o700 });
  await fs.chmod(paths.secretsDir, 0o700);

  const legacyFile = path.join(paths.dataDir, "secrets.json");
  if (existsSync(legacyFile) && !existsSync(paths.secretsFile)) {
    await fs.copyFile(legacyFile, paths.secretsFile);
    await fs.rm(legacyFile);
    notes.push(`secrets.json déplacé hors du dossier des données / moved out of the data folder → ${path.relative(ROOT, paths.secretsFile)}`);
  }
  const stored = existsSync(paths.secretsFile) ? JSON.parse(readFileSync(paths.secretsFile, "utf8")) : {};
  const before = JSON.stringify(stored);
  const legacyKey = env.REPORT_ENCRYPTION_KEY || stored.REPORT_ENCRYPTION_KEY;

  if (!env.AUTH_SECRET && !stored.AUTH_SECRET) stored.AUTH_SECRET = randomBytes(32).toString("base64");
  // The embedded database's app role (scripts/lib/app-role.mjs, ADR 0035) signs in with this password.
  if (!stored.DATABASE_APP_PASSWORD) stored.DATABASE_APP_PASSWORD = randomBytes(24).toString("base64url");
  if (!env.REPORT_RECEIPT_SALT && !stored.REPORT_RECEIPT_SALT) {
    // Receipts made before this salt existed were salted from the first content key: keep that salt.
    stored.REPORT_RECEIPT_SALT = legacyKey ? legacyReceiptSalt(legacyKey) : randomBytes(16).toString("base64");
  }
  if (!env.REPORT_KEYRING_FILE && !existsSync(paths.keyringFile)) {
    const key = legacyKey || randomBytes(32).toString("base64");
    const id = legacyKey ? derivedKeyId(key) : randomBytes(8).toString("hex");
    await writePrivate(paths.keyringFile, { current: id, keys: { [id]: key } });
    notes.push(`${legacyKey ? "clé des signalements reprise dans / report key moved into" : "clé des signalements créée / report key created"} ${path.relative(ROOT, paths.keyringFile)}`);
  }
  if (stored.REPORT_ENCRYPTION_KEY && existsSync(paths.keyringFile)) delete stored.REPORT_ENCRYPTION_KEY;
  if (JSON.stringify(stored) !== before || !existsSync(paths.secretsFile)) await writePrivate(paths.secretsFile, stored);
  await fs.chmod(paths.secretsFile, 0o600);
  await fs.chmod(paths.keyringFile, 0o600).catch(() => {});

  /** @type {Record<string, string>} */
  const added = {};
  for (const name of ["AUTH_SECRET", "REPORT_RECEIPT_SALT"]) if (!env[name] && stored[name]) added[name] = stored[name];
  if (!env.REPORT_KEYRING_FILE) added.REPORT_KEYRING_FILE = paths.keyringFile;
  if (!env.REPORT_SPOOL_DIR) added.REPORT_SPOOL_DIR = paths.spoolDir;
  return { added, notes, paths, appPassword: stored.DATABASE_APP_PASSWORD };
}

/** The embedded database's URL as its owner (migrations, backups) on `port`. */
export function embeddedOwnerUrl(port, database = EMBEDDED_DB.database) {
  const { user, password } = EMBEDDED_DB;
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
}

/**
 * For maintenance commands run next to a local install (`npm start` running): the variables the app
 * has, read from the secrets folder without creating anything, and the embedded database's URL when
 * DATABASE_URL is not set. The environment wins.
 * @param {Record<string, string | undefined>} [env]
 * @returns {Record<string, string>}
 */
export function localInstallEnv(env = process.env) {
  const paths = installPaths(env);
  const stored = existsSync(paths.secretsFile) ? JSON.parse(readFileSync(paths.secretsFile, "utf8")) : {};
  /** @type {Record<string, string>} */
  const added = {};
  for (const name of ["AUTH_SECRET", "REPORT_RECEIPT_SALT"]) if (!env[name] && stored[name]) added[name] = stored[name];
  if (!env.REPORT_KEYRING_FILE && existsSync(paths.keyringFile)) added.REPORT_KEYRING_FILE = paths.keyringFile;
  if (!env.REPORT_SPOOL_DIR) added.REPORT_SPOOL_DIR = paths.spoolDir;
  if (!env.DATABASE_URL) {
    const ownerUrl = embeddedOwnerUrl(env.EMBEDDED_PG_PORT || EMBEDDED_DB.defaultPort);
    // The app's role once `npm start` has given it its password; the owner before that.
    added.DATABASE_URL = stored.DATABASE_APP_PASSWORD ? appDatabaseUrl(ownerUrl, stored.DATABASE_APP_PASSWORD) : ownerUrl;
    if (!env.MIGRATION_DATABASE_URL) added.MIGRATION_DATABASE_URL = ownerUrl;
  }
  return added;
}
