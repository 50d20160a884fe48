import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { channelsFor, type TNotificationEvent } from "./events";
import type { TNotificationPreferences } from "./schemas";
import { actingFor } from "@/lib/db-context";

/** Saves the actor's own choices. A channel an event does not offer (report e-mail at once) is refused. */
export const saveNotificationPreferences = actingFor(async function saveNotificationPreferences(actor: TCurrentUser, input: TNotificationPreferences): Promise<{ saved: number }> {
  const entries = Object.entries(input.channels) as [TNotificationEvent, NonNullable<TNotificationPreferences["channels"][TNotificationEvent]>][];
  for (const [event, channel] of entries) {
    if (!channelsFor(event).includes(channel)) {
      throw new AppError("invalid", "notifications.errors.channelNotOffered", { field: `channels.${event}` });
    }
  }
  await prisma.$transaction(
    entries.map(([event, channel]) =>
      prisma.notificationPreference.upsert({
        where: { userId_event: { userId: actor.id, event } },
        create: { userId: actor.id, event, channel },
        update: { channel },
      }),
    ),
  );
  return { saved: entries.length };
});
