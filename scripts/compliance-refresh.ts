/**
 * Recomputes the stored compliance flags (table case_flags) of every case, in batches:
 *
 *   npm run compliance:refresh [-- --at YYYY-MM-DD] [--batch 500]
 *
 * Flags are refreshed whenever a case's facts or the legal calendar change, but time changes them too:
 * a rule becomes applicable on its date (e.g. AI Act Art. 26(7) on 2 Dec 2027), a planned pilot starts.
 * The `compliance-refresh` job does this every night (lib/jobs, ADR 0024); this script is for a manual
 * run or another day (--at). Needs DATABASE_URL.
 * Prints the counts per rule and the time taken; exit 1 on error, 2 on a usage error.
 */
import { parseArgs } from "node:util";

import { z } from "zod";

import { isCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";

import { allowServerOnly } from "./lib/allow-server-only";

const USAGE = "usage: npm run compliance:refresh [-- --at YYYY-MM-DD] [--batch 500]";

const ZArgs = z.object({
  at: z.string().refine(isCalendarDate, { error: 'expected a calendar date "YYYY-MM-DD"' }).optional(),
  batch: z.coerce.number().int().min(1).max(5000).default(500),
});

function readArgs() {
  try {
    const { values } = parseArgs({ options: { at: { type: "string" }, batch: { type: "string" } } });
    const parsed = ZArgs.safeParse(values);
    if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; "));
    return parsed.data;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
}

const args = readArgs();
if (!process.env.DATABASE_URL) {
  process.stderr.write("DATABASE_URL n'est pas défini / DATABASE_URL is not set\n");
  process.exit(2);
}

allowServerOnly();
const { disconnectDb, prisma } = await import("@/lib/db");
const { runAsSystem } = await import("@/lib/db-context");
const { refreshAllCaseFlags } = await import("@/lib/compliance/refresh-flags");

const format = new Intl.NumberFormat("fr-FR");
// Maintenance and benchmarks work for every union (row-level security, ADR 0037).
await runAsSystem(async () => {
try {
  const started = performance.now();
  const at = args.at ?? todayInParis();
  const total = await refreshAllCaseFlags(prisma, { at, batchSize: args.batch });
  const seconds = (performance.now() - started) / 1000;
  const byRule = await prisma.caseFlag.groupBy({ by: ["ruleId", "status"], _count: { _all: true } });
  const rules = [...new Set(byRule.map((row) => row.ruleId))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  for (const rule of rules) {
    const count = (status: string) => byRule.find((row) => row.ruleId === rule && row.status === status)?._count._all ?? 0;
    console.log(`${rule.padEnd(4)} confirmées/confirmed ${format.format(count("confirmed")).padStart(8)}   suspectées/suspected ${format.format(count("suspected")).padStart(8)}`);
  }
  console.log(
    `Alertes recalculées au ${at} / flags recomputed as of ${at}: ${format.format(total.cases)} dossiers/cases, ` +
      `${format.format(total.flags)} alertes/flags, ${format.format(total.changed)} dossiers modifiés/changed, ` +
      `${format.format(total.skipped)} ignorés/skipped, ${seconds.toFixed(1)} s`,
  );
  if (total.skipped > 0) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
});
