import "server-only";

import { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TUnionData } from "@/lib/unions/schemas";
import { actingFor } from "@/lib/db-context";

/** A name or short name another union has: an error on that field (the unique indexes are the real check). */
export function unionTaken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = JSON.stringify(error.meta ?? {});
    throw new AppError("conflict", "unions.validation.taken", { field: target.includes("short_name") || target.includes("shortName") ? "shortName" : "name" });
  }
  throw error;
}

/** Admins add a union to the instance (issue 15). */
export const createUnion = actingFor(async function createUnion(actor: TCurrentUser, input: TUnionData): Promise<{ id: string }> {
  assertCan(actor, "union:manage");
  const clash = await prisma.union.findFirst({
    where: { OR: [{ name: { equals: input.name, mode: "insensitive" } }, { shortName: { equals: input.shortName, mode: "insensitive" } }] },
    select: { name: true },
  });
  if (clash) throw new AppError("conflict", "unions.validation.taken", { field: clash.name.toLowerCase() === input.name.toLowerCase() ? "name" : "shortName" });
  try {
    return await prisma.$transaction(async (tx) => {
      const union = await tx.union.create({ data: input, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "union.create", entityType: "union", entityId: union.id, changes: diffFields({}, input) });
      return union;
    });
  } catch (error) {
    return unionTaken(error);
  }
});
