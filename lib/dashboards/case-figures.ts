/**
 * The case sets behind the dashboards' figures, as one case-list filter (`/cases?figure=live_first`),
 * so that every figure can link to exactly the cases it counts. Pure: the values and their meaning;
 * lib/dashboards/case-figure-filter.ts turns them into a where clause.
 */
export const CASE_FIGURES = [
  "open",
  "complete_before",
  "live_first",
  "undated_live",
  "in_use",
  "consultation_opened",
  "expertise",
  "no_expertise",
  "duerp_updated",
  "duerp_missing",
  "monitoring",
  "jobs_threatened",
  "jobs_cut",
] as const;
export type TCaseFigure = (typeof CASE_FIGURES)[number];

/** Figures whose filter reads case_rollouts, which must be brought up to date first. */
export const ROLLOUT_FIGURES: readonly TCaseFigure[] = ["complete_before", "live_first"];

/** The `year` filter: cases that became known that year (the dashboards' periods). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
