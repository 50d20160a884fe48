/** The employer's own collective agreements on AI (DOMAIN.md A.1.5, A.5 row 24; the agreements library). */
import { findStart, monitoringCheck, startCheck, type TRuleContext } from "../case-state";
import { all, any, no, tri, yes, type TCheck } from "../checks";
import { usedBeforeClosure } from "./consultation";
import type { TRule } from "./types";

const clause = (kind: string): TCheck => yes({ path: "agreements.clauses", value: [kind] });

/**
 * F18: a deployment breaches a clause of the employer's agreements: used before the consultation the
 * agreement promises ended (whatever the staff size: the agreement binds on its own), individual
 * monitoring despite monitoring limits, no AI training despite a training clause, jobs cut despite a
 * no-dismissal-for-AI clause (whether the cuts are "for AI" is for the rep to check). Art. 2(11) of
 * the AI Act keeps such more favourable clauses in force.
 */
const agreementBreached: TRule = {
  id: "F18",
  severity: "high",
  articles: ["L2254-1", "L2262-11", "L2262-12", "AI Act art. 2(11)"],
  caseLaw: [],
  explanation:
    "Le déploiement méconnaît une clause d'un accord collectif de l'employeur sur l'IA (consultation préalable, limites de la surveillance, formation ou absence de licenciement lié à l'IA).",
  nextStep:
    "Rappeler par écrit la clause à l'employeur et en demander l'application ; à défaut, saisir le tribunal judiciaire en exécution de l'accord (L2262-11, L2262-12) ou signaler le manquement à l'inspection du travail.",
  check: (ctx: TRuleContext) => {
    const clauses: readonly string[] = ctx.facts.agreements.clauses;
    if (clauses.length === 0) return no;
    const { deployment, consultation } = ctx.facts;
    const started = startCheck(findStart(ctx), ctx.facts);
    const jobsCut = deployment.jobsCut;
    return any(
      clauses.includes("consultation") ? all(clause("consultation"), usedBeforeClosure(ctx)) : no,
      clauses.includes("monitoring_limits") ? all(clause("monitoring_limits"), started, monitoringCheck(ctx), tri("deployment.individualMonitoring", deployment.individualMonitoring)) : no,
      clauses.includes("training") ? all(clause("training"), started, tri("consultation.aiTrainingOffered", consultation.aiTrainingOffered, "no")) : no,
      clauses.includes("no_ai_dismissal") && jobsCut !== null && jobsCut !== undefined && jobsCut > 0 ? all(clause("no_ai_dismissal"), yes({ path: "deployment.jobsCut", value: jobsCut })) : no,
    );
  },
};

export const AGREEMENT_RULES = [agreementBreached];
