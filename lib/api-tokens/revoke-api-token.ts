import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

/**
 * Revokes one of the actor's own tokens: its next request answers 401. Someone else's token, or an
 * already revoked one, answers 404 like a missing one.
 */
export const revokeApiToken = actingFor(async function revokeApiToken(actor: TCurrentUser, input: { tokenId: string }): Promise<{ revoked: true }> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: input.tokenId, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound();
    await recordAudit(tx, { actorId: actor.id, action: "api_token.revoke", entityType: "api_token", entityId: input.tokenId });
  });
  return { revoked: true };
});
