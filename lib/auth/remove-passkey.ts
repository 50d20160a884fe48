import "server-only";

import { secondFactorRequired } from "@/lib/auth/second-factor-policy";
import { assertRecentSecondFactor } from "@/lib/auth/second-factor";
import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { actingFor } from "@/lib/db-context";
import { AppError, notFound } from "@/lib/errors";

/**
 * Removes one of the actor's own passkeys, after a step-up (a sensitive change of the second factor).
 * Invariant: an account whose role requires a second factor keeps one. The user's row is locked for the
 * transaction, so two removals at once cannot each leave the other passkey as "the one left". Another
 * user's passkey answers exactly like an unknown id. When no factor is left at all (a role that does not
 * require one), the recovery codes go too: they would be a second factor of nothing.
 */
export const removePasskey = actingFor(async function removePasskey(actor: TCurrentUser, input: { passkeyId: string }): Promise<void> {
  if (actor.secondFactor !== "verified") throw new AppError("forbidden", "security.noFactor");
  assertRecentSecondFactor(actor);
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${actor.id}::uuid FOR UPDATE`;
    const passkey = await tx.passkey.findFirst({
      where: { id: input.passkeyId, userId: actor.id },
      select: { id: true, device: true },
    });
    if (!passkey) throw notFound();
    const [others, totp, policy] = await Promise.all([
      tx.passkey.count({
        where: { userId: actor.id, id: { not: passkey.id } },
      }),
      tx.totpFactor.findUnique({
        where: { userId: actor.id },
        select: { confirmedAt: true },
      }),
      tx.secondFactorPolicy.findMany({
        select: { role: true, required: true },
      }),
    ]);
    const factorLeft = others > 0 || Boolean(totp?.confirmedAt);
    if (!factorLeft && secondFactorRequired(actor.role, policy)) throw new AppError("conflict", "security.passkey.lastFactor");
    await tx.passkey.delete({ where: { id: passkey.id } });
    const codes = factorLeft ? { count: 0 } : await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "second_factor.passkey_remove",
      entityType: "user",
      entityId: actor.id,
      changes: {
        passkey: { before: passkey.id, after: null },
        ...(factorLeft ? {} : { recoveryCodes: { before: codes.count, after: 0 } }),
      },
    });
  });
});
