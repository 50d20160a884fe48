import "server-only";

import { cache } from "react";

import { toCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";

import { DEFAULT_LEGAL_CALENDAR, RULE_IDS, ZLegalCalendar, type TLegalCalendar, type TRuleId } from "./legal-calendar";

/**
 * The legal calendar in force: the defaults of lib/compliance/legal-calendar.ts, overridden rule by rule
 * by the admins' edits (table legal_calendar). Rows for rules the code no longer knows are ignored; the
 * result is validated like any calendar given to the engine. Cached per request.
 */
export const getLegalCalendar = cache(async (): Promise<TLegalCalendar> => {
  const rows = await prisma.legalCalendarEntry.findMany();
  const calendar: Record<string, unknown> = { ...DEFAULT_LEGAL_CALENDAR };
  for (const row of rows) {
    if (!(RULE_IDS as readonly string[]).includes(row.ruleId)) continue;
    calendar[row.ruleId as TRuleId] = {
      appliesFrom: toCalendarDate(row.appliesFrom),
      legalStatus: row.legalStatus,
      source: row.source,
      tag: row.tag,
      ...(row.note ? { note: row.note } : {}),
    };
  }
  return ZLegalCalendar.parse(calendar);
});
