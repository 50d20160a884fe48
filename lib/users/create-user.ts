import "server-only";

import { assertRecentSecondFactor } from "@/lib/auth/second-factor";
import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { issueInvite, issueOneTimePassword } from "@/lib/users/credentials";
import { assertUnionPresent } from "@/lib/users/union-presence";
import type { ZCreateUser } from "@/lib/users/schemas";
import type { z } from "zod";
import { actingFor } from "@/lib/db-context";

export type TCreatedUser = {
  id: string;
  /** Shown once to the admin when credential = "password". */
  oneTimePassword?: string;
  /** Shown once (as a link) when credential = "invite". */
  inviteToken?: string;
  inviteExpiresAt?: Date;
};

/** Admin creates an account with a one-time password or an invitation link, attached to employers. */
export const createUser = actingFor(async function createUser(actor: TCurrentUser, input: z.output<typeof ZCreateUser>): Promise<TCreatedUser> {
  assertCan(actor, "user:manage");
  assertRecentSecondFactor(actor);

  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", "validation.emailTaken", { field: "email" });

  const employerIds = [...new Set(input.employerIds)];
  const found = await prisma.employer.count({ where: { id: { in: employerIds } } });
  if (found !== employerIds.length) throw new AppError("invalid", "validation.unknownEmployer", { field: "employerIds" });
  if (input.unionId !== null) {
    const union = await prisma.union.findUnique({ where: { id: input.unionId }, select: { id: true } });
    if (!union) throw new AppError("invalid", "unions.validation.unknownUnion", { field: "unionId" });
    // A rep works for their union at an employer only where it is present (its scopes need both).
    if (input.role === "rep") await assertUnionPresent(input.unionId, employerIds);
  }

  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        unionId: input.unionId,
        employers: { create: employerIds.map((employerId) => ({ employerId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      changes: {
        role: { before: null, after: input.role },
        unionId: { before: null, after: input.unionId },
        employerIds: { before: [], after: employerIds },
        credential: { before: null, after: input.credential },
      },
    });
    if (input.credential === "password") {
      return { id: user.id, oneTimePassword: await issueOneTimePassword(tx, user.id) };
    }
    const invite = await issueInvite(tx, user.id, actor.id);
    return { id: user.id, inviteToken: invite.token, inviteExpiresAt: invite.expiresAt };
  });
});
