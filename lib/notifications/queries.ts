import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

import { channelOf, NOTIFICATION_EVENTS, type TNotificationChannel, type TNotificationEvent } from "./events";

export const NOTIFICATIONS_PER_PAGE = 30;

/** The bell's figure: the user's unread notifications (their own only). */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** The user's notifications, newest first (only their own: the user id is the scope). */
export async function listNotifications(user: Pick<TCurrentUser, "id">, page: number) {
  const [items, total, unread] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
      select: { id: true, event: true, params: true, link: true, createdAt: true, readAt: true },
    }),
    prisma.notification.count({ where: { userId: user.id } }),
    countUnreadNotifications(user.id),
  ]);
  return { items, total, unread, pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)) };
}

/** The channel in force for each event (stored choice or default). */
export async function getNotificationPreferences(user: Pick<TCurrentUser, "id">): Promise<Record<TNotificationEvent, TNotificationChannel>> {
  const rows = await prisma.notificationPreference.findMany({ where: { userId: user.id }, select: { event: true, channel: true } });
  const stored = new Map(rows.map((row) => [row.event, row.channel]));
  return Object.fromEntries(NOTIFICATION_EVENTS.map((event) => [event, channelOf(event, stored.get(event))])) as Record<
    TNotificationEvent,
    TNotificationChannel
  >;
}
