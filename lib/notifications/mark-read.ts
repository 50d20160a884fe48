import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

import type { TMarkRead } from "./schemas";
import { actingFor } from "@/lib/db-context";

/** Marks one of the actor's notifications read. Someone else's is "not found", like a missing one. */
export const markNotificationRead = actingFor(async function markNotificationRead(actor: TCurrentUser, input: TMarkRead): Promise<{ id: string }> {
  const { count } = await prisma.notification.updateMany({
    where: { id: input.id, userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  if (count === 0) {
    const own = await prisma.notification.count({ where: { id: input.id, userId: actor.id } });
    if (own === 0) throw new AppError("not_found", "notifications.errors.notFound");
  }
  return { id: input.id };
});

export const markAllNotificationsRead = actingFor(async function markAllNotificationsRead(actor: TCurrentUser): Promise<{ count: number }> {
  const { count } = await prisma.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { count };
});
