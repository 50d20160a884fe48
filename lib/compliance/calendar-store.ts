import "server-only";

import { cache } from "react";

import type { Prisma } from "@/generated/prisma/client";
import { toCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";

import { DEFAULT_LEGAL_CALENDAR, RULE_IDS, ZLegalCalendar, type TLegalCalendar, type TRuleId } from "./legal-calendar";

type TCalendarDb = Pick<Prisma.TransactionClient, "legalCalendarEntry">;

export const isRuleId = (value: string): value is TRuleId => (RULE_IDS as readonly string[]).includes(value);

/**
 * The legal calendar in force: the defaults of lib/compliance/legal-calendar.ts, overridden rule by rule
 * by the admins' edits (table legal_calendar). Rows for rules the code no longer knows are ignored; the
 * result is validated like any calendar given to the engine. `db` may be a transaction, so that a
 * calendar edit and the flags recomputed from it read the same calendar.
 */
export async function readLegalCalendar(db: TCalendarDb): Promise<TLegalCalendar> {
  const rows = await db.legalCalendarEntry.findMany();
  const calendar: Record<string, unknown> = { ...DEFAULT_LEGAL_CALENDAR };
  for (const row of rows) {
    if (!isRuleId(row.ruleId)) continue;
    calendar[row.ruleId] = {
      appliesFrom: toCalendarDate(row.appliesFrom),
      legalStatus: row.legalStatus,
      source: row.source,
      tag: row.tag,
      ...(row.note ? { note: row.note } : {}),
      // The transition rule is law, not a date: it stays with the rule whatever the admin edits.
      ...(DEFAULT_LEGAL_CALENDAR[row.ruleId].transition ? { transition: DEFAULT_LEGAL_CALENDAR[row.ruleId].transition } : {}),
    };
  }
  return ZLegalCalendar.parse(calendar);
}

/** readLegalCalendar on the app's client, cached per request. */
export const getLegalCalendar = cache(async (): Promise<TLegalCalendar> => readLegalCalendar(prisma));
