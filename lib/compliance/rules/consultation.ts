/** CSE information-consultation rules (Code du travail, DOMAIN.md A.1.1 and A.5 rows 1, 2, 7). */
import { compareCalendarDates } from "@/lib/consultations/calendar-date";

import { consultationDutiesCheck, findClosure, findStart, monitoringCheck, startCheck, type TRuleContext } from "../case-state";
import { all, no, unknown, yes, type TCheck } from "../checks";
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

export const CONSULTATION_RULES = [deployedBeforeConsultation, monitoringWithoutConsultation, noReasonedAnswer];
