import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { unionTaken } from "@/lib/unions/create-union";
import type { TRenameUnion } from "@/lib/unions/schemas";
import { actingFor } from "@/lib/db-context";

/** Admins rename a union (e.g. the default "Syndicat" of a migrated instance). */
export const renameUnion = actingFor(async function renameUnion(actor: TCurrentUser, { id, ...input }: TRenameUnion): Promise<{ id: string }> {
  assertCan(actor, "union:manage");
  const before = await prisma.union.findUnique({ where: { id }, select: { name: true, shortName: true } });
  if (!before) throw notFound();
  const changes = diffFields(before, input);
  if (Object.keys(changes).length === 0) return { id };
  try {
    await prisma.$transaction(async (tx) => {
      await tx.union.update({ where: { id }, data: input });
      await recordAudit(tx, { actorId: actor.id, action: "union.rename", entityType: "union", entityId: id, changes });
    });
  } catch (error) {
    unionTaken(error);
  }
  return { id };
});
