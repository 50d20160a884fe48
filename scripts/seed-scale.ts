/**
 * A realistic, reproducible sector at scale, for benchmarks and for trying the lists with real volume:
 *
 *   npm run seed:scale -- [--scale 1] [--employers 500] [--cases 20000] [--reports 100000] [--events 300000]
 *                         [--seed 42] [--force]
 *
 * --scale N multiplies every default volume (--scale 10: 5,000 employers, 200,000 cases, a million
 * reports, three million timeline events); an explicit volume wins over it. The last step rebuilds the
 * dashboards' aggregates (docs/decisions/0015).
 *
 * Writes to DATABASE_URL (refuses a non-local host unless --force). Every id comes from the seed, and
 * every insert skips rows already there: running it twice adds nothing. Run prisma/seed.ts first for
 * the demo accounts. Scale reps sign in as rep.scale-01@vigie.test … with the demo password.
 * Each volume is a step in STEPS, reading the ids of the ones before it from the context. Member
 * reports are encrypted with REPORT_ENCRYPTION_KEY (set it as for the app: AUTH_SECRET too).
 */
import { parseArgs } from "node:util";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { z } from "zod";

import { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { todayInParis } from "@/lib/consultations/calendar-date";

import { DEMO_PASSWORD } from "../prisma/demo-accounts.mjs";
import { allowServerOnly } from "./lib/allow-server-only";
import { eventBatches, reportBatches } from "./seed-scale/activity";
import { bulkInsert } from "./seed-scale/bulk";
import { generateCases, generateConsultations, generateDeadlines, generateEmployers, generateReps, generateTools, type TSeedContext } from "./seed-scale/generate";
import { SeededRandom } from "./seed-scale/random";

/** Volumes at --scale 1. */
const DEFAULTS = { employers: 500, cases: 20_000, reports: 100_000, events: 300_000 } as const;

const ZArgs = z
  .object({
    scale: z.coerce.number().int().min(1).max(100).default(1),
    employers: z.coerce.number().int().min(1).max(100_000).optional(),
    cases: z.coerce.number().int().min(0).max(10_000_000).optional(),
    reports: z.coerce.number().int().min(0).max(10_000_000).optional(),
    events: z.coerce.number().int().min(0).max(100_000_000).optional(),
    seed: z.coerce.number().int().default(42),
    force: z.boolean().default(false),
  })
  .transform(({ scale, employers, cases, reports, events, ...rest }) => ({
    ...rest,
    employers: employers ?? DEFAULTS.employers * scale,
    cases: cases ?? DEFAULTS.cases * scale,
    reports: reports ?? DEFAULTS.reports * scale,
    events: events ?? DEFAULTS.events * scale,
  }));

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for our widest table (~30 columns). */
const BATCH = 1000;
/** Rows per bulk INSERT (one array parameter per column, so no parameter limit). */
const BULK_BATCH = 10_000;

/** Inserts in batches; returns how many rows were new (ON CONFLICT DO NOTHING skips the others). */
async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<{ count: number }>, size = BATCH): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += size) inserted += (await insert(rows.slice(start, start + size))).count;
  return inserted;
}

/** Inserts the batches a generator yields, one at a time (the volumes that do not fit in memory). */
async function insertStream<T>(batches: Iterable<T[]>, insert: (batch: T[]) => Promise<{ count: number }>): Promise<{ made: number; total: number }> {
  let made = 0;
  let total = 0;
  for (const batch of batches) {
    made += (await insert(batch)).count;
    total += batch.length;
  }
  return { made, total };
}

const SCALE_UNION = { name: "Syndicat des jeux d'essai", shortName: "ESSAI" };

type TStep = { label: string; run: (context: TSeedContext) => Promise<{ made: number; total: number }> };

