/** CSE information-consultation rules (Code du travail, DOMAIN.md A.1.1 and A.5 rows 1, 2, 7). */
import { addDays, compareCalendarDates, type TCalendarDate } from "@/lib/consultations/calendar-date";

import { consultationDutiesCheck, findClosure, findStart, monitoringCheck, startCheck, type TRuleContext } from "../case-state";
import { all, any, no, unknown, yes, type TCheck } from "../checks";
import type { TRule } from "./types";

/**
 * F1: the CSE must be consulted before the decision (L2312-14), and a "pilot" on real work is already a
 * first implementation (TJ Nanterre, 14/02/2025). The consultation ends with the avis, or the day after
 * its deadline when the CSE is deemed to have given a negative avis (R2312-6).
 */
const deployedBeforeConsultation: TRule = {
  id: "F1",
  severity: "critical",
  articles: ["L2312-8", "L2312-14", "R2312-6"],
  caseLaw: ["TJ Nanterre, réf., 14 févr. 2025, RG 24/01457", "TJ Pontoise, 15 avr. 2022, RG 22/00134"],
  explanation: "L'outil est utilisé (pilote ou déploiement) avant la fin de l'information-consultation du CSE. Un pilote est déjà une première mise en œuvre.",
  nextStep: "Demander par écrit la suspension du déploiement jusqu'à l'avis du CSE ; à défaut, envisager un référé (trouble manifestement illicite).",
  check: (ctx) => all(consultationDutiesCheck(ctx.facts), usedBeforeClosure(ctx)),
};

/** F1's core: the tool was used before the consultation ended (whatever the staff size). */
export function usedBeforeClosure(ctx: TRuleContext): TCheck {
  const start = findStart(ctx);
  if (start.kind === "none") return no;
  const started = startCheck(start, ctx.facts);
  const closure = findClosure(ctx);
  if (closure.kind === "never") {
    const { infoCommunicatedDate, bdeseNoticeDate } = ctx.facts.consultation;
    return all(
      started,
      yes({ path: "consultation.infoCommunicatedDate", value: infoCommunicatedDate }, { path: "consultation.bdeseNoticeDate", value: bdeseNoticeDate }),
    );
  }
  if (closure.kind === "unknown") return all(started, unknown(closure.missing));
  const isBefore = start.kind === "on" ? compareCalendarDates(start.date, closure.date) < 0 : compareCalendarDates(ctx.at, closure.date) < 0;
  // An undated use once the consultation has ended may have begun before or after its end.
  if (!isBefore) return start.kind === "undated" ? all(started, unknown(["deployment.pilotStartOn", "deployment.goLiveOn"])) : no;
  // Counted from the deadline: an avis given earlier, if any, could have ended the consultation sooner.
  return all(started, yes(closure.trigger), closure.avisUnknown ? unknown(["consultation.avisDate"]) : yes());
}

/** F2: a tool able to monitor employees' activity needs its own consultation (L2312-38 al. 3). */
const monitoringWithoutConsultation: TRule = {
  id: "F2",
  severity: "high",
  articles: ["L2312-38"],
  caseLaw: ["Cass. soc., 11 déc. 2019, n° 18-11.792"],
  explanation:
    "L'outil permet de contrôler l'activité des salariés mais le CSE n'a pas été consulté à ce titre. Les preuves tirées de cet outil sont en principe inopposables aux salariés.",
  nextStep: "Demander l'ouverture d'une consultation au titre de l'article L2312-38 avant tout usage de contrôle.",
  check: (ctx) => {
    const bases = ctx.facts.consultation.legalBases;
    let notConsulted: TCheck = no;
    if (bases === "unknown") notConsulted = unknown(["consultation.legalBases"]);
    else if (!bases.includes("l2312_38_monitoring")) notConsulted = yes({ path: "consultation.legalBases", value: bases });
    return all(consultationDutiesCheck(ctx.facts), startCheck(findStart(ctx), ctx.facts), monitoringCheck(ctx), notConsulted);
  },
};

/** F5: the employer must give reasons for the follow-up it gives to the CSE's avis (L2312-15). */
const noReasonedAnswer: TRule = {
  id: "F5",
  severity: "medium",
  articles: ["L2312-15"],
  caseLaw: [],
  explanation: "Le CSE a rendu son avis mais l'employeur n'a pas répondu de façon motivée à ses observations.",
  nextStep: "Demander par écrit à l'employeur la réponse motivée prévue par l'article L2312-15.",
  check: ({ facts, at }) => {
    const { avisDate, employerAnswerDate } = facts.consultation;
    const hasAvis = avisDate !== "none" && avisDate !== "unknown" && compareCalendarDates(avisDate, at) <= 0;
    if (!hasAvis || (employerAnswerDate !== "none" && employerAnswerDate !== "unknown")) return no;
    const answer =
      employerAnswerDate === "none" ? yes({ path: "consultation.employerAnswerDate", value: "none" }) : unknown(["consultation.employerAnswerDate"]);
    return all(consultationDutiesCheck(facts), yes({ path: "consultation.avisDate", value: avisDate }), answer);
  },
};

/** Catalogue functions that are automated personnel management or recruitment aids (L2312-38 al. 1-2). */
const HR_FUNCTIONS = ["recruitment", "performance_evaluation", "scheduling", "task_allocation"];
const HR_BASES: readonly string[] = ["l2312_38_hr_processing", "l2312_38_recruitment"];

