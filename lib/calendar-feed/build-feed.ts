import "server-only";

import { recordRead } from "@/lib/audit/record-read";
import { todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { channelOf } from "@/lib/notifications/events";
import { REMINDER_THRESHOLDS } from "@/lib/reminders/stages";

import { toFeedEvent, type TTranslate } from "./feed-events";
import { buildFeedIcs } from "./ics";
import { findFeedOwner, listFeedItems } from "./queries";

/**
 * The alarms legal deadlines get in a user's calendar: like the app's reminders (D-15, D-7, D-2),
 * unless the user turned deadline reminders off.
 */
export async function reminderAlarmDays(userId: string): Promise<number[]> {
  const preference = await prisma.notificationPreference.findUnique({
    where: { userId_event: { userId, event: "deadline_reminder" } },
    select: { channel: true },
  });
  if (channelOf("deadline_reminder", preference?.channel) === "off") return [];
  return REMINDER_THRESHOLDS.map((threshold) => threshold.days).sort((a, b) => b - a);
}

/**
 * The iCalendar text behind a feed URL, or null when the token opens nothing (malformed, unknown,
 * revoked, replaced, or its owner deactivated). No session: the secret URL is the credential.
 */
export async function buildCalendarFeed(token: string, t: TTranslate, today: TCalendarDate = todayInParis()): Promise<string | null> {
  const owner = await findFeedOwner(token);
  if (!owner) return null;
  await recordRead(owner.id, "read.calendar_feed", { type: "user", id: owner.id });
  const [items, alarmDays] = await Promise.all([listFeedItems(owner, today), reminderAlarmDays(owner.id)]);
  return buildFeedIcs(
    items.map((item) => toFeedEvent(item, t, env().APP_URL, alarmDays)),
    { name: t("letters.feed.calendarName") },
  );
}
