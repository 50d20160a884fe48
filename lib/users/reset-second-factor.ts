import "server-only";

import { assertRecentSecondFactor } from "@/lib/auth/second-factor";
import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

/**
 * Admin: removes a user's second factor (TOTP, passkeys) and recovery codes (a lost phone), after a step-up. Their
 * sessions end; at the next sign-in they enrol again if their role requires it. Audited.
 */
export const resetSecondFactor = actingFor(async function resetSecondFactor(actor: TCurrentUser, input: { userId: string }): Promise<void> {
  assertCan(actor, "user:manage");
  if (input.userId === actor.id) throw new AppError("forbidden", "errors.selfAction");
  assertRecentSecondFactor(actor);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, totpFactor: { select: { confirmedAt: true } } } });
    if (!user) throw notFound();
    await tx.totpFactor.deleteMany({ where: { userId: user.id } });
    const codes = await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    const passkeys = await tx.passkey.deleteMany({ where: { userId: user.id } });
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.second_factor_reset",
      entityType: "user",
      entityId: user.id,
      changes: { totp: { before: Boolean(user.totpFactor?.confirmedAt), after: false }, recoveryCodes: { before: codes.count, after: 0 }, passkeys: { before: passkeys.count, after: 0 } },
    });
  });
});
