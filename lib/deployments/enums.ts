/**
 * The closed value lists of a deployment case, apart from the zod schemas so that a client component
 * can name them without shipping zod (the public report form, issue 21). Pure data.
 */
export const PHASES = ["rumour", "announced", "pilot", "rollout", "production", "suspended", "withdrawn"] as const;
export const SOURCES = ["member_report", "employer_info", "cse_agenda", "press", "other_section"] as const;
export const CONCERNS = [
  "work_intensification",
  "checking_work",
  "error_liability",
  "job_cuts",
  "algorithmic_management",
  "surveillance",
  "deskilling",
  "it_dependence",
  "data_opacity",
  "environmental_cost",
] as const;
export const MONITORS = ["calls", "script_adherence", "voice", "keystrokes", "time", "output_volume"] as const;
export const TRI_STATES = ["yes", "no", "unknown"] as const;

export type TPhase = (typeof PHASES)[number];
export type TSource = (typeof SOURCES)[number];
export type TConcern = (typeof CONCERNS)[number];
export type TMonitor = (typeof MONITORS)[number];
export type TTriState = (typeof TRI_STATES)[number];
