// vitest globalSetup of the integration project: one fresh, migrated database per run.
import type { TestProject } from "vitest/node";

import { appDatabaseUrl, enableAppLogin } from "../../scripts/lib/app-role.mjs";
import { migrate } from "../../scripts/migrate.mjs";
import { createDatabase, dropDatabase, startAdminDatabase, uniqueDatabaseName } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated per-run database, as the owner of its tables (migrations, truncation, raw dumps). */
    databaseUrl: string;
    /** The same database as the app's role `vigie_app` (docs/decisions/0035): what lib/db connects with. */
    appDatabaseUrl: string;
    /** The server's admin URL, for tests that need throwaway databases of their own. */
    adminDatabaseUrl: string;
  }
}

/** The test servers are local and throwaway (tests/setup/postgres.ts refuses any other). */
const TEST_APP_PASSWORD = "vigie-app-test-only";

export default async function setup(project: TestProject) {
  const server = await startAdminDatabase();
  const database = uniqueDatabaseName();
  try {
    const databaseUrl = await createDatabase(server.url, database);
    await migrate({ databaseUrl, log: () => {} });
    await enableAppLogin(databaseUrl, TEST_APP_PASSWORD);
    project.provide("databaseUrl", databaseUrl);
    project.provide("appDatabaseUrl", appDatabaseUrl(databaseUrl, TEST_APP_PASSWORD));
    project.provide("adminDatabaseUrl", server.url);
  } catch (error) {
    await teardown();
    throw error;
  }

  async function teardown() {
    try {
      await dropDatabase(server.url, database);
    } finally {
      await server.stop();
    }
  }
  return teardown;
}
