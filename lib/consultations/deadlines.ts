/**
 * Deadlines of one CSE information-consultation (DOMAIN.md A.6), computed from its recorded facts.
 * Pure: the evaluation date is always an argument, never the clock. Each deadline carries its
 * article(s) and its rule in words so a rep or a lawyer can check it, and a rep's override never
 * hides the computed date.
 *
 * Counting follows civil procedure (art. 641 CPC): the starting day does not count and a delay ends
 * at the end of its last day. No roll-forward over weekends or public holidays (not decided, A.6).
 */
import {
  addDays,
  addDuration,
  compareCalendarDates,
  daysBetween,
  type TCalendarDate,
  type TDuration,
} from "./calendar-date";
import type { TConsultationFacts } from "./schemas";

export const DEADLINE_IDS = [
  "consultation",
  "establishment_avis",
  "court_referral",
  "expert_info_request",
  "employer_reply",
  "expert_cost_notice",
  "expert_report",
  "employer_contest",
] as const;
export type TDeadlineId = (typeof DEADLINE_IDS)[number];

/** Facts a deadline is computed from, named by their path in ZConsultationFacts (the form fields). */
export type TFactPath =
  | "infoCommunicatedDate"
  | "bdeseNoticeDate"
  | "expert.deliberationDate"
  | "expert.designationDate"
  | "expert.infoRequestDate"
  | "expert.costNoticeDate";

export type TBasis = { source: TFactPath | "deadline.consultation"; date: TCalendarDate };

/** Text for the UI: a key in messages/*.json, its ICU params, and the French default. */
export type TMessage = { messageKey: string; params: Record<string, string | number>; defaultText: string };

export type TDeadline = {
  id: TDeadlineId;
  dueDate: TCalendarDate;
  /** Set when a rep replaced the date; `computedDate` is absent when facts were missing. */
  override?: { computedDate?: TCalendarDate; reason: string };
  rule: TMessage;
  articles: readonly string[];
  computedFrom: readonly TBasis[];
  /** Date of the recorded fact that fulfils or closes this deadline (e.g. the avis). */
  doneOn?: TCalendarDate;
};

/** A deadline that cannot be computed until one of `needsOneOf` is recorded. */
export type TMissingFacts = { deadlineId: TDeadlineId; needsOneOf: readonly TFactPath[] };

export type TDeadlineSchedule = {
  d0?: TBasis;
  deadlines: TDeadline[];
  /** Also lists overridden deadlines whose computed date is unknown. */
  missing: TMissingFacts[];
  warnings: TMessage[];
};

type TDelayCase = "simple" | "withExpert" | "multiLevelWithExperts";

/** R2312-6 I: delays when no accord sets them. */
const LEGAL_DELAYS: Readonly<Record<TDelayCase, TDuration>> = {
  simple: { months: 1 },
  withExpert: { months: 2 },
  multiLevelWithExperts: { months: 3 },
};

/** L2312-16: no consultation delay, even an agreed one, may be under 15 days. */
export const MIN_CONSULTATION_DELAY_DAYS = 15;

export function isBelowLegalMinimum(delay: TDuration): boolean {
  // A month is never shorter than 28 days, so only a zero-month delay falls under the floor.
  return "days" in delay ? delay.days < MIN_CONSULTATION_DELAY_DAYS : delay.months < 1;
}

/** R2312-5: the delay starts on the earlier of the written information and the BDESE notice. */
export function findD0(facts: {
  infoCommunicatedDate?: TCalendarDate;
  bdeseNoticeDate?: TCalendarDate;
}): TBasis | undefined {
  const candidates: TBasis[] = [];
  if (facts.infoCommunicatedDate) candidates.push({ source: "infoCommunicatedDate", date: facts.infoCommunicatedDate });
  if (facts.bdeseNoticeDate) candidates.push({ source: "bdeseNoticeDate", date: facts.bdeseNoticeDate });
  return candidates.sort((a, b) => compareCalendarDates(a.date, b.date))[0];
}

function pickDelayCase(facts: TConsultationFacts): TDelayCase {
  if (!facts.expert.isAppointed) return "simple";
  // R2312-6 I: 3 months only when expertise meets a consultation run at both central and establishment level.
  return facts.isMultiLevel ? "multiLevelWithExperts" : "withExpert";
}

function durationParams(delay: TDuration) {
  return "months" in delay ? { amount: delay.months, unit: "months" } : { amount: delay.days, unit: "days" };
}

type TDelayChoice = { delay: TDuration; origin: "law" | "accord"; warning?: TMessage };

