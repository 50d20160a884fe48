import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { closeCorrection } from "@/lib/tools/decide-correction";
import type { TArbitrateCorrection } from "@/lib/tools/schemas";
import { actingFor } from "@/lib/db-context";

/** An admin decides a pending correction instead of the unions (issue 15, point 2): applied or refused at once. */
export const arbitrateToolCorrection = actingFor(async function arbitrateToolCorrection(actor: TCurrentUser, input: TArbitrateCorrection): Promise<{ status: "accepted" | "refused" }> {
  assertCan(actor, "tool:correction:arbitrate");
  const correction = await prisma.toolCorrection.findFirst({
    where: { id: input.correctionId, status: "pending" },
    select: { id: true, toolId: true, unionId: true, proposed: true, previous: true },
  });
  if (!correction) throw notFound();
  await prisma.$transaction((tx) => closeCorrection(tx, correction, input.accept, actor.id, actor.id));
  return { status: input.accept ? "accepted" : "refused" };
});
