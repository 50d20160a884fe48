import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

import { readLegalCalendar } from "./calendar-store";
import type { TCalendarEntryData, TResetCalendarEntry } from "./calendar-schemas";
import { DEFAULT_LEGAL_CALENDAR, type TCalendarEntry, type TRuleId } from "./legal-calendar";
import { refreshAllCaseFlags } from "./refresh-flags";
import { actingFor } from "@/lib/db-context";

/** How the flags followed the edit: recomputed in the request, or after the response on a large database. */
export type TRecompute =
  | { kind: "done"; cases: number; changed: number; ms: number }
  | { kind: "deferred"; cases: number }
  | { kind: "failed" };

/** What the admin is told after a save (recompute null: nothing changed, so nothing to recompute). */
export type TCalendarSaveResult = { ruleId: TRuleId; changed: boolean; recompute: TRecompute | null };

/** Runs a task after the response has been sent (Next's `after`); tests and scripts leave it out. */
export type TDefer = (task: () => Promise<void>) => void;

/**
 * Up to this many cases the flags are recomputed before answering (about a second on the 2-core dev
 * machine); above, after the response. Measured: 20,000 cases take 5 to 6 s, more under load (docs/decisions/0018).
 */
export const INLINE_RECOMPUTE_MAX_CASES = 2000;

/** The entry as the audit trail shows it: every field, an absent note as null. */
const auditedEntry = (entry: TCalendarEntry) => ({ ...entry, note: entry.note ?? null });

async function recomputeNow(): Promise<TRecompute> {
  const started = performance.now();
  try {
    const { cases, changed } = await refreshAllCaseFlags(prisma);
    return { kind: "done", cases, changed, ms: Math.round(performance.now() - started) };
  } catch (error) {
    logger.error({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, "flags recompute after a calendar edit failed");
    return { kind: "failed" };
  }
}

/**
 * Every case's stored flags follow the calendar in force (refresh-flags.ts): recomputed right after the
 * edit commits, in short batches, in the request or (large databases, with `defer`) just after it. A
 * failure does not undo the edit: it is logged and reported, and the nightly `compliance:refresh` redoes it.
 */
async function recomputeAfterEdit(defer: TDefer | undefined): Promise<TRecompute> {
  const cases = await prisma.deployment.count();
  if (!defer || cases <= INLINE_RECOMPUTE_MAX_CASES) return recomputeNow();
  defer(async () => {
    const result = await recomputeNow();
    logger.info({ result }, "flags recomputed after a calendar edit");
  });
  return { kind: "deferred", cases };
}

/**
 * Replaces one rule's entry (a postponement, a change of legal status, a better source). The audit row
 * holds the entry before and after; then every case's flags are recomputed, so a moved date changes
 * the flags with no code change.
 */
export const saveCalendarEntry = actingFor(async function saveCalendarEntry(
  actor: TCurrentUser,
  { ruleId, note, ...input }: TCalendarEntryData,
  options: { defer?: TDefer } = {},
): Promise<TCalendarSaveResult> {
  assertCan(actor, "legal-calendar:manage");
  const changed = await prisma.$transaction(async (tx) => {
    const before = (await readLegalCalendar(tx))[ruleId];
    const after: TCalendarEntry = { ...input, ...(note ? { note } : {}) };
    const changes = diffFields(auditedEntry(before), auditedEntry(after));
    if (Object.keys(changes).length === 0) return false;
    const data = { appliesFrom: fromCalendarDate(input.appliesFrom), legalStatus: input.legalStatus, source: input.source, tag: input.tag, note, updatedById: actor.id };
    await tx.legalCalendarEntry.upsert({ where: { ruleId }, create: { ruleId, ...data }, update: data });
    await recordAudit(tx, { actorId: actor.id, action: "legal_calendar.update", entityType: "legal_calendar", entityId: ruleId, changes });
    return true;
  });
  return { ruleId, changed, recompute: changed ? await recomputeAfterEdit(options.defer) : null };
});

/** Back to the default entry of lib/compliance/legal-calendar.ts (the admin row is deleted), audited. */
export const resetCalendarEntry = actingFor(async function resetCalendarEntry(actor: TCurrentUser, { ruleId }: TResetCalendarEntry, options: { defer?: TDefer } = {}): Promise<TCalendarSaveResult> {
  assertCan(actor, "legal-calendar:manage");
  const changed = await prisma.$transaction(async (tx) => {
    const before = (await readLegalCalendar(tx))[ruleId];
    const { count } = await tx.legalCalendarEntry.deleteMany({ where: { ruleId } });
    if (count === 0) return false;
    const changes = diffFields(auditedEntry(before), auditedEntry(DEFAULT_LEGAL_CALENDAR[ruleId]));
    await recordAudit(tx, { actorId: actor.id, action: "legal_calendar.reset", entityType: "legal_calendar", entityId: ruleId, changes });
    return true;
  });
  return { ruleId, changed, recompute: changed ? await recomputeAfterEdit(options.defer) : null };
});
