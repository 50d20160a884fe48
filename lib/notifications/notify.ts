import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { prisma } from "@/lib/db";

import { channelOf, emailStateFor, type TNotificationChannel, type TNotificationEvent, type TNotificationParams } from "./events";

type TDb = Pick<typeof prisma, "notification" | "notificationPreference" | "user" | "deployment">;

export type TNotifyItem<E extends TNotificationEvent> = {
  userIds: readonly string[];
  /** Unique per user: notifying the same key again adds nothing (rescans, retries). */
  dedupKey: string;
  params: TNotificationParams[E];
  link: string;
  deploymentId?: string | null;
  /** The union whose record it is about (report copy, tool correction); a case's is read from the case. */
  unionId?: string | null;
  /** Report events: the day only (ADR 0010), never the minute. Defaults to now. */
  createdAt?: Date;
};

export type TNotifyInput<E extends TNotificationEvent> = TNotifyItem<E> & { event: E };

const CHUNK = 1000;

/**
 * Notifies users of one event, each by the channel they chose for it (or its default): nothing for
 * "off", an in-app row otherwise, marked for an immediate e-mail or for the digest. Deactivated users
 * get nothing. Returns how many rows were created (duplicates of the key are skipped).
 */
export async function notify<E extends TNotificationEvent>(db: TDb, input: TNotifyInput<E>): Promise<number> {
  return notifyMany(db, input.event, [input]);
}

/** notify() for many items of one event, in a few queries whatever their number (reminder scans). */
export async function notifyMany<E extends TNotificationEvent>(db: TDb, event: E, items: readonly TNotifyItem<E>[]): Promise<number> {
  const ids = [...new Set(items.flatMap((item) => item.userIds))];
  if (ids.length === 0) return 0;
  const [users, preferences] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids }, deactivatedAt: null }, select: { id: true } }),
    db.notificationPreference.findMany({ where: { userId: { in: ids }, event }, select: { userId: true, channel: true } }),
  ]);
  const active = new Set(users.map((user) => user.id));
  const caseIds = [...new Set(items.flatMap((item) => (item.deploymentId && item.unionId === undefined ? [item.deploymentId] : [])))];
  const caseUnion = new Map(
    caseIds.length === 0
      ? []
      : (await db.deployment.findMany({ where: { id: { in: caseIds } }, select: { id: true, unionId: true } })).map((row) => [row.id, row.unionId]),
  );
  const chosen = new Map<string, TNotificationChannel>(preferences.map((row) => [row.userId, row.channel]));
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const item of items) {
    for (const userId of new Set(item.userIds)) {
      if (!active.has(userId)) continue;
      const channel = channelOf(event, chosen.get(userId));
      if (channel === "off") continue;
      rows.push({
        userId,
        event,
        dedupKey: item.dedupKey,
        params: item.params,
        link: item.link,
        deploymentId: item.deploymentId ?? null,
        unionId: item.unionId ?? (item.deploymentId ? (caseUnion.get(item.deploymentId) ?? null) : null),
        emailState: emailStateFor(channel),
        ...(item.createdAt ? { createdAt: item.createdAt } : {}),
      });
    }
  }
  let created = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    created += (await db.notification.createMany({ data: rows.slice(start, start + CHUNK), skipDuplicates: true })).count;
  }
  return created;
}
