import "server-only";

/**
 * The dashboards' figures in SQL, computed from the case tables for a set of employers. The maintained
 * aggregates (lib/dashboards/refresh.ts) store what these queries return; the benchmark runs the same
 * queries to time "the raw SQL of the same figures". The rule they encode is lib/dashboards/figures.ts
 * (docs/decisions/0014): keep both in step, the integration tests compare them.
 */
import { Prisma } from "@/generated/prisma/client";
import type { TCalendarDate } from "@/lib/consultations/calendar-date";

import { CLOSED_STATUSES, LIVE_PHASES } from "./figures";

/** Which employers a query covers: a list, or all of them. */
export type TEmployerSet = { ids: readonly string[] } | "all";

/** The dimensions of employer_breakdowns. `flag` changes with time (rules become applicable). */
export const BREAKDOWN_DIMENSIONS = ["phase", "status", "concern", "monitor", "month", "tool", "vendor", "flag"] as const;
export type TDimension = (typeof BREAKDOWN_DIMENSIONS)[number];
/** Dimensions the sector dashboard ranks by number of employers (sector_reach). */
export const REACH_DIMENSIONS = ["tool", "vendor"] as const;

export function employerFilter(column: Prisma.Sql, set: TEmployerSet): Prisma.Sql {
  return set === "all" ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${[...set.ids]}::uuid[])`;
}

const LIVE = Prisma.join(LIVE_PHASES.map((phase) => Prisma.sql`${phase}`));
const CLOSED = Prisma.join(CLOSED_STATUSES.map((status) => Prisma.sql`${status}`));

/**
 * One row per case with what every figure needs: first use (started_on), end of the consultation
 * (closed_on: the avis date, else the day after the consultation deadline), D0, expert, DUERP.
 */
function caseFacts(set: TEmployerSet): Prisma.Sql {
  return Prisma.sql`
    SELECT d.id, d.employer_id, d.tool_id, t.vendor, d.phase::text AS phase, d.status::text AS status,
           d.concerns, d.monitors, d.individual_monitoring::text AS individual_monitoring,
           d.jobs_threatened, d.jobs_cut, d.first_known_on,
           EXTRACT(YEAR FROM d.first_known_on)::int AS year,
           LEAST(d.pilot_start_on, d.go_live_on) AS started_on,
           COALESCE(c.avis_on, cd.due_on + 1) AS closed_on,
           LEAST(c.info_given_on, c.bdese_notice_on) AS d0,
           COALESCE(c.expert_appointed, false) AS expert,
           c.duerp_updated_on IS NOT NULL AS duerp
      FROM deployments d
      JOIN ai_tools t ON t.id = d.tool_id
      LEFT JOIN consultations c ON c.deployment_id = d.id
      LEFT JOIN case_deadlines cd ON cd.deployment_id = d.id AND cd.kind = 'consultation'
     WHERE ${employerFilter(Prisma.sql`d.employer_id`, set)}`;
}

const PERIOD = Prisma.sql`(CASE WHEN GROUPING(year) = 1 THEN 0 ELSE year END)::smallint`;

/**
 * Rows of employer_stats (column order of the table) for the employers, as of `today`: for every period
 * (all cases, and each year cases became known), or only for all cases (`periods: false`).
 */
export function statsQuery(set: TEmployerSet, today: TCalendarDate, { periods = true }: { periods?: boolean } = {}): Prisma.Sql {
  const day = Prisma.sql`${today}::date`;
  return Prisma.sql`
    WITH f AS (${caseFacts(set)}),
    dl AS (
      SELECT x.deployment_id,
             bool_or(x.due_on < ${day}) AS overdue,
             bool_or(x.due_on BETWEEN ${day} AND ${day} + 7) AS due_soon
        FROM case_deadlines x
        JOIN deployments d ON d.id = x.deployment_id
       WHERE x.done_on IS NULL AND ${employerFilter(Prisma.sql`d.employer_id`, set)}
       GROUP BY x.deployment_id
    ),
    g AS (
      SELECT f.*, f.started_on <= ${day} AS is_started,
             (f.started_on IS NULL AND f.phase IN (${LIVE})) AS is_undated_live,
             COALESCE(dl.overdue, false) AS overdue, COALESCE(dl.due_soon, false) AS due_soon
        FROM f LEFT JOIN dl ON dl.deployment_id = f.id
    )
    SELECT employer_id, ${periods ? PERIOD : Prisma.sql`0::smallint`} AS period, ${day} AS as_of,
           count(*)::int AS cases,
           count(DISTINCT tool_id)::int AS tools,
           count(*) FILTER (WHERE status NOT IN (${CLOSED}))::int AS open_cases,
           count(*) FILTER (WHERE is_started)::int AS started,
           count(*) FILTER (WHERE is_started AND closed_on <= started_on)::int AS complete_before,
           count(*) FILTER (WHERE is_started AND (closed_on IS NULL OR closed_on > started_on))::int AS live_first,
           count(*) FILTER (WHERE is_undated_live)::int AS undated_live,
           count(*) FILTER (WHERE d0 IS NOT NULL)::int AS consultations,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY GREATEST(d0 - first_known_on, 0)) FILTER (WHERE d0 IS NOT NULL) AS median_days_to_d0,
           count(*) FILTER (WHERE d0 IS NOT NULL AND expert)::int AS expertise,
           count(*) FILTER (WHERE (is_started OR is_undated_live) AND duerp)::int AS duerp_updated,
           count(*) FILTER (WHERE cardinality(monitors) > 0 OR individual_monitoring = 'yes')::int AS monitoring,
           COALESCE(sum(jobs_threatened), 0)::int AS jobs_threatened,
           count(*) FILTER (WHERE jobs_threatened > 0)::int AS jobs_threatened_cases,
           COALESCE(sum(jobs_cut), 0)::int AS jobs_cut,
           count(*) FILTER (WHERE jobs_cut > 0)::int AS jobs_cut_cases,
           count(*) FILTER (WHERE overdue)::int AS overdue_cases,
           count(*) FILTER (WHERE due_soon)::int AS due_soon_cases
      FROM g
     GROUP BY ${periods ? Prisma.sql`GROUPING SETS ((employer_id), (employer_id, year))` : Prisma.sql`GROUPING SETS ((employer_id))`}`;
}

/** One breakdown dimension of the case facts `f`: (employer, period, dimension, key, cases). */
function dimension(name: TDimension, key: Prisma.Sql, from: Prisma.Sql = Prisma.sql`f`): Prisma.Sql {
  return Prisma.sql`
    SELECT employer_id, ${PERIOD} AS period, ${name}::varchar AS dimension, k AS key, count(*)::int AS cases
      FROM (SELECT f.employer_id, f.year, ${key} AS k FROM ${from}) AS x
     GROUP BY GROUPING SETS ((employer_id, k), (employer_id, year, k))`;
}

/** Rows of employer_breakdowns for the dimensions that only change when cases change. */
export function staticBreakdownQuery(set: TEmployerSet): Prisma.Sql {
  return Prisma.sql`
    WITH f AS (${caseFacts(set)})
    ${dimension("phase", Prisma.sql`f.phase`)}
    UNION ALL ${dimension("status", Prisma.sql`f.status`)}
    UNION ALL ${dimension("concern", Prisma.sql`u.v::text`, Prisma.sql`f CROSS JOIN LATERAL unnest(f.concerns) AS u(v)`)}
    UNION ALL ${dimension("monitor", Prisma.sql`u.v::text`, Prisma.sql`f CROSS JOIN LATERAL unnest(f.monitors) AS u(v)`)}
    UNION ALL ${dimension("month", Prisma.sql`to_char(f.first_known_on, 'YYYY-MM')`)}
    UNION ALL ${dimension("tool", Prisma.sql`f.tool_id::text`)}
    UNION ALL ${dimension("vendor", Prisma.sql`f.vendor`)}`;
}

/** Rows of employer_breakdowns for the compliance flags the cases raise today (one per case and rule). */
export function flagBreakdownQuery(set: TEmployerSet): Prisma.Sql {
  return Prisma.sql`
    WITH f AS (
      SELECT d.employer_id, EXTRACT(YEAR FROM d.first_known_on)::int AS year, cf.rule_id
        FROM case_flags cf
        JOIN deployments d ON d.id = cf.deployment_id
       WHERE ${employerFilter(Prisma.sql`d.employer_id`, set)}
    )
    ${dimension("flag", Prisma.sql`f.rule_id::text`)}`;
}

/** Rows of case_rollouts: the two dates the consultation-before-rollout rule compares. */
export function rolloutQuery(set: TEmployerSet): Prisma.Sql {
  return Prisma.sql`WITH f AS (${caseFacts(set)}) SELECT id, started_on, closed_on FROM f`;
}

/** Tools and vendors by number of employers using them, straight from the cases (the benchmark's reference). */
export function reachQuery(): Prisma.Sql {
  return Prisma.sql`
    SELECT 'tool' AS dimension, d.tool_id::text AS key, count(DISTINCT d.employer_id)::int AS employers FROM deployments d GROUP BY d.tool_id
    UNION ALL
    SELECT 'vendor', t.vendor, count(DISTINCT d.employer_id)::int FROM deployments d JOIN ai_tools t ON t.id = d.tool_id GROUP BY t.vendor`;
}
