/**
 * The dashboards' figures as rules (docs/decisions/0014). Pure: lib/dashboards/sql.ts computes the same
 * thing in SQL over many cases, and the integration tests check both against hand-counted cases.
 *
 * The consultation-before-rollout rule, for one case, on the day `today`:
 * - first use = the earlier of pilot start and go-live (a pilot is already a first implementation:
 *   TJ Nanterre, 14/02/2025);
 * - end of the consultation = the avis date (whatever the avis, "réputé négatif" included, as recorded),
 *   otherwise the day after the consultation deadline (R2312-6: the CSE is then deemed to have given a
 *   negative avis), otherwise none (no D0: the consultation never opened);
 * - "complete before rollout" when the first use is on or before today and the consultation ended on or
 *   before that day (an avis given on the go-live day counts as before);
 * - "went live first" when the first use is on or before today and the consultation ended after it, or
 *   has not ended, or never opened;
 * - "undated" when the case is in a live phase but neither date is recorded; otherwise "not started".
 */
import { addDays, compareCalendarDates, daysBetween, type TCalendarDate } from "@/lib/consultations/calendar-date";

/** Phases in which a tool is (or was) used on real work, as in lib/compliance/case-state.ts. */
export const LIVE_PHASES = ["pilot", "rollout", "production", "suspended"] as const;
/** Member reports are counted over this many days, today included. */
export const REPORT_WINDOW_DAYS = 90;
/** Statuses that close a case: every other status counts as open. */
export const CLOSED_STATUSES = ["resolved", "closed_no_action"] as const;

export type TRolloutClass = "complete_before" | "live_first" | "undated_live" | "not_started";

export type TRolloutFacts = {
  phase: string;
  pilotStartOn: TCalendarDate | null;
  goLiveOn: TCalendarDate | null;
  /** Date of the avis as recorded (any avis, réputé négatif included). */
  avisOn: TCalendarDate | null;
  /** Due date of the consultation deadline (D0 + delay, or the rep's override); null without D0. */
  consultationDueOn: TCalendarDate | null;
};

function earliest(dates: (TCalendarDate | null)[]): TCalendarDate | null {
  const known = dates.filter((date): date is TCalendarDate => date !== null).sort(compareCalendarDates);
  return known[0] ?? null;
}

/** The first day the tool was used on real work: the earlier of pilot start and go-live. */
export function firstUse(facts: Pick<TRolloutFacts, "pilotStartOn" | "goLiveOn">): TCalendarDate | null {
  return earliest([facts.pilotStartOn, facts.goLiveOn]);
}

/** The day the consultation ended: the avis date, else the day after its deadline; null if never opened. */
export function consultationEnd(facts: Pick<TRolloutFacts, "avisOn" | "consultationDueOn">): TCalendarDate | null {
  if (facts.avisOn) return facts.avisOn;
  return facts.consultationDueOn ? addDays(facts.consultationDueOn, 1) : null;
}

export function classifyRollout(facts: TRolloutFacts, today: TCalendarDate): TRolloutClass {
  const start = firstUse(facts);
  if (start === null) return (LIVE_PHASES as readonly string[]).includes(facts.phase) ? "undated_live" : "not_started";
  // Planned dates win over the phase: a tool whose pilot starts next week is not in use yet.
  if (compareCalendarDates(start, today) > 0) return "not_started";
  const end = consultationEnd(facts);
  return end !== null && compareCalendarDates(end, start) <= 0 ? "complete_before" : "live_first";
}

/** D0 (R2312-5): the earlier of the written information and the BDESE notice. */
export function consultationStart(facts: { infoGivenOn: TCalendarDate | null; bdeseNoticeOn: TCalendarDate | null }): TCalendarDate | null {
  return earliest([facts.infoGivenOn, facts.bdeseNoticeOn]);
}

/**
 * Days the union waited from first hearing of the tool to D0. A D0 before the first-known day (the
 * employer informed the CSE before the union heard of it) is a wait of 0, not a negative one.
 */
export function daysToD0(firstKnownOn: TCalendarDate, d0: TCalendarDate): number {
  return Math.max(0, daysBetween(firstKnownOn, d0));
}

/** Linear-interpolated median (PostgreSQL's percentile_cont(0.5)); null for no value. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)]!;
  const high = sorted[Math.ceil(middle)]!;
  return low + (high - low) * (middle - Math.floor(middle));
}

/** A share as a fraction of 1; null when there is nothing to divide (shown as "—", never as 0 %). */
export function share(part: number, whole: number): number | null {
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || part > whole) throw new Error(`Not a share: ${part}/${whole}`);
  return whole === 0 ? null : part / whole;
}

/** The scalar figures of one dashboard (one employer, or a sum of employers). */
export type TDashboardFigures = {
  cases: number;
  tools: number;
  openCases: number;
  started: number;
  completeBefore: number;
  liveFirst: number;
  undatedLive: number;
  consultations: number;
  medianDaysToD0: number | null;
  expertise: number;
  duerpUpdated: number;
  monitoring: number;
  jobsThreatened: number;
  jobsThreatenedCases: number;
  jobsCut: number;
  jobsCutCases: number;
  overdueCases: number;
  dueSoonCases: number;
};

export type TRates = {
  /** Complete before rollout, of the cases started on a known date. */
  completeBefore: number | null;
  liveFirst: number | null;
  /** Cases with an expert, of the consultations opened. */
  expertise: number | null;
  /** DUERP updated, of the cases in use (started or undated live). */
  duerpUpdated: number | null;
};

export function inUse(figures: Pick<TDashboardFigures, "started" | "undatedLive">): number {
  return figures.started + figures.undatedLive;
}

export function ratesOf(figures: TDashboardFigures): TRates {
  return {
    completeBefore: share(figures.completeBefore, figures.started),
    liveFirst: share(figures.liveFirst, figures.started),
    expertise: share(figures.expertise, figures.consultations),
    duerpUpdated: share(figures.duerpUpdated, inUse(figures)),
  };
}

const SUMMED = [
  "cases", "tools", "openCases", "started", "completeBefore", "liveFirst", "undatedLive", "consultations", "expertise",
  "duerpUpdated", "monitoring", "jobsThreatened", "jobsThreatenedCases", "jobsCut", "jobsCutCases", "overdueCases", "dueSoonCases",
] as const satisfies readonly (keyof TDashboardFigures)[];

/**
 * The figures of several employers together. Counts add up; a median does not, so the total has none
 * (the sector table shows each employer's). `tools` adds up per employer: the same tool at two
 * employers counts twice, as "tools in use" across them.
 */
export function sumFigures(rows: readonly TDashboardFigures[]): TDashboardFigures {
  const total = Object.fromEntries(SUMMED.map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)])) as Omit<TDashboardFigures, "medianDaysToD0">;
  return { ...total, medianDaysToD0: null };
}

export const EMPTY_FIGURES: TDashboardFigures = sumFigures([]);
