/**
 * Rebuilds the dashboards' maintained aggregates from the case tables (docs/decisions/0015):
 *
 *   npm run dashboards:refresh            # every aggregate, from scratch
 *   npm run dashboards:refresh -- --due   # only what changed or fell due (what a page view would do)
 *
 * Dashboards refresh themselves when read, and the `dashboards-refresh` job rebuilds them every night
 * after the compliance refresh (ADR 0024); this script is for after a bulk load or a manual run.
 */
import { parseArgs } from "node:util";

import { allowServerOnly } from "./lib/allow-server-only";

allowServerOnly();
const { disconnectDb } = await import("@/lib/db");
const { runAsSystem } = await import("@/lib/db-context");
const { ensureDashboardStats, rebuildDashboardStats } = await import("@/lib/dashboards/refresh");

async function main() {
  const { values } = parseArgs({ options: { due: { type: "boolean", default: false } } });
  const report = values.due ? await ensureDashboardStats() : await rebuildDashboardStats();
  if (!report) console.log("Tableaux de bord à jour / dashboards up to date.");
  else console.log(`Tableaux de bord recalculés / dashboards refreshed: ${JSON.stringify({ ...report, employerIds: report.employerIds.length })}`);
}

// Maintenance and benchmarks work for every union (row-level security, ADR 0037).
runAsSystem(main)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
