/**
 * A realistic, reproducible sector at scale, for benchmarks and for trying the lists with real volume:
 *
 *   npm run seed:scale -- [--employers 500] [--cases 20000] [--seed 42] [--force]
 *
 * Writes to DATABASE_URL (refuses a non-local host unless --force). Every id comes from the seed, and
 * every insert skips rows already there: running it twice adds nothing. Run prisma/seed.ts first for
 * the demo accounts. Scale reps sign in as rep.scale-01@vigie.test … with the demo password.
 * New volumes (member reports, timeline events) are new steps in STEPS, reading the ids of the ones
 * before them from the context.
 */
import { parseArgs } from "node:util";

import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";

import { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { todayInParis } from "@/lib/consultations/calendar-date";

import { DEMO_PASSWORD } from "../prisma/demo-accounts.mjs";
import { generateCases, generateDeadlines, generateEmployers, generateReps, generateTools, type TSeedContext } from "./seed-scale/generate";
import { SeededRandom } from "./seed-scale/random";

const ZArgs = z.object({
  employers: z.coerce.number().int().min(1).max(100_000).default(500),
  cases: z.coerce.number().int().min(0).max(1_000_000).default(20_000),
  seed: z.coerce.number().int().default(42),
  force: z.boolean().default(false),
});

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for our widest table (~30 columns). */
const BATCH = 1000;

/** Inserts in batches; returns how many rows were new (ON CONFLICT DO NOTHING skips the others). */
async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<{ count: number }>): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += BATCH) inserted += (await insert(rows.slice(start, start + BATCH))).count;
  return inserted;
}

type TStep = { label: string; run: (context: TSeedContext) => Promise<{ made: number; total: number }> };

const STEPS: readonly TStep[] = [
  {
    label: "employeurs",
    async run(context) {
      const rows = generateEmployers(context);
      return { made: await insertInBatches(rows, (data) => context.prisma.employer.createMany({ data, skipDuplicates: true })), total: rows.length };
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
      const users = reps.map(({ email, name }) => ({ email, name, role: "rep" as const, passwordHash }));
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
      return { made: await insertInBatches(rows, (data) => context.prisma.deployment.createMany({ data, skipDuplicates: true })), total: rows.length };
    },
  },
  {
    label: "échéances (CaseDeadline)",
    async run(context) {
      const rows = generateDeadlines(context);
      return { made: await insertInBatches(rows, (data) => context.prisma.caseDeadline.createMany({ data, skipDuplicates: true })), total: rows.length };
    },
  },
];

function isLocalDatabase(url: string): boolean {
  const host = new URL(url).hostname;
  return ["localhost", "127.0.0.1", "::1", "[::1]"].includes(host);
}

async function main() {
  const { values } = parseArgs({
    options: { employers: { type: "string" }, cases: { type: "string" }, seed: { type: "string" }, force: { type: "boolean" } },
  });
  const options = ZArgs.parse(values);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL n'est pas défini / DATABASE_URL is not set");
  if (!isLocalDatabase(url) && !options.force) {
    throw new Error("Base distante : relancez avec --force si c'est voulu / non-local database: rerun with --force if intended");
  }

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const context: TSeedContext = { prisma, random: new SeededRandom(options.seed), options, today: todayInParis(), employers: [], toolIds: [], repsByEmployer: new Map(), cases: [] };
  const started = performance.now();
  try {
    for (const step of STEPS) {
      const stepStarted = performance.now();
      const { made, total } = await step.run(context);
      const ms = Math.round(performance.now() - stepStarted);
      console.log(`${step.label.padEnd(26)} ${String(made).padStart(7)} créés / ${String(total).padStart(7)} générés  ${ms} ms`);
    }
  } finally {
    await prisma.$disconnect();
  }
  console.log(`Terminé en ${((performance.now() - started) / 1000).toFixed(1)} s (graine ${options.seed}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
