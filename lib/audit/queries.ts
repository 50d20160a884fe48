import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { addDays, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";

import type { TAuditQuery } from "./schemas";
import { actingFor } from "@/lib/db-context";

export const AUDIT_PAGE_SIZE = 50;
/** The CSV export stops here: a larger extract is narrowed with the filters first. */
export const AUDIT_EXPORT_MAX = 50_000;

export type TAuditRow = {
  id: string;
  at: Date;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
};

const PARIS_HOUR = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "2-digit", hourCycle: "h23" });

/** 00:00 in Paris on that day, as an instant (Paris is UTC+1 or UTC+2). */
export function parisDayStart(day: TCalendarDate): Date {
  const midnightUtc = new Date(`${day}T00:00:00.000Z`).getTime();
  for (const hours of [1, 2]) {
    const candidate = new Date(midnightUtc - hours * 3_600_000);
    if (PARIS_HOUR.format(candidate) === "00") return candidate;
  }
  return new Date(midnightUtc);
}

/** The filters as a where clause. Invariant: an absent filter is left out, never passed as undefined. */
function whereOf(query: TAuditQuery): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (query.actor) and.push({ actor: { email: { contains: query.actor, mode: "insensitive" } } });
  if (query.action) and.push(query.action.endsWith(".") ? { action: { startsWith: query.action } } : { action: query.action });
  if (query.entityId) and.push({ entityId: query.entityId });
  if (query.from) and.push({ at: { gte: parisDayStart(query.from) } });
  if (query.to) and.push({ at: { lt: parisDayStart(addDays(query.to, 1)) } });
  return { AND: and };
}

const SELECT = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  actor: { select: { email: true, name: true } },
} satisfies Prisma.AuditEventSelect;

type TSelected = Prisma.AuditEventGetPayload<{ select: typeof SELECT }>;

const toRow = (row: TSelected): TAuditRow => ({
  id: row.id.toString(),
  at: row.at,
  actorEmail: row.actor?.email ?? null,
  actorName: row.actor?.name ?? null,
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
});

/**
 * One page of the audit trail, newest first, for admins. Keyset pagination on the id (ids grow with
 * every insert, and rows are never updated): `nextBefore` is the cursor of the next page, or null.
 */
export const listAuditEvents = actingFor(async function listAuditEvents(actor: TCurrentUser, query: TAuditQuery): Promise<{ rows: TAuditRow[]; nextBefore: string | null }> {
  assertCan(actor, "audit:read");
  const where = whereOf(query);
  const rows = await prisma.auditEvent.findMany({
    where: query.before ? { AND: [where, { id: { lt: BigInt(query.before) } }] } : where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: SELECT,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE).map(toRow);
  return { rows: page, nextBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null };
});

/**
 * Every row matching the filters (at most AUDIT_EXPORT_MAX, newest first) for the CSV export. The
 * export is itself audited by its route (read.audit_export).
 */
export const listAuditEventsForExport = actingFor(async function listAuditEventsForExport(actor: TCurrentUser, query: TAuditQuery): Promise<TAuditRow[]> {
  assertCan(actor, "audit:read");
  const rows = await prisma.auditEvent.findMany({ where: whereOf(query), orderBy: { id: "desc" }, take: AUDIT_EXPORT_MAX, select: SELECT });
  return rows.map(toRow);
});
