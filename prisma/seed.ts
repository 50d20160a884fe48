/**
 * Demo data: fictional employers, one account per role (see prisma/demo-accounts.mjs), and a few
 * AI tools and cases (prisma/seed-cases.ts).
 * Idempotent: every row is upserted on a natural key (SIREN, e-mail), so running it again restores the
 * demo accounts to their documented state (password, role, active) without duplicating anything.
 *
 *   npm run db:seed            (needs DATABASE_URL)
 *
 * scripts/start.mjs runs it on the first start of the embedded database only.
 */
import { pathToFileURL } from "node:url";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient, type Sector } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { encryptTotpSecret } from "@/lib/auth/second-factor-crypto";
import type { THeadcountBand } from "@/lib/employers/schemas";

import { allowServerOnly } from "../scripts/lib/allow-server-only";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNIONS } from "./demo-accounts.mjs";
import { seedDemoAgreements } from "./seed-agreements";
import { seedDemoCases } from "./seed-cases";

type TDemoEmployer = {
  legalName: string;
  groupName: string | null;
  sector: Sector;
  siren: string;
  idcc: string;
  headcountBand: THeadcountBand;
};

/**
 * Invented names. The SIRENs pass the Luhn check like real ones, but were picked by hand and could not
 * be checked against the SIRENE registry (offline machine): treat them as demo values only.
 * IDCC: 2120 banque, 1672 sociétés d'assurances, 1801 sociétés d'assistance, 2128 mutualité,
 * 2247 courtage d'assurances.
 */
export const DEMO_EMPLOYERS: readonly TDemoEmployer[] = [
  {
    legalName: "Banque Horizon Populaire",
    groupName: "Groupe Horizon",
    sector: "banque",
    siren: "912345675",
    idcc: "2120",
    headcountBand: "5000+",
  },
  {
    legalName: "Mutuelle Assurances du Littoral",
    groupName: null,
    sector: "assurance",
    siren: "923456784",
    idcc: "1672",
    headcountBand: "1000-4999",
  },
  {
    legalName: "Assistance Europe Secours",
    groupName: null,
    sector: "assistance",
    siren: "934567892",
    idcc: "1801",
    headcountBand: "300-999",
  },
  {
    legalName: "Mutuelle Santé des Tisserands",
    groupName: null,
    sector: "mutuelle",
    siren: "945678902",
    idcc: "2128",
    headcountBand: "50-299",
  },
  {
    legalName: "Horizon Courtage Conseil",
    groupName: "Groupe Horizon",
    sector: "autre",
    siren: "956789010",
    idcc: "2247",
    headcountBand: "50-299",
  },
];

export async function seedDemo(prisma: PrismaClient): Promise<void> {
  // Hashed once, outside the transaction: argon2 is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const authSecret = process.env.AUTH_SECRET;
  if (!authSecret) throw new Error("AUTH_SECRET is needed to seed the demo accounts' second factor (npm start sets it)");

  await prisma.$transaction(async (tx) => {
    const employerIds = new Map<string, string>();
    const repIds = new Map<string, string>();
    for (const employer of DEMO_EMPLOYERS) {
      const { id } = await tx.employer.upsert({
        where: { siren: employer.siren },
        create: employer,
        update: employer,
        select: { id: true },
      });
      employerIds.set(employer.legalName, id);
    }

    const unionIds = new Map<string, string>();
    for (const union of DEMO_UNIONS) {
      const { id } = await tx.union.upsert({
        where: { shortName: union.shortName },
        create: { name: union.name, shortName: union.shortName },
        update: { name: union.name },
        select: { id: true },
      });
      unionIds.set(union.key, id);
      const present = union.presentAt === "all" ? [...employerIds.values()] : union.presentAt.map((name) => employerIds.get(name)!);
      for (const employerId of present) {
        await tx.unionEmployer.upsert({ where: { unionId_employerId: { unionId: id, employerId } }, create: { unionId: id, employerId }, update: {} });
      }
    }

    for (const account of DEMO_ACCOUNTS) {
      const state = {
        name: account.name,
        role: account.role,
        unionId: account.union === null ? null : unionIds.get(account.union)!,
        passwordHash,
        mustChangePassword: false,
        deactivatedAt: null,
      };
      const user = await tx.user.upsert({
        where: { email: account.email },
        create: { email: account.email, ...state },
        update: state,
        select: { id: true },
      });
      // Two-step verification on, with the account's public demo key (prisma/demo-accounts.mjs).
      const factor = { secret: encryptTotpSecret(account.totpSecret, user.id, authSecret), confirmedAt: new Date(), lastTimeStep: 0 };
      await tx.totpFactor.upsert({ where: { userId: user.id }, create: { userId: user.id, ...factor }, update: factor });
      if (account.employer === null) continue;

      const employerId = employerIds.get(account.employer);
      if (!employerId) throw new Error(`Demo account ${account.email}: unknown demo employer "${account.employer}"`);
      await tx.employerAssignment.upsert({
        where: { userId_employerId: { userId: user.id, employerId } },
        create: { userId: user.id, employerId },
        update: {},
      });
      repIds.set(`${account.union}|${account.employer}`, user.id);
    }
    await seedDemoCases(tx, employerIds, repIds, unionIds);
    await seedDemoAgreements(tx, employerIds, repIds, unionIds);
    // One transaction for the whole demo: Prisma's 5 s default is too short on a loaded machine.
  }, { timeout: 60_000, maxWait: 10_000 });
}

/** The demo cases' compliance flags (table case_flags), as a save in the app would have written them. */
async function refreshDemoFlags(prisma: PrismaClient): Promise<void> {
  allowServerOnly();
  const { refreshAllCaseFlags } = await import("@/lib/compliance/refresh-flags");
  await refreshAllCaseFlags(prisma);
}

async function main(): Promise<number> {
  // As the owner of the tables (ADR 0035): row-level security does not apply to it.
  const connectionString = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("DATABASE_URL n'est pas défini. / DATABASE_URL is not set.");
    return 1;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    await seedDemo(prisma);
    await refreshDemoFlags(prisma);
    console.log(
      `Données de démo prêtes / Demo data ready: ${DEMO_EMPLOYERS.length} employeurs/employers, ` +
        `${DEMO_ACCOUNTS.length} comptes/accounts (mot de passe/password: ${DEMO_PASSWORD}).`,
    );
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

// Run only when executed (`tsx prisma/seed.ts`), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
