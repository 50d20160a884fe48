import "server-only";

import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/security/password-strength";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashInviteToken } from "@/lib/users/credentials";
import type { TAcceptInvite } from "@/lib/users/schemas";

const INVALID = () => new AppError("invalid", "errors.inviteInvalid");

/** An invitation that can still be used, or null (expired, used, revoked or unknown look the same). */
export async function findUsableInvite(token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { id: true, expiresAt: true, usedAt: true, user: { select: { id: true, email: true, deactivatedAt: true } } },
  });
  if (!invite || invite.usedAt || invite.expiresAt <= new Date() || invite.user.deactivatedAt) return null;
  return { id: invite.id, userId: invite.user.id, email: invite.user.email };
}

/** The invited person chooses their password; the link then stops working. Returns their e-mail. */
export async function acceptInvite(input: TAcceptInvite): Promise<{ email: string }> {
  const invite = await findUsableInvite(input.token);
  if (!invite) throw INVALID();
  assertStrongPassword(input.newPassword, [invite.email]);
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    // Marks the invite used only if nobody used it meanwhile (two tabs submitting at once).
    const claimed = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw INVALID();
    await tx.user.update({
      where: { id: invite.userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, { actorId: invite.userId, action: "user.accept-invite", entityType: "user", entityId: invite.userId });
  });
  return { email: invite.email };
}
