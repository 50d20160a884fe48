import "server-only";

import QRCode from "qrcode";

import { recordLoginFailure, resetLoginFailures } from "@/lib/auth/throttle";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCode,
  RECOVERY_CODE_COUNT,
} from "@/lib/auth/second-factor-crypto";
import { stepUpSatisfied } from "@/lib/auth/second-factor-policy";
import type { TCurrentUser } from "@/lib/auth/session";
import { isTotpCodeShape, newTotpSecret, totpUri, verifyTotp } from "@/lib/auth/totp";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * The second factor of an account (issue 16, point 1; ADR 0031): TOTP with recovery codes. Enrolment,
 * the code after the password, step-up before sensitive actions. Secrets and codes at rest:
 * lib/auth/second-factor-crypto.ts.
 */

/** Wrong codes a session may enter before it is ended (the account's failures count too, lib/auth/throttle.ts). */
export const MAX_CODE_FAILURES_PER_SESSION = 5;

type TTx = Prisma.TransactionClient;

export type TTotpEnrolment = { secret: string; uri: string; qrSvg: string };

/**
 * The secret being enrolled, created on first call and kept (encrypted) until confirmed, so that
 * reloading the page shows the same QR code. An account that already has a confirmed factor gets null.
 */
export async function pendingTotpEnrolment(actor: TCurrentUser): Promise<TTotpEnrolment | null> {
  const { AUTH_SECRET } = env();
  const existing = await prisma.totpFactor.findUnique({ where: { userId: actor.id }, select: { secret: true, confirmedAt: true } });
  if (existing?.confirmedAt) return null;
  let secret: string;
  if (existing) {
    secret = decryptTotpSecret(existing.secret, actor.id, AUTH_SECRET);
  } else {
    secret = newTotpSecret();
    // Two tabs at once: the first row wins, both show its secret.
    await prisma.totpFactor.createMany({ data: [{ userId: actor.id, secret: encryptTotpSecret(secret, actor.id, AUTH_SECRET) }], skipDuplicates: true });
    const row = await prisma.totpFactor.findUniqueOrThrow({ where: { userId: actor.id }, select: { secret: true } });
    secret = decryptTotpSecret(row.secret, actor.id, AUTH_SECRET);
  }
  const uri = totpUri(secret, actor.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrSvg };
}

/** Ten new recovery codes in place of the old ones; returned in clear this once. */
export async function replaceRecoveryCodes(tx: TTx, userId: string): Promise<string[]> {
  const { AUTH_SECRET } = env();
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newRecoveryCode());
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code, AUTH_SECRET) })) });
  return codes;
}

/** Confirms the enrolment with a first code; returns the recovery codes, shown this once. */
export async function confirmTotpEnrolment(actor: TCurrentUser, input: { code: string }): Promise<{ recoveryCodes: string[] }> {
  const { AUTH_SECRET } = env();
  const row = await prisma.totpFactor.findUnique({ where: { userId: actor.id }, select: { secret: true, confirmedAt: true } });
  if (!row) throw new AppError("invalid", "security.enrolExpired", { field: "code" });
  if (row.confirmedAt) throw new AppError("conflict", "security.alreadyEnrolled");
  const step = verifyTotp(decryptTotpSecret(row.secret, actor.id, AUTH_SECRET), input.code, 0);
  if (step === null) throw new AppError("invalid", "security.wrongCode", { field: "code" });
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.totpFactor.updateMany({ where: { userId: actor.id, confirmedAt: null }, data: { confirmedAt: new Date(), lastTimeStep: step } });
    if (count === 0) throw new AppError("conflict", "security.alreadyEnrolled");
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    // Enrolment proves the factor for this session.
    await tx.userSession.update({ where: { id: actor.sessionId }, data: { secondFactorAt: new Date(), secondFactorFailures: 0 } });
    await recordAudit(tx, { actorId: actor.id, action: "second_factor.enrol", entityType: "user", entityId: actor.id, changes: { totp: { before: false, after: true } } });
    return { recoveryCodes };
  });
}

type TCheck = { ok: true; kind: "totp" | "recovery" } | { ok: false };

/** Checks a TOTP code (once per time step) or a recovery code (once), consuming it atomically. */
async function consumeCode(userId: string, code: string): Promise<TCheck> {
  const { AUTH_SECRET } = env();
  const trimmed = code.trim();
  if (isTotpCodeShape(trimmed)) {
    const factor = await prisma.totpFactor.findUnique({ where: { userId }, select: { secret: true, confirmedAt: true, lastTimeStep: true } });
    if (!factor?.confirmedAt) return { ok: false };
    const step = verifyTotp(decryptTotpSecret(factor.secret, userId, AUTH_SECRET), trimmed, factor.lastTimeStep);
    if (step === null) return { ok: false };
    // Two requests with the same code at once: only one moves the step forward.
    const { count } = await prisma.totpFactor.updateMany({ where: { userId, lastTimeStep: { lt: step } }, data: { lastTimeStep: step } });
    return count === 1 ? { ok: true, kind: "totp" } : { ok: false };
  }
  if (!looksLikeRecoveryCode(trimmed)) return { ok: false };
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(trimmed, AUTH_SECRET), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1 ? { ok: true, kind: "recovery" } : { ok: false };
}

