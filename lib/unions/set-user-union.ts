import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { TUserUnion } from "@/lib/unions/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * Admins put an account in a union (issue 15). A rep must belong to one; an admin or a viewer may be
 * instance-wide (null: the federation view for a viewer). Moving an account ends its calendar feed (the
 * feed listed the former union's deadlines) and its open sessions (sessionVersion), so no page keeps
 * showing the former union's records.
 */
export const setUserUnion = actingFor(async function setUserUnion(actor: TCurrentUser, input: TUserUnion): Promise<void> {
  assertCan(actor, "user:manage");
  assertCan(actor, "union:manage");
  const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, unionId: true } });
  if (!user) throw notFound();
  if (input.unionId === null && user.role === "rep") throw new AppError("invalid", "unions.validation.repNeedsUnion", { field: "unionId" });
  if (input.unionId !== null && !(await prisma.union.findUnique({ where: { id: input.unionId }, select: { id: true } }))) {
    throw new AppError("invalid", "unions.validation.unknownUnion", { field: "unionId" });
  }
  if (user.unionId === input.unionId) return;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { unionId: input.unionId, sessionVersion: { increment: 1 } } });
    await tx.calendarFeed.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.union",
      entityType: "user",
      entityId: user.id,
      changes: diffFields({ unionId: user.unionId }, { unionId: input.unionId }),
    });
  });
});