/** An accord's delay wins over the law's for its case, unless it breaks the 15-day floor. */
function chooseConsultationDelay(facts: TConsultationFacts): TDelayChoice {
  const delayCase = pickDelayCase(facts);
  const legal = LEGAL_DELAYS[delayCase];
  const agreed = facts.accord?.[delayCase];
  if (agreed === undefined) return { delay: legal, origin: "law" };
  if (!isBelowLegalMinimum(agreed)) return { delay: agreed, origin: "accord" };
  const warning: TMessage = {
    messageKey: "deadline.warning.accordDelayBelowMinimum",
    params: { delayCase, ...durationParams(agreed) },
    defaultText:
      "Le délai de l'accord ({amount} {unit, select, months {mois} other {jours}}) est inférieur au minimum " +
      "de 15 jours (L2312-16) : le délai légal est appliqué à la place, à faire confirmer par un juriste.",
  };
  return { delay: legal, origin: "law", warning };
}

type TContext = { facts: TConsultationFacts; d0?: TBasis; delay: TDelayChoice; consultation?: TDeadline };
type TOutcome = { date: TCalendarDate; from: readonly TBasis[] } | { needsOneOf: readonly TFactPath[] };

type TRule = {
  id: TDeadlineId;
  articles: readonly string[];
  /** French default of `deadline.rule.<id>`, in ICU syntax like messages/fr.json. */
  defaultText: string;
  /** Absent: the deadline exists in every consultation. */
  appliesWhen?: (facts: TConsultationFacts) => boolean;
  compute: (ctx: TContext) => TOutcome;
  params?: (ctx: TContext) => TMessage["params"];
  doneOn?: (facts: TConsultationFacts) => TCalendarDate | undefined;
};

const D0_FACTS: readonly TFactPath[] = ["infoCommunicatedDate", "bdeseNoticeDate"];

function plusDays(source: TFactPath, date: TCalendarDate | undefined, days: number): TOutcome {
  return date === undefined ? { needsOneOf: [source] } : { date: addDays(date, days), from: [{ source, date }] };
}

/** Counted back from the consultation deadline as it stands, so a judge's extension entered as an override carries over. */
function beforeConsultation({ consultation }: TContext, days: number): TOutcome {
  if (!consultation) return { needsOneOf: D0_FACTS };
  return {
    date: addDays(consultation.dueDate, -days),
    from: [{ source: "deadline.consultation", date: consultation.dueDate }],
  };
}

/** R2315-49 runs from a different event per ground (L2315-86); the latest one known is kept. */
function contestWindow({ facts }: TContext): TOutcome {
  const { costNoticeDate, deliberationDate } = facts.expert;
  if (costNoticeDate) return plusDays("expert.costNoticeDate", costNoticeDate, 10);
  if (deliberationDate) return plusDays("expert.deliberationDate", deliberationDate, 10);
  return { needsOneOf: ["expert.costNoticeDate", "expert.deliberationDate"] };
}

const hasExpert = (facts: TConsultationFacts) => facts.expert.isAppointed;
/** Once the central CSE has given its avis, the consultation and what hangs on its deadline are over. */
const avisDate = (facts: TConsultationFacts) => facts.avisDate;

const CONSULTATION_RULE: TRule = {
  id: "consultation",
  articles: ["R2312-5", "R2312-6 I", "L2312-16"],
  defaultText:
    "D0 + {amount} {unit, select, months {mois} other {jours}} ({origin, select, accord {accord de méthode} " +
    "other {délai légal}}) : passé ce jour, le CSE est réputé avoir rendu un avis négatif.",
  compute: ({ d0, delay }) => (d0 ? { date: addDuration(d0.date, delay.delay), from: [d0] } : { needsOneOf: D0_FACTS }),
  params: ({ delay }) => ({ ...durationParams(delay.delay), origin: delay.origin }),
  doneOn: avisDate,
};

