import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

import { readLegalCalendar } from "./calendar-store";
import { RULES } from "./evaluate";
import { DEFAULT_LEGAL_CALENDAR, RULE_IDS, type TCalendarEntry, type TRuleId } from "./legal-calendar";
import { actingFor } from "@/lib/db-context";

export type TCalendarRow = {
  ruleId: TRuleId;
  /** The articles the rule rests on (to recognise it next to its French title). */
  articles: readonly string[];
  entry: TCalendarEntry;
  defaults: TCalendarEntry;
  /** The entry differs from the default: an admin moved a date, a status, a source… */
  isModified: boolean;
  /** Who saved the admin entry, and when (null: the default was never edited). */
  updatedAt: Date | null;
  updatedByName: string | null;
};

const SAME_FIELDS = ["appliesFrom", "legalStatus", "source", "tag", "note"] as const;

export function isSameEntry(a: TCalendarEntry, b: TCalendarEntry): boolean {
  return SAME_FIELDS.every((field) => (a[field] ?? null) === (b[field] ?? null));
}

/** Every rule with its entry in force, its default and whether an admin changed it. Admins only. */
export const listCalendarRows = actingFor(async function listCalendarRows(actor: TCurrentUser): Promise<TCalendarRow[]> {
  assertCan(actor, "legal-calendar:manage");
  const [calendar, rows] = await Promise.all([
    readLegalCalendar(prisma),
    prisma.legalCalendarEntry.findMany({ select: { ruleId: true, updatedAt: true, updatedById: true } }),
  ]);
  const editorIds = [...new Set(rows.map((row) => row.updatedById).filter((id): id is string => id !== null))];
  const editors = await prisma.user.findMany({ where: { id: { in: editorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(editors.map((user) => [user.id, user.name]));
  const articlesOf = new Map(RULES.map((rule) => [rule.id, rule.articles]));
  return RULE_IDS.map((ruleId) => {
    const row = rows.find((candidate) => candidate.ruleId === ruleId);
    const entry = calendar[ruleId];
    const defaults = DEFAULT_LEGAL_CALENDAR[ruleId];
    return {
      ruleId,
      articles: articlesOf.get(ruleId) ?? [],
      entry,
      defaults,
      isModified: !isSameEntry(entry, defaults),
      updatedAt: row?.updatedAt ?? null,
      updatedByName: row?.updatedById ? (nameOf.get(row.updatedById) ?? null) : null,
    };
  });
});

/** One rule's row; an unknown rule id answers not found. Admins only. */
export const getCalendarRow = actingFor(async function getCalendarRow(actor: TCurrentUser, ruleId: string): Promise<TCalendarRow> {
  const rows = await listCalendarRows(actor);
  const row = rows.find((candidate) => candidate.ruleId === ruleId);
  if (!row) throw notFound();
  return row;
});
