/**
 * The compliance engine: a case's facts + an evaluation date + the legal calendar → flags and the
 * consultation deadlines. Pure: no clock, no database; the calendar is an argument so admins can
 * move a date (e.g. a Digital Omnibus postponement) without a code change.
 */
import type { TCalendarDate } from "@/lib/consultations/calendar-date";
import { computeDeadlines, type TDeadlineSchedule, type TMessage } from "@/lib/consultations/deadlines";

import type { TTrigger } from "./checks";
import { toDeadlineFacts, type TComplianceFacts } from "./facts";
import { isRuleApplicable, type TLegalCalendar, type TLegalStatus, type TRuleId } from "./legal-calendar";
import { AGREEMENT_RULES } from "./rules/agreements";
import { AI_ACT_RULES } from "./rules/ai-act";
import { CONSULTATION_RULES } from "./rules/consultation";
import { GDPR_RULES } from "./rules/gdpr";
import type { TRule, TSeverity } from "./rules/types";
import { WORKER_RULES } from "./rules/workers";

/** Every rule, in the order reps read them (DOMAIN.md A.5 flag numbers). */
export const RULES: readonly TRule[] = [...CONSULTATION_RULES, ...WORKER_RULES, ...AI_ACT_RULES, ...GDPR_RULES, ...AGREEMENT_RULES].sort(
  (a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)),
);

export type TFlagStatus = "suspected" | "confirmed";

export type TFlag = {
  ruleId: TRuleId;
  severity: TSeverity;
  status: TFlagStatus;
  articles: readonly string[];
  caseLaw: readonly string[];
  explanation: TMessage;
  triggeredBy: TTrigger[];
  /** Facts that would confirm or clear a suspected flag (empty when confirmed). */
  missingFacts: string[];
  nextStep: TMessage;
  legalStatus: TLegalStatus;
};

/** A rule the facts would break, but whose date of application has not come yet. */
export type TNotYetApplicable = {
  ruleId: TRuleId;
  appliesFrom: TCalendarDate;
  legalStatus: TLegalStatus;
  wouldBe: TFlagStatus;
  missingFacts: string[];
};

export type TEvaluation = {
  at: TCalendarDate;
  flags: TFlag[];
  notYetApplicable: TNotYetApplicable[];
  deadlines: TDeadlineSchedule;
};

export function evaluateCompliance(
  facts: TComplianceFacts,
  { at, calendar }: { at: TCalendarDate; calendar: TLegalCalendar },
): TEvaluation {
  const schedule = computeDeadlines(toDeadlineFacts(facts));
  const flags: TFlag[] = [];
  const notYetApplicable: TNotYetApplicable[] = [];
  for (const rule of RULES) {
    const entry = calendar[rule.id];
    const result = rule.check({ facts, at, schedule, appliesFrom: entry.appliesFrom, transition: entry.transition?.kind });
    if (result.state === "no") continue;
    const status: TFlagStatus = result.state === "yes" ? "confirmed" : "suspected";
    if (!isRuleApplicable(entry, at)) {
      notYetApplicable.push({ ruleId: rule.id, appliesFrom: entry.appliesFrom, legalStatus: entry.legalStatus, wouldBe: status, missingFacts: result.missing });
      continue;
    }
    flags.push({
      ruleId: rule.id,
      severity: rule.severity,
      status,
      articles: rule.articles,
      caseLaw: rule.caseLaw,
      explanation: { messageKey: `compliance.flag.${rule.id}.explanation`, params: {}, defaultText: rule.explanation },
      triggeredBy: result.triggeredBy,
      missingFacts: result.missing,
      nextStep: { messageKey: `compliance.flag.${rule.id}.nextStep`, params: {}, defaultText: rule.nextStep },
      legalStatus: entry.legalStatus,
    });
  }
  return { at, flags, notYetApplicable, deadlines: schedule };
}
