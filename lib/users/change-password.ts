import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/security/password-strength";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TChangePassword } from "@/lib/users/schemas";
import { actingFor } from "@/lib/db-context";

/** The signed-in user replaces their password; every other session of theirs ends. */
export const changeOwnPassword = actingFor(async function changeOwnPassword(actor: TCurrentUser, input: TChangePassword): Promise<void> {
  assertCan(actor, "account:update-own");
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, passwordHash: true },
  });
  assertStrongPassword(input.newPassword, [actor.email, actor.name]);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("invalid", "validation.currentPasswordWrong", { field: "currentPassword" });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, { actorId: actor.id, action: "user.password", entityType: "user", entityId: user.id });
  });
});
