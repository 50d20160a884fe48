/** Workers' individual information and occupational risk (DOMAIN.md A.1.1, A.1.4; A.5 rows 4, 9). */
import { addDays, compareCalendarDates } from "@/lib/consultations/calendar-date";

import { findStart, hasCseCheck, monitoringCheck, notDoneBeforeStart, startCheck, type TRuleContext } from "../case-state";
import { all, any, no, tri, unknown, yes, type TCheck } from "../checks";
import type { TRule } from "./types";

/** F4: no personal information may be collected by a device workers were not told about first (L1222-4). */
const noWorkerNotice: TRule = {
  id: "F4",
  severity: "high",
  articles: ["L1222-4"],
  caseLaw: [],
  explanation:
    "L'outil collecte des informations personnelles sur les salariés sans qu'ils en aient été informés individuellement au préalable.",
  nextStep: "Exiger une information individuelle écrite de chaque salarié concerné avant toute collecte.",
  check: (ctx) => {
    const start = findStart(ctx);
    return all(startCheck(start, ctx.facts), monitoringCheck(ctx), notDoneBeforeStart("consultation.workerNoticeDate", ctx.facts.consultation.workerNoticeDate, start, ctx.appliesFrom));
  },
};

/** Concerns that are changes to working conditions or psychosocial risks (DOMAIN.md A.1.4, RPS items). */
const WORKING_CONDITION_CONCERNS = [
  "work_intensification",
  "checking_work",
  "error_liability",
  "job_cuts",
  "algorithmic_management",
  "surveillance",
  "deskilling",
  "it_dependence",
] as const;

/**
 * Catalogue functions that organise the work itself (schedules, task allocation, call scoring,
 * performance evaluation): a sign of an "aménagement important" of working conditions.
 */
const WORK_ORGANISING_FUNCTIONS = ["scheduling", "task_allocation", "call_scoring", "performance_evaluation"] as const;

/**
 * F6: a decision of "aménagement important" changing working conditions requires a DUERP update
 * (R4121-2 2°), on which the CSE is consulted (L4121-3). The update may follow the decision, so any
 * recorded date counts as done. The legal basis or the concerns say it is such a project; a tool that
 * organises work only suggests it, so with the basis or the concerns unknown the flag is suspected and
 * names them.
 */
const duerpNotUpdated: TRule = {
  id: "F6",
  severity: "medium",
  articles: ["R4121-2", "L4121-3", "R4741-1"],
  caseLaw: [],
  explanation:
    "Le projet modifie les conditions de travail mais le document unique d'évaluation des risques (DUERP) n'a pas été mis à jour.",
  nextStep:
    "Demander la mise à jour du DUERP avec les risques psychosociaux liés à l'outil, et la consultation du CSE sur cette mise à jour.",
  check: (ctx) => {
    const updated = ctx.facts.consultation.duerpUpdatedDate;
    const notUpdated = updated === "none" ? yes({ path: "consultation.duerpUpdatedDate", value: "none" }) : updated === "unknown" ? unknown(["consultation.duerpUpdatedDate"]) : no;
    return all(startCheck(findStart(ctx), ctx.facts), affectsWorkingConditions(ctx), notUpdated);
  },
};

/** The project changes working conditions (F6, F7): by its legal basis, the concerns, or what the tool does. */
function affectsWorkingConditions(ctx: TRuleContext): TCheck {
  const { consultation, deployment } = ctx.facts;
  const bases = consultation.legalBases;
  const concerns = deployment.concerns.filter((concern) => (WORKING_CONDITION_CONCERNS as readonly string[]).includes(concern));
  const organising = ctx.facts.tool.functions.filter((fn) => (WORK_ORGANISING_FUNCTIONS as readonly string[]).includes(fn));
  // An empty concern list may just not be filled in; a known basis without working conditions is an answer.
  const undecided = [...(bases === "unknown" ? ["consultation.legalBases"] : []), ...(deployment.concerns.length === 0 ? ["deployment.concerns"] : [])];
  return any(
    bases !== "unknown" && bases.includes("l2312_8_working_conditions") ? yes({ path: "consultation.legalBases", value: bases }) : no,
    concerns.length > 0 ? yes({ path: "deployment.concerns", value: concerns }) : no,
    organising.length > 0 && undecided.length > 0 ? unknown(undecided, [{ path: "tool.functions", value: organising }]) : no,
  );
}

/**
 * F7: the employer's safety duty (L4121-1, L4121-2) includes assessing the health and psychosocial
 * risks of a project that changes working conditions (workload, checking AI output, error liability,
 * outages), a ground for an expertise (L2315-94 1° or 2°).
 */
const noRiskAssessment: TRule = {
  id: "F7",
  severity: "medium",
  articles: ["L4121-1", "L4121-2", "L2315-94"],
  caseLaw: ["Déclaration conjointe des partenaires sociaux européens de la banque sur l'IA, 14 mai 2024"],
  explanation:
    "Le projet modifie les conditions de travail mais ses risques pour la santé et ses risques psychosociaux (charge, temps de vérification, responsabilité des erreurs, pannes) n'ont pas été évalués.",
  nextStep:
    "Demander l'évaluation des risques psychosociaux liés à l'outil ; à défaut, envisager une expertise du CSE (L2315-94) et alimenter le registre du travail invisible.",
  check: (ctx) => all(startCheck(findStart(ctx), ctx.facts), affectsWorkingConditions(ctx), tri("deployment.rpsAssessed", ctx.facts.deployment.rpsAssessed, "no")),
};

/** L2312-59 says "sans délai": after this many days without an investigation, the alert is unanswered. */
export const ALERT_INVESTIGATION_DAYS = 8;

/**
 * F17: a CSE member's alert about an infringement of people's rights or freedoms (L2312-59) obliges the
 * employer to investigate with the member without delay; a CSE exists from 11 staff (L2312-5).
 */
const alertNotInvestigated: TRule = {
  id: "F17",
  severity: "high",
  articles: ["L2312-59", "L2312-5", "L1121-1"],
  caseLaw: [],
  explanation: `Un élu a exercé le droit d'alerte pour atteinte aux droits des personnes et l'employeur n'a pas mené d'enquête avec lui dans les ${ALERT_INVESTIGATION_DAYS} jours.`,
  nextStep:
    "Relancer par écrit l'employeur ; à défaut d'enquête, saisir le bureau de jugement du conseil de prud'hommes (procédure accélérée au fond), avec l'accord écrit du salarié concerné.",
  check: ({ facts, at }) => {
    const { rightsAlertOn, alertInvestigationDate } = facts.deployment;
    if (!rightsAlertOn || compareCalendarDates(addDays(rightsAlertOn, ALERT_INVESTIGATION_DAYS), at) > 0) return no;
    const path = "deployment.alertInvestigationDate";
    const notInvestigated = alertInvestigationDate === "none" ? yes({ path, value: "none" }) : alertInvestigationDate === "unknown" ? unknown([path]) : no;
    return all(hasCseCheck(facts), yes({ path: "deployment.rightsAlertOn", value: rightsAlertOn }), notInvestigated);
  },
};

export const WORKER_RULES = [noWorkerNotice, duerpNotUpdated, noRiskAssessment, alertNotInvestigated];
