import { randomUUID } from "node:crypto";

import type { TRole } from "@/lib/authz/permissions";
import { hashPassword } from "@/lib/auth/password";
import { encryptTotpSecret } from "@/lib/auth/second-factor-crypto";
import { newTotpSecret } from "@/lib/auth/totp";
import { resolveSessionUser, type TCurrentUser } from "@/lib/auth/session";
import { startUserSession } from "@/lib/auth/user-sessions";
import { prisma } from "@/lib/db";
import type { THeadcountBand, TSector } from "@/lib/employers/schemas";

import { testUnion } from "./unions";

export const TEST_PASSWORD = "Correct-Horse-Battery-9";
let passwordHash: Promise<string> | undefined;

let sirenCounter = 100_000;
/** A fresh SIREN that passes the Luhn check. */
export function validSiren(): string {
  sirenCounter += 1;
  const body = String(sirenCounter).padStart(8, "0");
  for (let check = 0; check <= 9; check += 1) {
    const candidate = `${body}${check}`;
    let sum = 0;
    for (let index = 0; index < 9; index += 1) {
      let digit = Number(candidate[8 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

/** An employer, with the test union present there unless `unionIds` says which (or [] for none). */
export async function createEmployer(overrides: { legalName?: string; sector?: TSector; headcountBand?: THeadcountBand; unionIds?: string[] } = {}) {
  const unionIds = overrides.unionIds ?? [await testUnion()];
  return prisma.employer.create({
    data: {
      legalName: overrides.legalName ?? `Employeur ${randomUUID().slice(0, 8)}`,
      sector: overrides.sector ?? "banque",
      headcountBand: overrides.headcountBand ?? null,
      unions: { create: unionIds.map((unionId) => ({ unionId })) },
    },
    select: { id: true, legalName: true },
  });
}

const totpSecrets = new Map<string, string>();
/** The TOTP key of a user made by createActor (to compute its codes with totpCode). */
export function testTotpSecret(userId: string): string {
  const secret = totpSecrets.get(userId);
  if (!secret) throw new Error("factory: this user has no TOTP factor");
  return secret;
}

/**
 * A user with TEST_PASSWORD, attached to the given employers; returns it as a signed-in actor. Reps and
 * viewers belong to the test union unless `unionId` says otherwise (null: an instance-wide account);
 * admins to none. Like the demo accounts, it has TOTP on and its session has passed it
 * (`secondFactor: false`: no factor, and a session past the password only).
 */
export async function createActor(
  role: TRole,
  options: { employerIds?: string[]; email?: string; unionId?: string | null; secondFactor?: boolean } = {},
): Promise<TCurrentUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const unionId = options.unionId !== undefined ? options.unionId : role === "admin" ? null : await testUnion();
  const user = await prisma.user.create({
    data: {
      email: options.email ?? `${role}-${randomUUID().slice(0, 8)}@vigie.test`,
      name: `Test ${role}`,
      role,
      unionId,
      passwordHash: await passwordHash,
      employers: { create: (options.employerIds ?? []).map((employerId) => ({ employerId })) },
    },
    select: { id: true, sessionVersion: true },
  });
  const sessionId = await startUserSession(user, "vitest");
  if (options.secondFactor !== false) {
    const secret = newTotpSecret();
    totpSecrets.set(user.id, secret);
    await prisma.totpFactor.create({ data: { userId: user.id, secret: encryptTotpSecret(secret, user.id, process.env.AUTH_SECRET!), confirmedAt: new Date() } });
    await prisma.userSession.update({ where: { id: sessionId }, data: { secondFactorAt: new Date() } });
  }
  const actor = await resolveSessionUser({ userId: user.id, sessionId, sessionVersion: user.sessionVersion });
  if (!actor) throw new Error("factory: actor could not be resolved");
  return actor;
}

/** Every row of a table, to prove a refused mutation changed nothing. */
export async function snapshot(table: "users" | "employers" | "employer_assignments" | "invites" | "audit_events") {
  const { rows } = await (await import("@/lib/db")).getPool().query(`SELECT * FROM ${table} ORDER BY 1`);
  return rows;
}