/**
 * When the CSE was informed (D0: the earlier of the written information and the BDESE notice, R2312-5):
 * a day, "none" when both are known not to have happened, otherwise the unknown ones are missing.
 */
function informedOn({ consultation }: TRuleContext["facts"]): { date: TCalendarDate } | { none: true } | { missing: string[] } {
  const keys = ["infoCommunicatedDate", "bdeseNoticeDate"] as const;
  const dates = keys.map((key) => consultation[key]).filter((value): value is TCalendarDate => value !== "none" && value !== "unknown");
  const earliest = dates.sort(compareCalendarDates)[0];
  if (earliest) return { date: earliest };
  const missing = keys.filter((key) => consultation[key] === "unknown").map((key) => `consultation.${key}`);
  return missing.length > 0 ? { missing } : { none: true };
}

/**
 * F3: the CSE is informed before their introduction of automated personnel-management processing
 * (al. 2) and of recruitment-aid methods (al. 1), on that basis (L2312-38). The catalogue says what the
 * tool does; an Annex III 4 use declared on the case is such a processing too.
 */
const hrProcessingBeforeInformation: TRule = {
  id: "F3",
  severity: "high",
  articles: ["L2312-38 al. 1 et 2", "L1221-8", "L1221-9"],
  caseLaw: ["TJ Nanterre, réf., 29 janv. 2026, RG 25/02856"],
  explanation:
    "Un traitement automatisé de gestion du personnel ou une méthode d'aide au recrutement est utilisé sans que le CSE en ait été informé au préalable à ce titre.",
  nextStep:
    "Demander par écrit l'information du CSE au titre de l'article L2312-38 (gestion du personnel, recrutement) avant toute utilisation, et informer les candidats (L1221-8).",
  check: (ctx) => {
    const { facts } = ctx;
    const start = findStart(ctx);
    const functions = facts.tool.functions.filter((fn) => HR_FUNCTIONS.includes(fn));
    const hrUse = any(
      functions.length > 0 ? yes({ path: "tool.functions", value: functions }) : no,
      facts.deployment.annexIII.employment === "yes" ? yes({ path: "deployment.annexIII.employment", value: "yes" }) : no,
    );
    const bases = facts.consultation.legalBases;
    let notInformed: TCheck;
    if (bases === "unknown") notInformed = unknown(["consultation.legalBases"]);
    else if (!bases.some((basis) => HR_BASES.includes(basis))) notInformed = yes({ path: "consultation.legalBases", value: bases });
    else {
      const informed = informedOn(facts);
      if ("missing" in informed) notInformed = unknown(informed.missing);
      else if ("none" in informed) notInformed = yes({ path: "consultation.infoCommunicatedDate", value: "none" });
      else if (start.kind === "on" && compareCalendarDates(informed.date, start.date) > 0) notInformed = yes({ path: "consultation.infoCommunicatedDate", value: informed.date });
      else notInformed = no;
    }
    return all(consultationDutiesCheck(facts), startCheck(start, facts), hrUse, notInformed);
  },
};

/** Days after a written request to consult (or to stop) beyond which continued use reads as a refusal. */
export const ENTRAVE_REQUEST_DAYS = 15;
const LIVE_NOW = new Set(["pilot", "rollout", "production"]);

/**
 * F19, the "délit d'entrave" indicator (DOMAIN A.5 row 23): the tool is used before the consultation
 * ended (F1, known), the CSE asked in writing, and 15 days later the consultation had still not ended
 * while the tool is still in use. The offence is intentional (L2317-1): the flag is an indicator for a
 * lawyer, never a finding.
 */
const possibleObstruction: TRule = {
  id: "F19",
  severity: "critical",
  articles: ["L2317-1", "L2312-8", "C. pén. 131-38"],
  caseLaw: ["TJ Nanterre, réf., 14 févr. 2025, RG 24/01457"],
  explanation:
    "Indice de délit d'entrave : l'outil est utilisé avant la fin de la consultation et l'employeur poursuit malgré la demande écrite du CSE. Le délit suppose une intention : à faire examiner par un avocat.",
  nextStep:
    "Transmettre le dossier (demande écrite, dates d'utilisation) à l'avocat du CSE ou du syndicat ; envisager un signalement à l'inspection du travail et une plainte pour entrave (7 500 € d'amende).",
  check: (ctx) => {
    const used = all(consultationDutiesCheck(ctx.facts), usedBeforeClosure(ctx));
    // Only a known use before the end of the consultation: a suspected F1 is no indicator of intent.
    if (used.state !== "yes") return no;
    const requestedOn = ctx.facts.letters.consultationRequestedOn;
    if (!requestedOn) return no;
    const refusedOn = addDays(requestedOn, ENTRAVE_REQUEST_DAYS);
    if (compareCalendarDates(refusedOn, ctx.at) > 0) return no;
    // The consultation ended within the 15 days: going on afterwards is lawful.
    const closure = findClosure(ctx);
    if (closure.kind === "on" && compareCalendarDates(refusedOn, closure.date) >= 0) return no;
    const phase = ctx.facts.deployment.phase;
    if (!LIVE_NOW.has(phase)) return no;
    return all(used, yes({ path: "letters.consultationRequestedOn", value: requestedOn }, { path: "deployment.phase", value: phase }));
  },
};

export const CONSULTATION_RULES = [deployedBeforeConsultation, monitoringWithoutConsultation, hrProcessingBeforeInformation, noReasonedAnswer, possibleObstruction];
