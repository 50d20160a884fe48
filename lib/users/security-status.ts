import "server-only";

import { accountState } from "@/lib/auth/login-throttle";
import { accountKey, throttleConfig } from "@/lib/auth/throttle";
import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { actingFor } from "@/lib/db-context";

export type TUserSecurityStatus = { totp: boolean; recoveryCodesLeft: number; failures: number; locked: boolean };

/** Admin: a user's second factor and sign-in failures (user page). Null for an unknown id. */
export const userSecurityStatus = actingFor(async function userSecurityStatus(actor: TCurrentUser, userId: string): Promise<TUserSecurityStatus | null> {
  assertCan(actor, "user:manage");
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { email: true, totpFactor: { select: { confirmedAt: true } }, _count: { select: { passkeys: true } } },
  });
  if (!user) return null;
  const [codes, row] = await Promise.all([
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
    prisma.loginFailure.findUnique({ where: { key: accountKey(user.email) }, select: { failures: true, lastFailureAt: true, lockedAt: true } }),
  ]);
  const state = accountState(row, throttleConfig());
  return { totp: Boolean(user.totpFactor?.confirmedAt) || user._count.passkeys > 0, recoveryCodesLeft: codes, failures: state.failures, locked: state.locked };
});
