import "server-only";

import { todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { env } from "@/lib/env";

import { toFeedEvent, type TTranslate } from "./feed-events";
import { buildFeedIcs } from "./ics";
import { findFeedOwner, listFeedItems } from "./queries";

/**
 * The iCalendar text behind a feed URL, or null when the token opens nothing (malformed, unknown,
 * revoked, replaced, or its owner deactivated). No session: the secret URL is the credential.
 */
export async function buildCalendarFeed(token: string, t: TTranslate, today: TCalendarDate = todayInParis()): Promise<string | null> {
  const owner = await findFeedOwner(token);
  if (!owner) return null;
  const items = await listFeedItems(owner, today);
  return buildFeedIcs(
    items.map((item) => toFeedEvent(item, t, env().APP_URL)),
    { name: t("letters.feed.calendarName") },
  );
}
