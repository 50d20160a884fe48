import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { actingFor } from "@/lib/db-context";

/** Ends the actor's feed: its URL answers 404 from now on. A no-op when there is none. */
export const revokeCalendarFeed = actingFor(async function revokeCalendarFeed(actor: TCurrentUser): Promise<{ revoked: boolean }> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.calendarFeed.deleteMany({ where: { userId: actor.id } });
    if (count > 0) await recordAudit(tx, { actorId: actor.id, action: "calendar_feed.revoke", entityType: "user", entityId: actor.id });
    return { revoked: count > 0 };
  });
});
