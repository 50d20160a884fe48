/**
 * The deadline feed as iCalendar (RFC 5545), written with the `ics` package (pinned): all-day events
 * (DTSTART;VALUE=DATE, the next day as DTEND) because legal deadlines are days, not times; UIDs that
 * stay the same from one fetch to the next, so a moved deadline moves in the reader's calendar instead
 * of appearing twice. Pure.
 */
import { createEvents, type EventAttributes } from "ics";

import { addDays, type TCalendarDate } from "@/lib/consultations/calendar-date";

export type TFeedEvent = {
  /** Stable across fetches: the same deadline, task or letter always has the same UID. */
  uid: string;
  date: TCalendarDate;
  summary: string;
  description: string;
  url: string;
  /** Reminders in the reader's calendar (VALARM): days before the day, each at 09:00 that day. */
  alarms?: { daysBefore: number; description: string }[];
};

/** All-day events start at 00:00: a reminder n days before, at 09:00, is n days minus 9 hours earlier. */
const ALARM_HOUR = 9;

const toDateArray = (date: TCalendarDate): [number, number, number] => date.split("-").map(Number) as [number, number, number];

/** The calendar; `name` is what calendar apps show for the subscription. */
export function buildFeedIcs(events: readonly TFeedEvent[], { name }: { name: string }): string {
  const attributes = events.map(
    (event): EventAttributes => ({
      uid: event.uid,
      start: toDateArray(event.date),
      end: toDateArray(addDays(event.date, 1)),
      title: event.summary,
      description: event.description,
      url: event.url,
      transp: "TRANSPARENT",
      busyStatus: "FREE",
      categories: ["Vigie IA"],
      ...(event.alarms?.length
        ? {
            alarms: event.alarms.map((alarm) => ({
              action: "display" as const,
              description: alarm.description,
              trigger: { before: true, days: alarm.daysBefore - 1, hours: 24 - ALARM_HOUR },
            })),
          }
        : {}),
    }),
  );
  const { error, value } = createEvents(attributes, { productId: "-//Vigie IA//Echeances//FR", calName: name, method: "PUBLISH" });
  if (error || value === null) throw error ?? new Error("ics: no output");
  // All-day dates float; the zone tells calendar apps these are French legal days.
  return value.replace(/^(X-WR-CALNAME:.*)$/m, "$1\r\nX-WR-TIMEZONE:Europe/Paris");
}
