import "server-only";

import { getSessionClaims, type TCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

import { channelOf, NOTIFICATION_EVENTS, type TNotificationChannel, type TNotificationEvent } from "./events";
import { actingFor, runInDbContext } from "@/lib/db-context";

export const NOTIFICATIONS_PER_PAGE = 30;

/** The bell's figure: the user's unread notifications (their own only). */
export async function countUnreadNotifications(userId: string): Promise<number> {
  // The account's own context (row-level security, ADR 0037): its notifications only.
  return runInDbContext({ k: "user", id: userId }, () => prisma.notification.count({ where: { userId, readAt: null } }));
}

/**
 * The unread count of the account this request's session token names, so that a layout can run it side
 * by side with the session check instead of after it (issue 21: one round trip less on every page).
 * Invariant: it reads in that account's own context (its rows only), and the layouts render it only once
 * requireUser() has accepted the session; for a refused one the count is dropped with the redirect.
 */
export async function countUnreadForSession(): Promise<number> {
  const claims = await getSessionClaims();
  return claims ? countUnreadNotifications(claims.userId) : 0;
}

/** The user's notifications, newest first (only their own: the user id is the scope). */
export const listNotifications = actingFor(async function listNotifications(user: Pick<TCurrentUser, "id">, page: number) {
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
});

/** The channel in force for each event (stored choice or default). */
export const getNotificationPreferences = actingFor(async function getNotificationPreferences(user: Pick<TCurrentUser, "id">): Promise<Record<TNotificationEvent, TNotificationChannel>> {
  const rows = await prisma.notificationPreference.findMany({ where: { userId: user.id }, select: { event: true, channel: true } });
  const stored = new Map(rows.map((row) => [row.event, row.channel]));
  return Object.fromEntries(NOTIFICATION_EVENTS.map((event) => [event, channelOf(event, stored.get(event))])) as Record<
    TNotificationEvent,
    TNotificationChannel
  >;
});
