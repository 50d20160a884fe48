import "server-only";

/**
 * Dashboard reads (docs/decisions/0014, 0015). Each reads the maintained aggregates, brought up to date
 * first, in a handful of indexed queries, and applies lib/dashboards/access.ts: an employer the reader
 * may not see answers not_found, exactly like a missing one, and the sector dashboard lists and adds up
 * only the employers the reader may see. Readers are a signed-in user, or null for a visitor.
 */
import { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { addDays, todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { protectCount, type TProtectedCount } from "@/lib/reports/small-numbers";
import type { TSector } from "@/lib/employers/schemas";

import { canLinkCases, canLinkCasesOfOwnUnionOnly, canSeeDashboard, openVisibilities, ownEmployerIds, type TDashboardReader, type TVisibility } from "./access";
import { EMPTY_FIGURES, ratesOf, REPORT_WINDOW_DAYS, sumFigures, type TDashboardFigures, type TRates } from "./figures";
import { dashboardStatsWereCurrent, ensureDashboardStats } from "./refresh";
import { SECTOR_PAGE_SIZE, type TSectorQuery, type TSectorSort } from "./schemas";
import { actingFor } from "@/lib/db-context";

const TOP_REACH = 10;

export type TCount = { key: string; cases: number };
export type TToolCount = { id: string; vendor: string; productName: string; count: number };
export type TBreakdown = { phase: TCount[]; status: TCount[]; concern: TCount[]; monitor: TCount[]; month: TCount[]; flag: TCount[]; tool: TToolCount[] };

export type TEmployerDashboard = {
  employer: { id: string; legalName: string; sector: TSector; visibility: TVisibility };
  period: number;
  /** The day the figures were computed for (overdue deadlines, tools already in use). */
  asOf: TCalendarDate;
  figures: TDashboardFigures;
  rates: TRates;
  breakdown: TBreakdown;
  /** Member reports received over the last REPORT_WINDOW_DAYS days, small counts protected. */
  reports: TProtectedCount;
  /** The reader may open the cases behind the figures. */
  canLinkCases: boolean;
  /** Unions present at the employer: the figures count the cases of all of them (ADR 0028). */
  unionCount: number;
  /** The links open fewer cases than the figures count: a rep's, at an employer shared with other unions. */
  linksOwnUnionOnly: boolean;
};

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

function toReader(user: TCurrentUser | null): TDashboardReader {
  return user ? { id: user.id, role: user.role, employerIds: user.employerIds } : null;
}

const byCount = (a: TCount, b: TCount) => b.cases - a.cases || a.key.localeCompare(b.key);
// NOTE: one collator: localeCompare with options builds one on each of a sort's ~150 comparisons.
/** Rule codes in their natural order: F2 before F10. */
const ruleOrder = new Intl.Collator("en", { numeric: true });

type TEmployerFiguresRow = {
  employer: { id: string; legalName: string; sector: TSector; visibility: TVisibility } | null;
  stats: (TStatsColumns & { as_of: string }) | null;
  breakdown: { dimension: string; key: string; cases: number }[];
  tools: { id: string; vendor: string; productName: string }[];
  reports: number;
  unions: number;
};

/**
 * Everything an employer's dashboard shows, in one statement (one round trip): the employer (its name,
 * and its visibility for the access check), its stats row, its breakdowns, the names of its tools and
 * its member reports over the window (duplicates left out).
 * json rather than jsonb: built to be sent, not queried, it skips jsonb's conversion (~0.4 ms here).
 */
async function loadEmployerFigures(employerId: string, period: number, today: TCalendarDate): Promise<TEmployerFiguresRow> {
  // A calendar date compared as a date: no time zone of the database session gets in the way.
  const since = addDays(today, 1 - REPORT_WINDOW_DAYS);
  const [row] = await prisma.$queryRaw<TEmployerFiguresRow[]>`
    SELECT
      (SELECT json_build_object('id', e.id, 'legalName', e.legal_name, 'sector', e.sector, 'visibility', e.dashboard_visibility)
        FROM employers e WHERE e.id = ${employerId}::uuid) AS employer,
      (SELECT to_json(x) FROM (SELECT ${STATS_COLUMNS}, s.as_of::text AS as_of FROM employer_stats s
        WHERE s.employer_id = ${employerId}::uuid AND s.period = ${period}) AS x) AS stats,
      COALESCE((SELECT json_agg(json_build_object('dimension', b.dimension, 'key', b.key, 'cases', b.cases)) FROM employer_breakdowns b
        WHERE b.employer_id = ${employerId}::uuid AND b.period = ${period}), '[]'::json) AS breakdown,
      COALESCE((SELECT json_agg(json_build_object('id', t.id, 'vendor', t.vendor, 'productName', t.product_name)) FROM ai_tools t
        WHERE t.id IN (SELECT b.key::uuid FROM employer_breakdowns b
                        WHERE b.employer_id = ${employerId}::uuid AND b.period = ${period} AND b.dimension = 'tool')), '[]'::json) AS tools,
      (SELECT count(*)::int FROM member_reports r
        WHERE r.employer_id = ${employerId}::uuid AND r.submitted_on >= ${since}::date AND r.status <> 'duplicate') AS reports,
      (SELECT count(*)::int FROM union_employers u WHERE u.employer_id = ${employerId}::uuid) AS unions`;
  return row!;
}

function toBreakdown(rows: TEmployerFiguresRow["breakdown"], tools: TEmployerFiguresRow["tools"]): TBreakdown {
  const of = (dimension: string) => rows.filter((row) => row.dimension === dimension).map(({ key, cases }) => ({ key, cases }));
  const toolById = new Map(tools.map((tool) => [tool.id, tool]));
  return {
    phase: of("phase"),
    status: of("status"),
    concern: of("concern").sort(byCount),
    monitor: of("monitor").sort(byCount),
    month: of("month").sort((a, b) => a.key.localeCompare(b.key)),
    flag: of("flag").sort((a, b) => ruleOrder.compare(a.key, b.key)),
    tool: of("tool")
      .sort(byCount)
      .flatMap((row) => {
        const tool = toolById.get(row.key);
        return tool ? [{ ...tool, count: row.cases }] : [];
      }),
  };
}

/**
 * One employer's dashboard for a period, or not_found when the reader may not see it. `user` null:
 * a visitor with no account (public dashboards only, never case links); a promise of the user: the
 * figures are read while the session is checked (a rejected promise rejects this, nothing returned).
 * One round trip when the aggregates are current: the aggregates' refresh check and the employer with
 * every figure are read side by side; they are read again only when the check had to refresh them.
 * Nothing read leaves this function before the access check.
 */
export const getEmployerDashboard = actingFor(async function getEmployerDashboard(
  user: TCurrentUser | null | Promise<TCurrentUser | null>,
  employerId: string,
  period: number,
): Promise<TEmployerDashboard> {
  if (!isUuid(employerId)) {
    await user;
    throw notFound();
  }
  const today = todayInParis();
  const [resolvedUser, current, read] = await Promise.all([user, dashboardStatsWereCurrent(), loadEmployerFigures(employerId, period, today)]);
  const reader = toReader(resolvedUser);
  const { employer, stats, breakdown, tools, reports, unions } = current ? read : await loadEmployerFigures(employerId, period, today);
  if (!employer || !canSeeDashboard(reader, { id: employer.id, visibility: employer.visibility })) throw notFound();
  const figures = stats ? toFigures(stats) : { ...EMPTY_FIGURES };
  return {
    employer,
    period,
    asOf: (stats?.as_of as TCalendarDate | undefined) ?? today,
    figures,
    rates: ratesOf(figures),
    breakdown: toBreakdown(breakdown, tools),
    reports: protectCount(reports, env().SMALL_COUNT_THRESHOLD),
    canLinkCases: canLinkCases(reader, employerId),
    unionCount: unions,
    linksOwnUnionOnly: canLinkCasesOfOwnUnionOnly(reader, employerId, unions),
  };
});

export type TSectorRow = { id: string; legalName: string; sector: TSector; figures: TDashboardFigures; rates: TRates; canLinkCases: boolean };
export type TReach = { key: string; label: string; employers: number; toolId?: string };

export type TSectorDashboard = {
  query: TSectorQuery;
  rows: TSectorRow[];
  /** Employers listed (every page); `totals` adds up all of them. */
  employerCount: number;
  pageCount: number;
  totals: TDashboardFigures;
  totalRates: TRates;
  topTools: TReach[];
  topVendors: TReach[];
};

/** The employers a reader sees on the sector dashboard, as SQL on `employers e`. */
function visibleEmployers(reader: TDashboardReader, sector: TSector | undefined): Prisma.Sql {
  const open = openVisibilities(reader);
  const own = [...ownEmployerIds(reader)];
  const visible = Prisma.sql`(e.dashboard_visibility::text = ANY(${open}::text[]) OR e.id = ANY(${own}::uuid[]))`;
  return sector ? Prisma.sql`${visible} AND e.sector = ${sector}::"Sector"` : visible;
}

const RATE = {
  completeBefore: Prisma.sql`s.complete_before::float8 / NULLIF(s.started, 0)`,
  expertise: Prisma.sql`s.expertise::float8 / NULLIF(s.consultations, 0)`,
};

function orderBy(sort: TSectorSort, dir: "asc" | "desc"): Prisma.Sql {
  const column: Record<TSectorSort, Prisma.Sql> = {
    name: Prisma.sql`e.legal_name`,
    cases: Prisma.sql`s.cases`,
    completeBefore: RATE.completeBefore,
    medianDaysToD0: Prisma.sql`s.median_days_to_d0`,
    expertise: RATE.expertise,
    openCases: Prisma.sql`s.open_cases`,
    overdueCases: Prisma.sql`s.overdue_cases`,
  };
  // Employers with nothing to rate go last whatever the direction.
  const direction = dir === "asc" ? Prisma.sql`ASC NULLS LAST` : Prisma.sql`DESC NULLS LAST`;
  return Prisma.sql`ORDER BY ${column[sort]} ${direction}, e.legal_name ASC, e.id ASC`;
}

type TStatsRow = { id: string; legal_name: string; sector: TSector } & TStatsColumns;
type TStatsColumns = {
  cases: number; tools: number; open_cases: number; started: number; complete_before: number; live_first: number; undated_live: number;
  consultations: number; median_days_to_d0: number | null; expertise: number; duerp_updated: number; monitoring: number;
  jobs_threatened: number; jobs_threatened_cases: number; jobs_cut: number; jobs_cut_cases: number; overdue_cases: number; due_soon_cases: number;
};

function toFigures(row: TStatsColumns): TDashboardFigures {
  return {
    cases: row.cases, tools: row.tools, openCases: row.open_cases, started: row.started, completeBefore: row.complete_before,
    liveFirst: row.live_first, undatedLive: row.undated_live, consultations: row.consultations, medianDaysToD0: row.median_days_to_d0,
    expertise: row.expertise, duerpUpdated: row.duerp_updated, monitoring: row.monitoring, jobsThreatened: row.jobs_threatened,
    jobsThreatenedCases: row.jobs_threatened_cases, jobsCut: row.jobs_cut, jobsCutCases: row.jobs_cut_cases,
    overdueCases: row.overdue_cases, dueSoonCases: row.due_soon_cases,
  };
}

const STATS_COLUMNS = Prisma.sql`s.cases, s.tools, s.open_cases, s.started, s.complete_before, s.live_first, s.undated_live,
  s.consultations, s.median_days_to_d0, s.expertise, s.duerp_updated, s.monitoring, s.jobs_threatened, s.jobs_threatened_cases,
  s.jobs_cut, s.jobs_cut_cases, s.overdue_cases, s.due_soon_cases`;

const SUM_COLUMNS = Prisma.sql`count(*)::int AS employers,
  COALESCE(sum(s.cases), 0)::int AS cases, COALESCE(sum(s.tools), 0)::int AS tools, COALESCE(sum(s.open_cases), 0)::int AS open_cases,
  COALESCE(sum(s.started), 0)::int AS started, COALESCE(sum(s.complete_before), 0)::int AS complete_before,
  COALESCE(sum(s.live_first), 0)::int AS live_first, COALESCE(sum(s.undated_live), 0)::int AS undated_live,
  COALESCE(sum(s.consultations), 0)::int AS consultations, NULL::float8 AS median_days_to_d0,
  COALESCE(sum(s.expertise), 0)::int AS expertise, COALESCE(sum(s.duerp_updated), 0)::int AS duerp_updated,
  COALESCE(sum(s.monitoring), 0)::int AS monitoring, COALESCE(sum(s.jobs_threatened), 0)::int AS jobs_threatened,
  COALESCE(sum(s.jobs_threatened_cases), 0)::int AS jobs_threatened_cases, COALESCE(sum(s.jobs_cut), 0)::int AS jobs_cut,
  COALESCE(sum(s.jobs_cut_cases), 0)::int AS jobs_cut_cases, COALESCE(sum(s.overdue_cases), 0)::int AS overdue_cases,
  COALESCE(sum(s.due_soon_cases), 0)::int AS due_soon_cases`;

/**
 * Tools and vendors found at the most employers the reader sees: the precomputed counts of the open
 * visibilities, plus a rep's own reps-only employers (disjoint sets, so the sums are exact).
 */
async function loadReach(reader: TDashboardReader, query: TSectorQuery): Promise<{ topTools: TReach[]; topVendors: TReach[] }> {
  const open = openVisibilities(reader);
  const own = [...ownEmployerIds(reader)];
  const sector = query.sector ? Prisma.sql`AND sector = ${query.sector}::"Sector"` : Prisma.empty;
  const ownSector = query.sector ? Prisma.sql`AND e.sector = ${query.sector}::"Sector"` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ dimension: string; key: string; employers: number }[]>`
    SELECT dimension, key, sum(employers)::int AS employers FROM (
      SELECT dimension, key, employers FROM sector_reach
       WHERE period = ${query.period} AND visibility::text = ANY(${open}::text[]) ${sector}
      UNION ALL
      SELECT b.dimension, b.key, 1 FROM employer_breakdowns b JOIN employers e ON e.id = b.employer_id
       WHERE b.employer_id = ANY(${own}::uuid[]) AND NOT (e.dashboard_visibility::text = ANY(${open}::text[]))
         AND b.period = ${query.period} AND b.dimension IN ('tool', 'vendor') ${ownSector}
    ) AS reach
    GROUP BY dimension, key`;
  const top = (dimension: string) =>
    rows
      .filter((row) => row.dimension === dimension)
      .sort((a, b) => b.employers - a.employers || a.key.localeCompare(b.key))
      .slice(0, TOP_REACH);
  const toolRows = top("tool");
  const tools = toolRows.length
    ? await prisma.aiTool.findMany({ where: { id: { in: toolRows.map((row) => row.key) } }, select: { id: true, vendor: true, productName: true } })
    : [];
  const toolById = new Map(tools.map((tool) => [tool.id, tool]));
  return {
    topTools: toolRows.flatMap((row) => {
      const tool = toolById.get(row.key);
      return tool ? [{ key: row.key, toolId: tool.id, label: `${tool.vendor} — ${tool.productName}`, employers: row.employers }] : [];
    }),
    topVendors: top("vendor").map((row) => ({ key: row.key, label: row.key, employers: row.employers })),
  };
}

/**
 * The sector dashboard: the employers the reader sees side by side (one page, sorted), their totals,
 * and the tools and vendors found at the most of them. `user` null: a visitor (public employers only).
 */
export const getSectorDashboard = actingFor(async function getSectorDashboard(user: TCurrentUser | null, query: TSectorQuery): Promise<TSectorDashboard> {
  const reader = toReader(user);
  await ensureDashboardStats();
  const where = visibleEmployers(reader, query.sector);
  const [[totalsRow], reach] = await Promise.all([
    prisma.$queryRaw<(TStatsRow & { employers: number })[]>`
      SELECT NULL AS id, NULL AS legal_name, NULL AS sector, ${SUM_COLUMNS}
        FROM employers e JOIN employer_stats s ON s.employer_id = e.id AND s.period = ${query.period}
       WHERE ${where}`,
    loadReach(reader, query),
  ]);
  const employerCount = totalsRow?.employers ?? 0;
  const pageCount = Math.max(1, Math.ceil(employerCount / SECTOR_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await prisma.$queryRaw<TStatsRow[]>`
    SELECT e.id, e.legal_name, e.sector::text AS sector, ${STATS_COLUMNS}
      FROM employers e JOIN employer_stats s ON s.employer_id = e.id AND s.period = ${query.period}
     WHERE ${where}
     ${orderBy(query.sort, query.dir)}
     LIMIT ${SECTOR_PAGE_SIZE} OFFSET ${(page - 1) * SECTOR_PAGE_SIZE}`;
  const totals = totalsRow ? toFigures(totalsRow) : sumFigures([]);
  return {
    query: { ...query, page },
    rows: rows.map((row) => {
      const figures = toFigures(row);
      return { id: row.id, legalName: row.legal_name, sector: row.sector, figures, rates: ratesOf(figures), canLinkCases: canLinkCases(reader, row.id) };
    }),
    employerCount,
    pageCount,
    totals,
    totalRates: ratesOf(totals),
    ...reach,
  };
});
