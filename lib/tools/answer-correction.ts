import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { closeCorrection } from "@/lib/tools/decide-correction";
import type { TAnswerCorrection } from "@/lib/tools/schemas";
import { unionsUsingTool } from "@/lib/tools/usage";
import { actingFor } from "@/lib/db-context";

/**
 * A rep answers, for their union, another union's pending correction of a tool their union's cases use
 * (issue 15, point 2). A refusal closes it; the last acceptance applies it. A correction the actor's
 * union has no say in (its own, one of a tool it does not use, a decided one) is "not found".
 */
export const answerToolCorrection = actingFor(async function answerToolCorrection(actor: TCurrentUser, input: TAnswerCorrection): Promise<{ status: "pending" | "accepted" | "refused" }> {
  assertCan(actor, "tool:correction:answer");
  const unionId = actor.unionId;
  if (!unionId) throw notFound();
  const correction = await prisma.toolCorrection.findFirst({
    where: { id: input.correctionId, status: "pending", unionId: { not: unionId }, tool: { deployments: { some: { unionId } } } },
    select: { id: true, toolId: true, unionId: true, proposed: true, previous: true },
  });
  if (!correction) throw notFound();
  return prisma.$transaction(async (tx) => {
    await tx.toolCorrectionAnswer.upsert({
      where: { correctionId_unionId: { correctionId: correction.id, unionId } },
      create: { correctionId: correction.id, unionId, accepted: input.accept, userId: actor.id },
      update: { accepted: input.accept, userId: actor.id, answeredAt: new Date() },
    });
    if (!input.accept) {
      await closeCorrection(tx, correction, false, actor.id, null);
      return { status: "refused" as const };
    }
    const needed = (await unionsUsingTool(tx, correction.toolId)).filter((id) => id !== correction.unionId);
    const accepted = new Set(
      (await tx.toolCorrectionAnswer.findMany({ where: { correctionId: correction.id, accepted: true }, select: { unionId: true } })).map((row) => row.unionId),
    );
    if (!needed.every((id) => accepted.has(id))) return { status: "pending" as const };
    await closeCorrection(tx, correction, true, actor.id, null);
    return { status: "accepted" as const };
  });
});
