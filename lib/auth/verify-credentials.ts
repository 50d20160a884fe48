import "server-only";

import { secondsUntil } from "@/lib/auth/login-throttle";
import { decoyHash, verifyPassword } from "@/lib/auth/password";
import { accountKey, accountThrottle, clientWaitSeconds, recordLoginFailure, resetLoginFailures } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { ZLogin } from "@/lib/users/schemas";

export type TVerifiedUser = { id: string; email: string; name: string; sessionVersion: number };
export type TCredentialsResult =
  | { status: "ok"; user: TVerifiedUser; hasSecondFactor: boolean }
  | { status: "invalid" }
  | { status: "throttled"; retryAfterSeconds: number };

/** Sign-in events in the audit trail (issue 16, point 6): the account when the e-mail is one's, else a keyed hash of it. */
async function auditSignIn(action: "auth.sign_in" | "auth.sign_in_failed" | "auth.throttled", email: string, userId: string | null, detail?: string) {
  await prisma.$transaction((tx) => recordAudit(tx, {
    actorId: action === "auth.sign_in" ? userId : null,
    action,
    entityType: userId ? "user" : "account",
    entityId: userId ?? accountKey(email).slice(0, 32),
    ...(detail ? { changes: { reason: { before: null, after: detail } } } : {}),
  }));
}

/**
 * Checks an e-mail and password (ADR 0032). Invariant: a wrong e-mail, a wrong password, a deactivated
 * account and an invited account without password all give the same answer in about the same time.
 * Past the per-account limit, an account with a second factor still gets in with the right password
 * (the factor is asked next); one without waits until the lock runs out, right password or not.
 */
export async function verifyCredentials(raw: unknown, headers: Headers): Promise<TCredentialsResult> {
  const parsed = ZLogin.safeParse(raw);
  if (!parsed.success) return { status: "invalid" };
  const { email, password } = parsed.data;

  const [clientWait, account] = await Promise.all([clientWaitSeconds(headers), accountThrottle(email)]);
  if (clientWait > 0 || account.waitSeconds > 0) {
    logger.warn({ event: "login.throttled" }, "sign-in throttled");
    const known = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    await auditSignIn("auth.throttled", email, known?.id ?? null, clientWait > 0 ? "client" : "account");
    return { status: "throttled", retryAfterSeconds: Math.max(clientWait, account.waitSeconds) };
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      deactivatedAt: true,
      sessionVersion: true,
      totpFactor: { select: { confirmedAt: true } },
      _count: { select: { passkeys: true } },
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  const hasSecondFactor = Boolean(user?.totpFactor?.confirmedAt) || (user?._count.passkeys ?? 0) > 0;
  const valid = Boolean(user && user.passwordHash && passwordOk && !user.deactivatedAt);

  if (account.locked && !hasSecondFactor) {
    if (!valid) await recordLoginFailure(email, headers, user?.id ?? null);
    logger.warn({ event: "login.locked" }, "sign-in refused: account locked without a second factor");
    await auditSignIn("auth.throttled", email, user?.id ?? null, "locked");
    return { status: "throttled", retryAfterSeconds: secondsUntil(account.lockEndsAt!) };
  }

  if (!user || !valid) {
    await recordLoginFailure(email, headers, user?.id ?? null);
    logger.info({ event: "login.failed", userId: user?.id }, "sign-in failed");
    await auditSignIn("auth.sign_in_failed", email, user?.id ?? null);
    return { status: "invalid" };
  }

  // With a second factor, the sign-in is complete (and the failures forgotten) only after the code.
  if (!hasSecondFactor) await resetLoginFailures(email);
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  logger.info({ event: "login.succeeded", userId: user.id }, "signed in");
  await auditSignIn("auth.sign_in", email, user.id, hasSecondFactor ? "password, second factor next" : "password");
  return {
    status: "ok",
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
    hasSecondFactor,
  };
}
