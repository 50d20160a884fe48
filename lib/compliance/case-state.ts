/**
 * Facts several rules derive the same way from a case: has the tool started, when did the
 * consultation end, does the tool monitor workers. Pure, evaluated on the evaluation date `at`.
 */
import { addDays, compareCalendarDates, type TCalendarDate } from "@/lib/consultations/calendar-date";
import type { TDeadlineSchedule } from "@/lib/consultations/deadlines";

import { all, any, no, unknown, yes, type TCheck } from "./checks";
import { dateOf, type TComplianceFacts, type TFactDate } from "./facts";

export type TRuleContext = {
  facts: TComplianceFacts;
  at: TCalendarDate;
  schedule: TDeadlineSchedule;
  /** First day the rule being checked applies (its legal-calendar entry). */
  appliesFrom: TCalendarDate;
  /** How the entry treats a tool already in use before `appliesFrom` (legal-calendar `transition`). */
  transition?: "significant_change";
};

/** Phases in which the tool is (or was) used on real work: a pilot counts (TJ Nanterre, 14/02/2025). */
const LIVE_PHASES = new Set(["pilot", "rollout", "production", "suspended"]);

export type TStart = { kind: "none" } | { kind: "on"; date: TCalendarDate; path: string } | { kind: "undated" };

/** First use on or before `at`: the earlier of pilot and go-live; the phase alone when neither is dated. */
export function findStart({ facts, at }: TRuleContext): TStart {
  const { pilotStartOn, goLiveOn, phase } = facts.deployment;
  const dated = [
    { path: "deployment.pilotStartOn", date: pilotStartOn },
    { path: "deployment.goLiveOn", date: goLiveOn },
  ].filter((item): item is { path: string; date: TCalendarDate } => item.date !== undefined);
  const past = dated.filter((item) => compareCalendarDates(item.date, at) <= 0).sort((a, b) => compareCalendarDates(a.date, b.date));
  if (past[0]) return { kind: "on", ...past[0] };
  // Dates still to come win over the phase: the tool is planned, not yet used.
  if (dated.length === 0 && LIVE_PHASES.has(phase)) return { kind: "undated" };
  return { kind: "none" };
}

export function startCheck(start: TStart, facts: TComplianceFacts): TCheck {
  if (start.kind === "on") return yes({ path: start.path, value: start.date });
  return start.kind === "undated" ? yes({ path: "deployment.phase", value: facts.deployment.phase }) : no;
}

/**
 * First day the employer may implement: the avis date, or the day after the consultation deadline
 * (R2312-6: the CSE is then deemed to have given a negative avis). "never" when the employer never
 * opened the consultation; `missing` lists what would date it.
 */
export type TClosure =
  | { kind: "on"; date: TCalendarDate; trigger: { path: string; value: TCalendarDate }; avisUnknown: boolean }
  | { kind: "never" }
  | { kind: "unknown"; missing: string[] };

export function findClosure({ facts, schedule }: TRuleContext): TClosure {
  const { consultation } = facts;
  const avisDate = dateOf(consultation.avisDate);
  if (avisDate) return { kind: "on", date: avisDate, trigger: { path: "consultation.avisDate", value: avisDate }, avisUnknown: false };
  const deadline = schedule.deadlines.find((item) => item.id === "consultation");
  if (deadline) {
    return {
      kind: "on",
      date: addDays(deadline.dueDate, 1),
      trigger: { path: "deadlines.consultation", value: deadline.dueDate },
      avisUnknown: consultation.avisDate === "unknown",
    };
  }
  const unknownD0 = (["infoCommunicatedDate", "bdeseNoticeDate"] as const).filter((key) => consultation[key] === "unknown");
  if (unknownD0.length === 0) return { kind: "never" };
  const missing = unknownD0.map((key) => `consultation.${key}`);
  return { kind: "unknown", missing: consultation.avisDate === "unknown" ? [...missing, "consultation.avisDate"] : missing };
}

/** Bands whose CSE is informed and consulted under L2312-8 … L2312-84 (≥ 50 staff, L2312-1). */
const CONSULTATION_BANDS: ReadonlySet<string> = new Set(["50-299", "300-999", "1000-4999", "5000+"]);
/** Bands with a CSE at all (≥ 11 staff, L2311-2). */
const CSE_BANDS: ReadonlySet<string> = new Set(["11-49", ...CONSULTATION_BANDS]);

function bandCheck(facts: TComplianceFacts, bands: ReadonlySet<string>): TCheck {
  const band = facts.employer.headcountBand;
  if (band === "unknown") return unknown(["employer.headcountBand"]);
  return bands.has(band) ? yes() : no;
}

/**
 * The employer's CSE has the consultation duties of L2312-8 and L2312-38 (≥ 50 staff). From 11 to 49
 * the CSE exists without them, under 11 there is none: F1, F2, F3, F5 cannot arise there. An unknown
 * band keeps those flags "suspected": they are confirmed only once the band is known.
 */
