import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { CLOSED_CASE_STATUSES } from "@/lib/letters/kinds";
import { protectCount, type TProtectedCount } from "@/lib/reports/small-numbers";
import { asSystem } from "@/lib/db-context";

/** One union's activity as the federation sees it: counts only, never a case, a name or a text. */
export type TFederationRow = {
  shortName: string;
  name: string;
  employers: number;
  cases: TProtectedCount;
  openCases: TProtectedCount;
  /** Cases with a confirmed compliance flag. */
  flaggedCases: TProtectedCount;
  reports: TProtectedCount;
};
export type TFederationView = { unions: TFederationRow[]; total: Omit<TFederationRow, "shortName" | "name"> };

/**
 * The federation view (issue 15, point 4): for an instance-wide viewer (no union), aggregates across the
 * unions, every count under SMALL_COUNT_THRESHOLD shown as "fewer than", never any case detail. Anyone
 * else gets `not_found`, like a page that does not exist.
 */
// Aggregates across every union by design (issue 15, point 4): read as `system` once the permission is checked.
export const getFederationView = asSystem(async function getFederationView(actor: TCurrentUser): Promise<TFederationView> {
  if (!can(actor.role, "federation:read") || actor.unionId !== null) throw notFound();
  const threshold = env().SMALL_COUNT_THRESHOLD;
  const open = { status: { notIn: [...CLOSED_CASE_STATUSES] } };
  const [unions, cases, openCases, flagged, reports] = await Promise.all([
    prisma.union.findMany({ select: { id: true, name: true, shortName: true, _count: { select: { employers: true } } }, orderBy: { shortName: "asc" } }),
    prisma.deployment.groupBy({ by: ["unionId"], _count: { _all: true } }),
    prisma.deployment.groupBy({ by: ["unionId"], where: open, _count: { _all: true } }),
    prisma.deployment.groupBy({ by: ["unionId"], where: { flags: { some: { status: "confirmed" } } }, _count: { _all: true } }),
    prisma.memberReport.groupBy({ by: ["unionId"], where: { status: { not: "duplicate" } }, _count: { _all: true } }),
  ]);
  const countOf = (rows: { unionId: string; _count: { _all: number } }[], unionId: string) => rows.find((row) => row.unionId === unionId)?._count._all ?? 0;
  const sum = (rows: { _count: { _all: number } }[]) => rows.reduce((total, row) => total + row._count._all, 0);
  return {
    unions: unions.map((union) => ({
      shortName: union.shortName,
      name: union.name,
      employers: union._count.employers,
      cases: protectCount(countOf(cases, union.id), threshold),
      openCases: protectCount(countOf(openCases, union.id), threshold),
      flaggedCases: protectCount(countOf(flagged, union.id), threshold),
      reports: protectCount(countOf(reports, union.id), threshold),
    })),
    total: {
      employers: await prisma.employer.count({ where: { unions: { some: {} } } }),
      cases: protectCount(sum(cases), threshold),
      openCases: protectCount(sum(openCases), threshold),
      flaggedCases: protectCount(sum(flagged), threshold),
      reports: protectCount(sum(reports), threshold),
    },
  };
});