/** Rules computed once the consultation deadline is known, in the order they are listed to reps. */
const DEPENDENT_RULES: readonly TRule[] = [
  {
    id: "establishment_avis",
    articles: ["R2312-6 II"],
    defaultText:
      "Échéance de la consultation − 7 jours : chaque CSE d'établissement transmet son avis au CSE central, sinon il est réputé négatif.",
    appliesWhen: (facts) => facts.isMultiLevel,
    compute: (ctx) => beforeConsultation(ctx, 7),
    doneOn: avisDate,
  },
  {
    id: "court_referral",
    articles: ["L2312-15"],
    defaultText:
      "Veille de l'échéance de la consultation : dernier jour pour saisir le tribunal judiciaire si les informations sont insuffisantes (la saisine ne prolonge pas le délai).",
    compute: (ctx) => beforeConsultation(ctx, 1),
    doneOn: avisDate,
  },
  {
    id: "expert_info_request",
    articles: ["R2315-45"],
    defaultText: "Désignation de l'expert + 3 jours : l'expert demande à l'employeur les informations nécessaires.",
    appliesWhen: hasExpert,
    compute: ({ facts }) => plusDays("expert.designationDate", facts.expert.designationDate, 3),
    doneOn: (facts) => facts.expert.infoRequestDate,
  },
  {
    id: "employer_reply",
    articles: ["R2315-45"],
    defaultText: "Demande de l'expert + 5 jours : l'employeur répond.",
    appliesWhen: hasExpert,
    compute: ({ facts }) => plusDays("expert.infoRequestDate", facts.expert.infoRequestDate, 5),
  },
  {
    id: "expert_cost_notice",
    articles: ["R2315-46"],
    defaultText:
      "Désignation de l'expert + 10 jours : l'expert notifie le coût prévisionnel, l'étendue et la durée de l'expertise.",
    appliesWhen: hasExpert,
    compute: ({ facts }) => plusDays("expert.designationDate", facts.expert.designationDate, 10),
    doneOn: (facts) => facts.expert.costNoticeDate,
  },
  {
    id: "expert_report",
    articles: ["R2315-47"],
    defaultText: "Échéance de la consultation − 15 jours : l'expert remet son rapport.",
    appliesWhen: hasExpert,
    compute: (ctx) => beforeConsultation(ctx, 15),
    doneOn: avisDate,
  },
  {
    id: "employer_contest",
    articles: ["R2315-49", "L2315-86"],
    defaultText:
      "Notification du coût prévisionnel (à défaut, délibération du CSE) + 10 jours : fin du délai de l'employeur pour contester l'expertise en justice.",
    appliesWhen: hasExpert,
    compute: contestWindow,
  },
];

function resolveRule(rule: TRule, ctx: TContext): { deadline?: TDeadline; missing?: TMissingFacts } {
  const outcome = rule.compute(ctx);
  const computed = "date" in outcome ? outcome : undefined;
  const missing = "needsOneOf" in outcome ? { deadlineId: rule.id, needsOneOf: outcome.needsOneOf } : undefined;
  const override = ctx.facts.overrides[rule.id];
  const dueDate = override?.date ?? computed?.date;
  if (dueDate === undefined) return { missing };
  const doneOn = rule.doneOn?.(ctx.facts);
  const deadline: TDeadline = {
    id: rule.id,
    dueDate,
    ...(override && { override: { computedDate: computed?.date, reason: override.reason } }),
    rule: { messageKey: `deadline.rule.${rule.id}`, params: rule.params?.(ctx) ?? {}, defaultText: rule.defaultText },
    articles: rule.articles,
    computedFrom: computed?.from ?? [],
    ...(doneOn && { doneOn }),
  };
  return { deadline, missing };
}

export function computeDeadlines(facts: TConsultationFacts): TDeadlineSchedule {
  const delay = chooseConsultationDelay(facts);
  const baseContext: TContext = { facts, d0: findD0(facts), delay };
  const consultation = resolveRule(CONSULTATION_RULE, baseContext);
  const context: TContext = { ...baseContext, consultation: consultation.deadline };
  const results = [
    consultation,
    ...DEPENDENT_RULES.filter((rule) => rule.appliesWhen?.(facts) ?? true).map((rule) => resolveRule(rule, context)),
  ];
  return {
    d0: baseContext.d0,
    deadlines: results.flatMap((result) => (result.deadline ? [result.deadline] : [])),
    missing: results.flatMap((result) => (result.missing ? [result.missing] : [])),
    warnings: delay.warning ? [delay.warning] : [],
  };
}

export type TDeadlineStatus = "overdue" | "due_soon" | "upcoming" | "done";

/** A week is what reps need to convene the CSE or call a lawyer; the due day itself still counts. */
export const DUE_SOON_DAYS = 7;

export function deadlineStatus(
  dueDate: TCalendarDate,
  today: TCalendarDate,
  { done = false }: { done?: boolean } = {},
): TDeadlineStatus {
  if (done) return "done";
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return "overdue";
  return daysLeft <= DUE_SOON_DAYS ? "due_soon" : "upcoming";
}

export type TDeadlineWithStatus = TDeadline & { status: TDeadlineStatus };

/** Earliest first; equal dates keep their given order (computeDeadlines lists the consultation first). */
export function sortDeadlines(deadlines: readonly TDeadline[]): TDeadline[] {
  return [...deadlines].sort((a, b) => compareCalendarDates(a.dueDate, b.dueDate));
}

/** The next open deadlines, overdue ones included (they sort first), with their status on `today`. */
export function pickNextDeadlines(
  deadlines: readonly TDeadline[],
  today: TCalendarDate,
  limit = 3,
): TDeadlineWithStatus[] {
  return sortDeadlines(deadlines)
    .map((deadline) => ({
      ...deadline,
      status: deadlineStatus(deadline.dueDate, today, { done: deadline.doneOn !== undefined }),
    }))
    .filter((deadline) => deadline.status !== "done")
    .slice(0, limit);
}
