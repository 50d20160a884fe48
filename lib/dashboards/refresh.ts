import "server-only";

/**
 * Keeps the dashboards' maintained aggregates (case_rollouts, employer_stats, employer_breakdowns,
 * sector_reach) equal to what lib/dashboards/sql.ts computes from the case tables
 * (docs/decisions/0015). No mutation has to call anything: every read of a dashboard first calls
 * ensureDashboardStats(), which
 * - rebuilds the rows of the employers whose cases, consultations, employer row or tools changed since
 *   the last refresh (found through their updated_at, indexed), usually none, in about a millisecond;
 * - recomputes the day-dependent figures (employer_stats, flag counts) once per day in Paris;
 * - recounts the flags when the legal calendar changed (rules become applicable or not).
 * Invariant: after it returns, the aggregates reflect every change committed before it was called.
 * Changes are found by updated_at, so anything that changes an input of the figures must go through a
 * write that bumps one of those columns (every Prisma update does).
 */
import { Prisma } from "@/generated/prisma/client";
import { todayInParis, toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";

import { employerFilter, flagBreakdownQuery, REACH_DIMENSIONS, rolloutQuery, staticBreakdownQuery, statsQuery, type TEmployerSet } from "./sql";
import { asSystem } from "@/lib/db-context";

type TTx = Prisma.TransactionClient;

/** Clock skew allowed between the app (Prisma stamps updated_at) and the database. */
const SKEW_MS = 10_000;
/** pg_advisory_xact_lock key: one refresh at a time, across app instances. */
const LOCK_KEY = 72_707_405;
const STATE_ID = 1;

export type TRefreshPlan = { full: boolean; employerIds: string[]; day: boolean; flags: boolean };
export type TRefreshReport = TRefreshPlan & { ms: number };

/**
 * Employers with an input of their figures stamped after `since`. Runs only when probe() saw
 * something newer; `since` is written into the SQL so that PostgreSQL plans each run for its value
 * (a cached generic plan for a parameter would scan whole tables).
 */
async function changedEmployers(db: Pick<TTx, "$queryRaw">, since: Date): Promise<string[]> {
  const at = Prisma.raw(`'${since.toISOString()}'::timestamptz`);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT employer_id AS id FROM deployments WHERE updated_at > ${at}
    UNION SELECT d.employer_id FROM consultations c JOIN deployments d ON d.id = c.deployment_id WHERE c.updated_at > ${at}
    UNION SELECT id FROM employers WHERE updated_at > ${at}
    UNION SELECT d.employer_id FROM ai_tools t JOIN deployments d ON d.tool_id = t.id WHERE t.updated_at > ${at}`;
  return rows.map((row) => row.id);
}

type TState = { statsOn: Date; checkedAt: Date; calendarStamp: string } | null;
type TProbe = { state: TState; lastChange: Date | null; calendarStamp: string };

/**
 * What every read checks, in one query with no parameter: the refresh state, the latest updated_at
 * of each watched table (max() reads the end of its index) and the legal calendar's stamp.
 */
async function probe(db: Pick<TTx, "$queryRaw">): Promise<TProbe> {
  const [row] = await db.$queryRaw<{ statsOn: Date | null; checkedAt: Date | null; stateStamp: string | null; lastChange: Date | null; calendarStamp: string }[]>`
    SELECT r.stats_on AS "statsOn", r.checked_at AS "checkedAt", r.calendar_stamp AS "stateStamp",
           GREATEST((SELECT max(updated_at) FROM deployments), (SELECT max(updated_at) FROM consultations),
                    (SELECT max(updated_at) FROM employers), (SELECT max(updated_at) FROM ai_tools)) AS "lastChange",
           (SELECT count(*)::text || ':' || COALESCE(max(updated_at)::text, '') FROM legal_calendar) AS "calendarStamp"
      FROM (SELECT 1) AS one LEFT JOIN dashboard_refresh r ON r.id = ${STATE_ID}`;
  const { statsOn, checkedAt, stateStamp, lastChange, calendarStamp } = row!;
  const state = statsOn && checkedAt && stateStamp !== null ? { statsOn, checkedAt, calendarStamp: stateStamp } : null;
  return { state, lastChange, calendarStamp };
}

async function planRefresh(db: Pick<TTx, "$queryRaw">, today: TCalendarDate): Promise<TRefreshPlan | null> {
  const { state, lastChange, calendarStamp } = await probe(db);
  if (state === null) return { full: true, employerIds: [], day: true, flags: true };
  const since = new Date(state.checkedAt.getTime() - SKEW_MS);
  const employerIds = lastChange !== null && lastChange > since ? await changedEmployers(db, since) : [];
  const plan = { full: false, employerIds, day: toCalendarDate(state.statsOn) !== today, flags: calendarStamp !== state.calendarStamp };
  return plan.employerIds.length > 0 || plan.day || plan.flags ? plan : null;
}

/**
 * The instant before which every change is visible to this transaction's next statements: its own
 * start, or the start of the oldest other transaction still open on this database (its writes may be
 * committed later, stamped with an earlier time).
 */
async function watermark(tx: TTx): Promise<Date> {
  const [row] = await tx.$queryRaw<{ at: Date }[]>`
    SELECT LEAST(now(), COALESCE(
      (SELECT min(xact_start) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL), now())) AS at`;
  return row!.at;
}

async function rebuildRollouts(tx: TTx, set: TEmployerSet) {
  await tx.$executeRaw`DELETE FROM case_rollouts r USING deployments d
    WHERE r.deployment_id = d.id AND ${employerFilter(Prisma.sql`d.employer_id`, set)}`;
  await tx.$executeRaw`INSERT INTO case_rollouts (deployment_id, union_id, started_on, closed_on)
    SELECT r.id, d.union_id, r.started_on, r.closed_on FROM (${rolloutQuery(set)}) r JOIN deployments d ON d.id = r.id`;
}

async function rebuildStats(tx: TTx, set: TEmployerSet, today: TCalendarDate) {
  await tx.$executeRaw`DELETE FROM employer_stats WHERE ${employerFilter(Prisma.sql`employer_id`, set)}`;
  await tx.$executeRaw`
    INSERT INTO employer_stats (employer_id, period, as_of, cases, tools, open_cases, started, complete_before, live_first,
      undated_live, consultations, median_days_to_d0, expertise, duerp_updated, monitoring, jobs_threatened,
      jobs_threatened_cases, jobs_cut, jobs_cut_cases, overdue_cases, due_soon_cases)
    ${statsQuery(set, today)}`;
}

async function rebuildBreakdowns(tx: TTx, set: TEmployerSet, which: "static" | "flag") {
  const dimension = which === "flag" ? Prisma.sql`dimension = 'flag'` : Prisma.sql`dimension <> 'flag'`;
  await tx.$executeRaw`DELETE FROM employer_breakdowns WHERE ${employerFilter(Prisma.sql`employer_id`, set)} AND ${dimension}`;
  const query = which === "flag" ? flagBreakdownQuery(set) : staticBreakdownQuery(set);
  await tx.$executeRaw`INSERT INTO employer_breakdowns (employer_id, period, dimension, key, cases) ${query}`;
}

type TReachKey = { period: number; dimension: string; key: string };

async function reachKeysOf(tx: TTx, employerIds: readonly string[]): Promise<TReachKey[]> {
  return tx.$queryRaw<TReachKey[]>`
    SELECT DISTINCT period::int AS period, dimension, key FROM employer_breakdowns
     WHERE employer_id = ANY(${[...employerIds]}::uuid[]) AND dimension IN ('tool', 'vendor')`;
}

/** Recounts sector_reach for the given keys (all keys when null), over every employer. */
async function recountReach(tx: TTx, keys: TReachKey[] | null) {
  const dims = [...REACH_DIMENSIONS];
  if (keys === null) {
    await tx.$executeRaw`DELETE FROM sector_reach`;
    await tx.$executeRaw`
      INSERT INTO sector_reach (sector, visibility, period, dimension, key, employers)
      SELECT e.sector, e.dashboard_visibility, b.period, b.dimension, b.key, count(*)::int
        FROM employer_breakdowns b JOIN employers e ON e.id = b.employer_id
       WHERE b.dimension = ANY(${dims}::varchar[])
       GROUP BY 1, 2, 3, 4, 5`;
    return;
  }
  if (keys.length === 0) return;
  const periods = keys.map((key) => key.period);
  const dimensions = keys.map((key) => key.dimension);
  const names = keys.map((key) => key.key);
  await tx.$executeRaw`
    DELETE FROM sector_reach r
     USING unnest(${periods}::int[], ${dimensions}::varchar[], ${names}::varchar[]) AS k(period, dimension, key)
     WHERE r.period = k.period AND r.dimension = k.dimension AND r.key = k.key`;
  await tx.$executeRaw`
    INSERT INTO sector_reach (sector, visibility, period, dimension, key, employers)
    SELECT e.sector, e.dashboard_visibility, b.period, b.dimension, b.key, count(*)::int
      FROM unnest(${periods}::int[], ${dimensions}::varchar[], ${names}::varchar[]) AS k(period, dimension, key)
      JOIN employer_breakdowns b ON b.dimension = k.dimension AND b.key = k.key AND b.period = k.period
      JOIN employers e ON e.id = b.employer_id
     GROUP BY 1, 2, 3, 4, 5`;
}

function dedupeKeys(keys: TReachKey[]): TReachKey[] {
  const seen = new Map(keys.map((key) => [`${key.period}\u0000${key.dimension}\u0000${key.key}`, key]));
  return [...seen.values()];
}

async function applyPlan(tx: TTx, plan: TRefreshPlan, today: TCalendarDate) {
  if (plan.full) {
    await rebuildRollouts(tx, "all");
    await rebuildBreakdowns(tx, "all", "static");
    await rebuildBreakdowns(tx, "all", "flag");
    await rebuildStats(tx, "all", today);
    await recountReach(tx, null);
    return;
  }
  if (plan.employerIds.length > 0) {
    const set = { ids: plan.employerIds };
    const before = await reachKeysOf(tx, plan.employerIds);
    await rebuildRollouts(tx, set);
    await rebuildBreakdowns(tx, set, "static");
    if (!plan.flags && !plan.day) await rebuildBreakdowns(tx, set, "flag");
    if (!plan.day) await rebuildStats(tx, set, today);
    await recountReach(tx, dedupeKeys([...before, ...(await reachKeysOf(tx, plan.employerIds))]));
  }
  if (plan.day || plan.flags) await rebuildBreakdowns(tx, "all", "flag");
  if (plan.day) await rebuildStats(tx, "all", today);
}

/** Runs the refresh under the lock, planning again inside it (another instance may have done it). */
async function refreshLocked(force: boolean): Promise<TRefreshReport | null> {
  const started = performance.now();
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY}::bigint)`;
      const today = todayInParis();
      const mark = await watermark(tx);
      const plan = force ? { full: true, employerIds: [], day: true, flags: true } : await planRefresh(tx, today);
      if (!plan) return null;
      await applyPlan(tx, plan, today);
      const data = { statsOn: new Date(`${today}T00:00:00.000Z`), checkedAt: mark, calendarStamp: (await probe(tx)).calendarStamp };
      await tx.dashboardRefresh.upsert({ where: { id: STATE_ID }, create: { id: STATE_ID, ...data }, update: data });
      return { ...plan, ms: Math.round(performance.now() - started) };
    },
    { maxWait: 60_000, timeout: 600_000 },
  );
}

/**
 * Brings the aggregates up to date before a dashboard (or a case list filtered on them) reads them.
 * Costs one small indexed query when nothing changed.
 */
export const ensureDashboardStats = asSystem(async function ensureDashboardStats(): Promise<TRefreshReport | null> {
  const plan = await planRefresh(prisma, todayInParis());
  return plan ? refreshLocked(false) : null;
});

/**
 * For a reader that reads the aggregates alongside this check: true when they were already current,
 * false when they had to be brought up to date (here, or by another instance while this one waited for
 * the lock): what was read alongside is then read again.
 */
export const dashboardStatsWereCurrent = asSystem(async function dashboardStatsWereCurrent(): Promise<boolean> {
  const plan = await planRefresh(prisma, todayInParis());
  if (!plan) return true;
  await refreshLocked(false);
  return false;
});

/** Rebuilds every aggregate from scratch (scripts: after a bulk load, from cron, in tests). */
export const rebuildDashboardStats = asSystem(async function rebuildDashboardStats(): Promise<TRefreshReport> {
  return (await refreshLocked(true))!;
});
