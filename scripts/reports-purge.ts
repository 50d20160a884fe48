/**
 * Purges the member reports whose retention period is over (issue 4, point 8; lib/reports/purge.ts):
 *
 *   npm run reports:purge [-- --dry-run] [--months N]
 *
 * Needs DATABASE_URL. The period is --months, else REPORT_RETENTION_MONTHS, else 12 months. Prints one
 * line of counts (nothing else: no report text, no id), e.g.
 *   reports:purge cutoff=2025-11-24 months=12 reports=3 messages=7 caseEventsUnlinked=1
 * Exit 0 on success (a dry run included), 1 on an error, 2 on a usage error. The `reports-purge` job
 * runs the purge nightly (ADR 0024); this script is for a dry run or a manual purge.
 */
import { parseArgs } from "node:util";

import { z } from "zod";

import { allowServerOnly } from "./lib/allow-server-only";

const USAGE = "usage: npm run reports:purge -- [--dry-run] [--months N]";

// Same bounds as REPORT_RETENTION_MONTHS in lib/env.ts (read alone here: the script needs no other secret).
const ZMonths = z.coerce.number().int().min(1).max(120);

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function readArgs(): { dryRun: boolean; months: number } {
  let values: { "dry-run"?: boolean; months?: string };
  try {
    ({ values } = parseArgs({ options: { "dry-run": { type: "boolean" }, months: { type: "string" } }, strict: true, allowPositionals: false }));
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const raw = values.months ?? process.env.REPORT_RETENTION_MONTHS ?? "12";
  const months = ZMonths.safeParse(raw);
  if (!months.success) usageError(`retention: expected a whole number of months between 1 and 120, got "${raw}"`);
  return { dryRun: values["dry-run"] ?? false, months: months.data };
}

const { dryRun, months } = readArgs();
if (!process.env.DATABASE_URL) usageError("DATABASE_URL is not set");

allowServerOnly();
const { disconnectDb } = await import("@/lib/db");
const { purgeClosedReports } = await import("@/lib/reports/purge");

try {
  const result = await purgeClosedReports({ now: new Date(), months, dryRun });
  const figures = `cutoff=${result.cutoff} months=${months} reports=${result.reports} messages=${result.messages} caseEventsUnlinked=${result.unlinkedCaseEvents}`;
  process.stdout.write(`reports:purge ${figures}${dryRun ? " (dry run: nothing deleted)" : ""}\n`);
} catch (error) {
  process.stderr.write(`reports:purge failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
