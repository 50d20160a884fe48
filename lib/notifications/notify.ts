import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { prisma } from "@/lib/db";

import { channelOf, emailStateFor, type TNotificationChannel, type TNotificationEvent, type TNotificationParams } from "./events";

type TDb = Pick<typeof prisma, "notification" | "notificationPreference" | "user">;

export type TNotifyInput<E extends TNotificationEvent> = {
  event: E;
  userIds: readonly string[];
  /** Unique per user: notifying the same key again adds nothing (rescans, retries). */
  dedupKey: string;
  params: TNotificationParams[E];
  link: string;
  deploymentId?: string | null;
  /** Report events: the day only (ADR 0010), never the minute. Defaults to now. */
  createdAt?: Date;
};

/**
 * Notifies users of one event, each by the channel they chose for it (or its default): nothing for
 * "off", an in-app row otherwise, marked for an immediate e-mail or for the digest. Deactivated users
 * get nothing. Returns how many rows were created (duplicates of the key are skipped).
 */
export async function notify<E extends TNotificationEvent>(db: TDb, input: TNotifyInput<E>): Promise<number> {
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return 0;
  const [users, preferences] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids }, deactivatedAt: null }, select: { id: true } }),
    db.notificationPreference.findMany({ where: { userId: { in: ids }, event: input.event }, select: { userId: true, channel: true } }),
  ]);
  const chosen = new Map<string, TNotificationChannel>(preferences.map((row) => [row.userId, row.channel]));
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const user of users) {
    const channel = channelOf(input.event, chosen.get(user.id));
    if (channel === "off") continue;
    rows.push({
      userId: user.id,
      event: input.event,
      dedupKey: input.dedupKey,
      params: input.params,
      link: input.link,
      deploymentId: input.deploymentId ?? null,
      emailState: emailStateFor(channel),
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    });
  }
  if (rows.length === 0) return 0;
  const { count } = await db.notification.createMany({ data: rows, skipDuplicates: true });
  return count;
}
