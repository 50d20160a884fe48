import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { canReadCases } from "@/lib/deployments/list";
import { forbidden } from "@/lib/errors";

import { feedUrl, generateFeedToken, hashFeedToken } from "./token";
import { actingFor } from "@/lib/db-context";

/**
 * Gives the actor a new secret feed URL, returned once. A previous URL stops working at once (its
 * hash is replaced). Only roles that read cases have deadlines to follow. The audit row says that a
 * feed was issued, never the token.
 */
export const issueCalendarFeed = actingFor(async function issueCalendarFeed(actor: TCurrentUser): Promise<{ url: string }> {
  if (!canReadCases(actor)) throw forbidden();
  const token = generateFeedToken();
  const tokenHash = hashFeedToken(token);
  await prisma.$transaction(async (tx) => {
    const previous = await tx.calendarFeed.findUnique({ where: { userId: actor.id }, select: { userId: true } });
    await tx.calendarFeed.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, unionId: actor.unionId, tokenHash },
      update: { tokenHash, unionId: actor.unionId, createdAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: previous ? "calendar_feed.regenerate" : "calendar_feed.create",
      entityType: "user",
      entityId: actor.id,
    });
  });
  return { url: feedUrl(token) };
});