export const consultationDutiesCheck = (facts: TComplianceFacts): TCheck => bandCheck(facts, CONSULTATION_BANDS);

/** The employer has a CSE (≥ 11 staff): its members' alert right (L2312-5, L2312-59) and its functioning (L2317-1). */
export const hasCseCheck = (facts: TComplianceFacts): TCheck => bandCheck(facts, CSE_BANDS);

/** Call scoring and performance evaluation monitor workers by design, whatever else is recorded. */
const MONITORING_FUNCTIONS = ["call_scoring", "performance_evaluation", "voice_emotion_analysis"] as const;

/** L2312-38 al. 3: a means or technique allowing the activity of employees to be monitored. */
export function monitoringCheck({ facts }: TRuleContext): TCheck {
  const { monitors } = facts.deployment;
  const functions = facts.tool.functions.filter((fn) => (MONITORING_FUNCTIONS as readonly string[]).includes(fn));
  return any(
    monitors.length > 0 ? yes({ path: "deployment.monitors", value: monitors }) : no,
    functions.length > 0 ? yes({ path: "tool.functions", value: functions }) : no,
    facts.deployment.individualMonitoring === "yes" ? yes({ path: "deployment.individualMonitoring", value: "yes" }) : no,
  );
}

/**
 * An obligation due before first use, or on the rule's date of application for a tool already in
 * use then: met on a date ≤ that day. "none" confirms the breach; "unknown" leaves it suspected.
 * When the start is undated, any recorded date clears it.
 */
export function notDoneBeforeStart(path: string, value: TFactDate, start: TStart, appliesFrom: TCalendarDate): TCheck {
  if (value === "unknown") return unknown([path]);
  if (value === "none") return yes({ path, value });
  if (start.kind !== "on") return no;
  const dueBy = compareCalendarDates(start.date, appliesFrom) < 0 ? appliesFrom : start.date;
  return compareCalendarDates(value, dueBy) > 0 ? yes({ path, value }) : no;
}

/**
 * The day by which an obligation due "before first use" is due, or why the rule does not bite:
 * - a first use on or after the date of application: that day;
 * - a tool already in use before it: that date, or with an AI Act Art. 111(2) transition only from a
 *   significant change of the system made on or after that date (the day of the change); no change
 *   ("none", or a change made earlier) leaves the tool outside the rule; an unknown one is missing;
 * - an undated use: no day (any recorded date meets the obligation), and under Art. 111(2) a change
 *   after the date settles it while otherwise the start dates and the change are missing.
 */
export type TDueBy = { check: TCheck; dueBy: TCalendarDate | undefined };

export function dueByOf(ctx: TRuleContext, start: TStart): TDueBy {
  const { appliesFrom, transition } = ctx;
  const started = startCheck(start, ctx.facts);
  if (start.kind === "on" && compareCalendarDates(start.date, appliesFrom) >= 0) return { check: started, dueBy: start.date };
  if (transition !== "significant_change") return { check: started, dueBy: start.kind === "on" ? appliesFrom : undefined };
  const path = "aiAct.significantChangeDate";
  const change = ctx.facts.aiAct.significantChangeDate;
  const changeDate = dateOf(change);
  if (changeDate && compareCalendarDates(changeDate, appliesFrom) >= 0) return { check: all(started, yes({ path, value: changeDate })), dueBy: changeDate };
  const undatedStart = start.kind === "undated" ? ["deployment.pilotStartOn", "deployment.goLiveOn"] : [];
  if (change === "unknown") return { check: all(started, unknown([...undatedStart, path])), dueBy: undefined };
  // Known: no change since the date of application. An undated use may still have begun after it.
  return { check: undatedStart.length > 0 ? all(started, unknown(undatedStart)) : no, dueBy: undefined };
}

/** An obligation met on a day: "none" confirms the breach, "unknown" leaves it suspected, a day after `dueBy` is late. */
export function notDoneBy(path: string, value: TFactDate, dueBy: TCalendarDate | undefined): TCheck {
  if (value === "unknown") return unknown([path]);
  if (value === "none") return yes({ path, value });
  if (dueBy === undefined) return no;
  return compareCalendarDates(value, dueBy) > 0 ? yes({ path, value }) : no;
}

/**
 * A use the rep declares ("yes"/"no"), or, when undeclared, suspected only if the tool's catalogue
 * functions point to it: an unknown fact with no sign of the use raises nothing.
 */
export function declaredUse(path: string, value: "yes" | "no" | "unknown", facts: TComplianceFacts, signals: readonly string[]): TCheck {
  if (value !== "unknown") return value === "yes" ? yes({ path, value }) : no;
  const seen = facts.tool.functions.filter((fn) => signals.includes(fn));
  return seen.length > 0 ? unknown([path], [{ path: "tool.functions", value: seen }]) : no;
}