/**
 * The code after the password, or again for a step-up. A wrong or reused code counts against the
 * session (ended at MAX_CODE_FAILURES_PER_SESSION) and against the account (lib/auth/throttle.ts), and
 * is audited; a right one marks the session as having proved the factor now.
 */
export async function verifySecondFactor(actor: TCurrentUser, input: { code: string }, headers?: Headers): Promise<{ kind: "totp" | "recovery"; recoveryCodesLeft: number }> {
  if (actor.secondFactor !== "pending" && actor.secondFactor !== "verified") throw new AppError("forbidden", "security.noFactor");
  const result = await consumeCode(actor.id, input.code);
  if (!result.ok) {
    await recordSecondFactorFailure(actor, headers ?? new Headers(), "code");
    throw new AppError("invalid", "security.wrongCode", { field: "code" });
  }
  const left = await prisma.$transaction(async (tx) => {
    await recordSecondFactorProved(tx, actor, result.kind);
    return tx.recoveryCode.count({ where: { userId: actor.id, usedAt: null } });
  });
  await resetLoginFailures(actor.email);
  return { kind: result.kind, recoveryCodesLeft: left };
}

/**
 * A wrong code or passkey answer, the same whatever the method: counted against the session (ended at
 * MAX_CODE_FAILURES_PER_SESSION, then `unauthenticated` is thrown) and against the account
 * (lib/auth/throttle.ts), and audited. Returns when the session may try again.
 */
export async function recordSecondFactorFailure(actor: TCurrentUser, headers: Headers, method: "code" | "passkey"): Promise<void> {
  const failures = await prisma.$transaction(async (tx) => {
    const session = await tx.userSession.update({
      where: { id: actor.sessionId },
      data: { secondFactorFailures: { increment: 1 } },
      select: { secondFactorFailures: true },
    });
    if (session.secondFactorFailures >= MAX_CODE_FAILURES_PER_SESSION) {
      await tx.userSession.update({ where: { id: actor.sessionId }, data: { endedAt: new Date() } });
    }
    const detail = method === "passkey" ? { changes: { method: { before: null, after: "passkey" } } } : {};
    await recordAudit(tx, { actorId: actor.id, action: "auth.second_factor_failed", entityType: "user", entityId: actor.id, ...detail });
    return session.secondFactorFailures;
  });
  await recordLoginFailure(actor.email, headers, actor.id);
  if (failures >= MAX_CODE_FAILURES_PER_SESSION) {
    throw new AppError("unauthenticated", method === "passkey" ? "security.passkey.tooMany" : "security.tooManyCodes");
  }
}

/**
 * The factor proved (code, recovery code or passkey): the session is verified from now (sign-in) or
 * again (step-up), its failures forgotten, and the event audited. The caller then forgets the
 * account's sign-in failures (resetLoginFailures) once the transaction is committed.
 */
export async function recordSecondFactorProved(tx: TTx, actor: TCurrentUser, method: "totp" | "recovery" | "passkey"): Promise<void> {
  await tx.userSession.update({ where: { id: actor.sessionId }, data: { secondFactorAt: new Date(), secondFactorFailures: 0 } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: actor.secondFactor === "pending" ? "auth.second_factor" : "auth.step_up",
    entityType: "user",
    entityId: actor.id,
    changes: { method: { before: null, after: method } },
  });
}

/** Sensitive actions (user management, exports): the factor proved within STEP_UP_MINUTES, else `forbidden`. */
export function assertRecentSecondFactor(actor: TCurrentUser): void {
  if (!stepUpSatisfied(actor.secondFactor, actor.secondFactorAt, env().STEP_UP_MINUTES)) {
    throw new AppError("forbidden", "errors.stepUpRequired");
  }
}

/** For pages of sensitive actions: whether a step-up is due now, and the window in minutes. */
export function stepUpNeeded(actor: TCurrentUser): { needed: boolean; minutes: number } {
  const minutes = env().STEP_UP_MINUTES;
  return { needed: !stepUpSatisfied(actor.secondFactor, actor.secondFactorAt, minutes), minutes };
}

/** New recovery codes (the old ones stop working), after a step-up. */
export async function regenerateRecoveryCodes(actor: TCurrentUser): Promise<{ recoveryCodes: string[] }> {
  if (actor.secondFactor !== "verified") throw new AppError("forbidden", "security.noFactor");
  assertRecentSecondFactor(actor);
  return prisma.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit(tx, { actorId: actor.id, action: "second_factor.recovery_codes", entityType: "user", entityId: actor.id });
    return { recoveryCodes };
  });
}

export type TSecondFactorSummary = { totp: boolean; passkeys: number; recoveryCodesLeft: number };

export async function mySecondFactor(actor: TCurrentUser): Promise<TSecondFactorSummary> {
  const [factor, passkeys, left] = await Promise.all([
    prisma.totpFactor.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true } }),
    prisma.passkey.count({ where: { userId: actor.id } }),
    prisma.recoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
  ]);
  return { totp: Boolean(factor?.confirmedAt), passkeys, recoveryCodesLeft: left };
}
