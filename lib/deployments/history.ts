import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

export type THistoryChange = {
  field: string;
  before: unknown;
  after: unknown;
  /** Display names for fields holding an id (tool, rep in charge, employer). */
  beforeLabel?: string;
  afterLabel?: string;
};

export type THistoryEntry = {
  id: string;
  /** ISO timestamp. */
  at: string;
  action: string;
  authorName: string | null;
  changes: THistoryChange[];
};

/** Entity types whose audit rows are keyed by the case id: the case itself and its consultation. */
const CASE_ENTITY_TYPES = ["case", "consultation"];

type TLabelKind = "user" | "tool" | "employer";
const ID_FIELDS: Record<string, TLabelKind> = { repInChargeId: "user", toolId: "tool", employerId: "employer" };

function changesOf(json: Prisma.JsonValue): THistoryChange[] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return [];
  // The version is concurrency bookkeeping (read by the conflict query), not a fact users changed.
  return Object.entries(json)
    .filter(([field]) => field !== "version")
    .map(([field, change]) => {
    const { before = null, after = null } = (change ?? {}) as { before?: unknown; after?: unknown };
    return { field, before, after };
  });
}

async function labelsFor(ids: Record<TLabelKind, Set<string>>): Promise<Map<string, string>> {
  const [users, tools, employers] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: [...ids.user] } }, select: { id: true, name: true } }),
    prisma.aiTool.findMany({ where: { id: { in: [...ids.tool] } }, select: { id: true, vendor: true, productName: true } }),
    prisma.employer.findMany({ where: { id: { in: [...ids.employer] } }, select: { id: true, legalName: true } }),
  ]);
  return new Map([
    ...users.map((user) => [user.id, user.name] as const),
    ...tools.map((tool) => [tool.id, `${tool.vendor} — ${tool.productName}`] as const),
    ...employers.map((employer) => [employer.id, employer.legalName] as const),
  ]);
}

/** Replaces raw ids by names so the history reads "Claire Martin → Paul Durand", not two uuids. */
async function withLabels(entries: THistoryEntry[]): Promise<THistoryEntry[]> {
  const ids: Record<TLabelKind, Set<string>> = { user: new Set(), tool: new Set(), employer: new Set() };
  for (const change of entries.flatMap((entry) => entry.changes)) {
    const kind = ID_FIELDS[change.field];
    if (!kind) continue;
    for (const value of [change.before, change.after]) if (typeof value === "string") ids[kind].add(value);
  }
  const labels = await labelsFor(ids);
  const label = (value: unknown) => (typeof value === "string" ? labels.get(value) : undefined);
  return entries.map((entry) => ({
    ...entry,
    changes: entry.changes.map((change) =>
      ID_FIELDS[change.field] ? { ...change, beforeLabel: label(change.before), afterLabel: label(change.after) } : change,
    ),
  }));
}

/**
 * The audit trail of one case, newest first. Unscoped: callers check the actor's access to the case
 * first. `newerThanVersion` keeps only the changes saved after that version (a conflict's cause).
 */
export async function readCaseHistory(caseId: string, options: { newerThanVersion?: number } = {}): Promise<THistoryEntry[]> {
  const where: Prisma.AuditEventWhereInput = { entityType: { in: CASE_ENTITY_TYPES }, entityId: caseId };
  const rows = await prisma.auditEvent.findMany({
    where:
      options.newerThanVersion === undefined
        ? where
        : { ...where, changes: { path: ["version", "after"], gt: options.newerThanVersion } },
    select: { id: true, at: true, action: true, changes: true, actor: { select: { name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  return withLabels(
    rows.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      action: row.action,
      authorName: row.actor?.name ?? null,
      changes: changesOf(row.changes),
    })),
  );
}
