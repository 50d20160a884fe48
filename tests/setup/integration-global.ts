// vitest globalSetup of the integration project: one fresh, migrated database per run.
import type { TestProject } from "vitest/node";

import { migrate } from "../../scripts/migrate.mjs";
import { createDatabase, dropDatabase, startAdminDatabase, uniqueDatabaseName } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated per-run database. */
    databaseUrl: string;
    /** The server's admin URL, for tests that need throwaway databases of their own. */
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startAdminDatabase();
  const database = uniqueDatabaseName();
  try {
    const databaseUrl = await createDatabase(server.url, database);
    await migrate({ databaseUrl, log: () => {} });
    project.provide("databaseUrl", databaseUrl);
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