const STEPS: readonly TStep[] = [
  {
    label: "syndicat",
    async run(context) {
      // One union owns the generated records (issue 15); a rerun finds it again by its short name.
      const before = await context.prisma.union.count({ where: { shortName: SCALE_UNION.shortName } });
      const { id } = await context.prisma.union.upsert({ where: { shortName: SCALE_UNION.shortName }, create: SCALE_UNION, update: {}, select: { id: true } });
      context.unionId = id;
      return { made: before === 0 ? 1 : 0, total: 1 };
    },
  },
  {
    label: "employeurs",
    async run(context) {
      const rows = generateEmployers(context);
      const made = await insertInBatches(rows, (data) => context.prisma.employer.createMany({ data, skipDuplicates: true }));
      const presence = rows.map((row) => ({ unionId: context.unionId, employerId: row.id as string }));
      await insertInBatches(presence, (data) => context.prisma.unionEmployer.createMany({ data, skipDuplicates: true }));
      return { made, total: rows.length };
    },
  },
  {
    label: "outils",
    async run(context) {
      const rows = generateTools(context);
      const made = await insertInBatches(rows, (data) => context.prisma.aiTool.createMany({ data, skipDuplicates: true }));
      // A tool already in the catalogue under another id keeps that id: read them back by their key.
      const stored = await context.prisma.aiTool.findMany({ where: { dedupeKey: { in: rows.map((row) => row.dedupeKey) } }, select: { id: true, dedupeKey: true } });
      const idByKey = new Map(stored.map((tool) => [tool.dedupeKey, tool.id]));
      context.toolIds = rows.map((row) => idByKey.get(row.dedupeKey)!);
      return { made, total: rows.length };
    },
  },
  {
    label: "élus (et rattachements)",
    async run(context) {
      const reps = generateReps(context);
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const users = reps.map(({ email, name }) => ({ email, name, role: "rep" as const, unionId: context.unionId, passwordHash }));
      const made = await insertInBatches(users, (data) => context.prisma.user.createMany({ data, skipDuplicates: true }));
      // An account already there keeps its id: read them back by e-mail before attaching them.
      const stored = await context.prisma.user.findMany({ where: { email: { in: users.map((user) => user.email) } }, select: { id: true, email: true } });
      const idByEmail = new Map(stored.map((user) => [user.email, user.id]));
      const assignments = reps.flatMap((rep) => rep.employerIds.map((employerId) => ({ userId: idByEmail.get(rep.email)!, employerId })));
      await insertInBatches(assignments, (data) => context.prisma.employerAssignment.createMany({ data, skipDuplicates: true }));
      for (const { userId, employerId } of assignments) context.repsByEmployer.set(employerId, [...(context.repsByEmployer.get(employerId) ?? []), userId]);
      return { made, total: users.length };
    },
  },
  {
    label: "dossiers",
    async run(context) {
      const rows = generateCases(context);
      return { made: await insertInBatches(rows, (data) => bulkInsert(context.pool, "deployments", data), BULK_BATCH), total: rows.length };
    },
  },
  {
    label: "consultations",
    async run(context) {
      const rows = generateConsultations(context);
      return { made: await insertInBatches(rows, (data) => bulkInsert(context.pool, "consultations", data), BULK_BATCH), total: rows.length };
    },
  },
  {
    label: "échéances (CaseDeadline)",
    async run(context) {
      const rows = generateDeadlines(context);
      return { made: await insertInBatches(rows, (data) => bulkInsert(context.pool, "case_deadlines", data), BULK_BATCH), total: rows.length };
    },
  },
  {
    label: "signalements d'adhérents",
    run: (context) => insertStream(reportBatches(context, BULK_BATCH), (data) => bulkInsert(context.pool, "member_reports", data)),
  },
  {
    label: "événements (chronologie)",
    run: (context) => insertStream(eventBatches(context, BULK_BATCH), (data) => bulkInsert(context.pool, "case_events", data)),
  },
  {
    // Last: computed from the rows above, by the app's own engine (recomputed for every case on each run).
    label: "alertes (case_flags)",
    async run(context) {
      allowServerOnly();
      const { refreshAllCaseFlags } = await import("@/lib/compliance/refresh-flags");
      const { flags } = await refreshAllCaseFlags(context.prisma);
      return { made: flags, total: flags };
    },
  },
  {
    // After the flags: the dashboards count them. Rebuilt from scratch on each run.
    label: "tableaux de bord (agrégats)",
    async run() {
      allowServerOnly();
      const [{ rebuildDashboardStats }, { disconnectDb, prisma }] = await Promise.all([import("@/lib/dashboards/refresh"), import("@/lib/db")]);
      try {
        await rebuildDashboardStats();
        const rows = await prisma.employerStats.count();
        return { made: rows, total: rows };
      } finally {
        await disconnectDb();
      }
    },
  },
];

function isLocalDatabase(url: string): boolean {
  const host = new URL(url).hostname;
  return ["localhost", "127.0.0.1", "::1", "[::1]"].includes(host);
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string" },
      employers: { type: "string" },
      cases: { type: "string" },
      reports: { type: "string" },
      events: { type: "string" },
      seed: { type: "string" },
      force: { type: "boolean" },
    },
  });
  const options = ZArgs.parse(values);
  // As the owner of the tables (ADR 0035): row-level security does not apply to it.
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL n'est pas défini / DATABASE_URL is not set");
  if (!isLocalDatabase(url) && !options.force) {
    throw new Error("Base distante : relancez avec --force si c'est voulu / non-local database: rerun with --force if intended");
  }

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const context: TSeedContext = { prisma, pool, random: new SeededRandom(options.seed), unionId: "", options, today: todayInParis(), startedAt: new Date(), employers: [], toolIds: [], repsByEmployer: new Map(), cases: [], consultations: new Map() };
  const started = performance.now();
  try {
    for (const step of STEPS) {
      const stepStarted = performance.now();
      const { made, total } = await step.run(context);
      const ms = Math.round(performance.now() - stepStarted);
      console.log(`${step.label.padEnd(28)} ${String(made).padStart(9)} créés / ${String(total).padStart(9)} générés  ${ms} ms`);
    }
  } finally {
    await Promise.all([prisma.$disconnect(), pool.end()]);
  }
  console.log(`Terminé en ${((performance.now() - started) / 1000).toFixed(1)} s (graine ${options.seed}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
