/**
 * The application's database role (docs/decisions/0035-database-roles.md): the app reads and writes rows as
 * `vigie_app`, a role without SUPERUSER, BYPASSRLS, CREATEDB or CREATEROLE; migrations run as the owner of
 * the tables. The migration 20261204010000_app_role creates the role (NOLOGIN) and its grants; this module
 * lets a local install (embedded PostgreSQL, tests) give it a password and builds the URLs.
 */
import pg from "pg";

export const APP_ROLE = "vigie_app";

/** `ownerUrl` with its user and password replaced by the app role's. */
export function appDatabaseUrl(ownerUrl, password) {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/**
 * Lets `vigie_app` sign in with `password` (run as a role that may alter it, after the migrations).
 * NOTE: ALTER ROLE takes no bind parameters; the password is quoted by the server with format('%L').
 * Parallel test runs on one server may update the role at the same moment ("tuple concurrently
 * updated"): retried.
 */
export async function enableAppLogin(ownerUrl, password) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', $1::text, $2::text) AS sql", [APP_ROLE, password]);
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(rows[0].sql);
        return;
      } catch (error) {
        if (attempt >= 5 || !/concurrently/.test(String(error?.message))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * What the role behind `databaseUrl` may do beyond reading and writing rows (the launcher warns when
 * the app would connect with more than it needs).
 * @returns {Promise<string[]>} e.g. ["SUPERUSER", "BYPASSRLS"]
 */
export async function excessPrivileges(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT rolsuper, rolbypassrls, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user`,
    );
    const role = rows[0] ?? {};
    return [
      role.rolsuper && "SUPERUSER",
      role.rolbypassrls && "BYPASSRLS",
      role.rolcreatedb && "CREATEDB",
      role.rolcreaterole && "CREATEROLE",
    ].filter(Boolean);
  } finally {
    await client.end();
  }
}
