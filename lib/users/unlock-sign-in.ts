import "server-only";

import { accountKey } from "@/lib/auth/throttle";
import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

/** Admin: forgets a user's sign-in failures, ending a slow-down or lock at once (ADR 0032). Audited. */
export const unlockSignIn = actingFor(async function unlockSignIn(actor: TCurrentUser, input: { userId: string }): Promise<{ cleared: number }> {
  assertCan(actor, "user:manage");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
    if (!user) throw notFound();
    const row = await tx.loginFailure.findUnique({ where: { key: accountKey(user.email) }, select: { failures: true } });
    await tx.loginFailure.deleteMany({ where: { key: accountKey(user.email) } });
    await recordAudit(tx, { actorId: actor.id, action: "user.unlock", entityType: "user", entityId: user.id, changes: { failures: { before: row?.failures ?? 0, after: 0 } } });
    return { cleared: row?.failures ?? 0 };
  });
});
