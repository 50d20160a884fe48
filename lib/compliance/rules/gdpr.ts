/** GDPR and CNIL doctrine on employee monitoring (DOMAIN.md A.3; A.5 rows 19, 21). */
import { declaredUse, findStart, monitoringCheck, startCheck } from "../case-state";
import { all, any, no, tri, unknown, yes, type TCheck } from "../checks";
import type { TRule } from "./types";

/**
 * F14: the CNIL list (délib. 2018-327) requires a DPIA for constant monitoring of employees' activity
 * and for HR profiling (GDPR Art. 35). A DPIA shown to the CSE proves it exists.
 */
const dpiaMissing: TRule = {
  id: "F14",
  severity: "high",
  articles: ["RGPD art. 35", "CNIL délib. 2018-327"],
  caseLaw: [],
  explanation: "Surveillance individuelle des salariés ou profilage RH sans analyse d'impact (AIPD).",
  nextStep: "Demander l'AIPD, sa communication au CSE et le recueil de l'avis des représentants (art. 35(9)).",
  check: (ctx) => {
    const { deployment, consultation, gdpr } = ctx.facts;
    const individualMonitoring = all(monitoringCheck(ctx), tri("deployment.individualMonitoring", deployment.individualMonitoring));
    const hrProfiling = declaredUse("deployment.annexIII.employment", deployment.annexIII.employment, ctx.facts, ["performance_evaluation", "recruitment"]);
    const noDpia = consultation.dpiaShown === "yes" ? no : tri("gdpr.dpiaDone", gdpr.dpiaDone, "no");
    return all(startCheck(findStart(ctx), ctx.facts), any(individualMonitoring, hrProfiling), noDpia);
  },
};

/** CNIL: recordings kept at most 6 months, analysis documents at most 1 year. */
const MAX_RECORDING_MONTHS = 6;
const MAX_ANALYSIS_MONTHS = 12;
/** DOMAIN.md A.5 row 21 flags 100% recording; where "ponctuel" ends below that is not settled. */
const SYSTEMATIC_PERCENT = 100;

/** A measured fact against its limit; not measured means unknown. */
function breaches(path: string, value: number | null | undefined, isBreach: (value: number) => boolean): TCheck {
  if (value === null || value === undefined) return unknown([path]);
  return isBreach(value) ? yes({ path, value }) : no;
}

const CALL_FUNCTIONS = ["call_transcription", "call_scoring", "voice_emotion_analysis"];

/** F16: the CNIL allows call listening/recording only occasionally, never permanently or for all calls. */
const systematicCallRecording: TRule = {
  id: "F16",
  severity: "high",
  articles: ["CNIL, écoute et enregistrement des appels sur le lieu de travail", "RGPD art. 5(1)(c)", "L1121-1"],
  caseLaw: ["CNIL, réponse au syndicat SUD, 19 déc. 2014 (BlueLink)"],
  explanation:
    "Les appels sont enregistrés de façon systématique ou conservés au-delà des durées admises par la CNIL (6 mois pour les enregistrements, 1 an pour les analyses).",
  nextStep: "Demander la limitation à un enregistrement ponctuel, les durées de conservation et une ligne non enregistrée pour les élus.",
  check: (ctx) => {
    const { deployment, tool } = ctx.facts;
    const callFunctions = tool.functions.filter((fn) => CALL_FUNCTIONS.includes(fn));
    const recordsCalls = any(
      deployment.monitors.includes("calls") ? yes({ path: "deployment.monitors", value: deployment.monitors }) : no,
      callFunctions.length > 0 ? yes({ path: "tool.functions", value: callFunctions }) : no,
    );
    const { ratioPercent, recordingRetentionMonths, analysisRetentionMonths } = deployment.callRecording;
    return all(
      startCheck(findStart(ctx), ctx.facts),
      recordsCalls,
      any(
        breaches("deployment.callRecording.ratioPercent", ratioPercent, (percent) => percent >= SYSTEMATIC_PERCENT),
        breaches("deployment.callRecording.recordingRetentionMonths", recordingRetentionMonths, (months) => months > MAX_RECORDING_MONTHS),
        breaches("deployment.callRecording.analysisRetentionMonths", analysisRetentionMonths, (months) => months > MAX_ANALYSIS_MONTHS),
      ),
    );
  },
};

/** Data categories that make a vendor's training on "customer" or "employee" data personal data. */
const CUSTOMER_DATA = ["customer", "financial", "health"];
const EMPLOYEE_DATA = ["employee", "voice", "biometric"];

/** The vendor re-uses the data for training: declared in the catalogue, or unknown while the tool processes such data. */
function vendorTrains(path: string, value: "yes" | "no" | "unknown", categories: readonly string[], signals: readonly string[]): TCheck {
  if (value !== "unknown") return value === "yes" ? yes({ path, value }) : no;
  const seen = categories.filter((category) => signals.includes(category));
  return seen.length > 0 ? unknown([path], [{ path: "tool.dataCategories", value: seen }]) : no;
}

/**
 * F15: a vendor training its models on the customers' or staff's data processed for the employer is a
 * further purpose (GDPR Art. 5(1)(b)) that needs its own legal basis (Art. 6) and the processor
 * contract's instructions (Art. 28(3)(a)); the CNIL asks deployers to check it before use.
 */
const vendorTrainingWithoutBasis: TRule = {
  id: "F15",
  severity: "medium",
  articles: ["RGPD art. 5(1)(b)", "RGPD art. 6", "RGPD art. 28(3)(a)"],
  caseLaw: ["CNIL, recommandations sur le déploiement de l'IA générative (2024-2025)"],
  explanation:
    "Le fournisseur réutilise les données des clients ou des salariés pour entraîner ses modèles sans que l'employeur ait documenté la base légale de cette réutilisation.",
  nextStep:
    "Demander le contrat de sous-traitance, la base légale de l'entraînement sur les données, la possibilité de s'y opposer et sa mention dans l'information des salariés.",
  check: (ctx) => {
    const { tool, gdpr } = ctx.facts;
    return all(
      startCheck(findStart(ctx), ctx.facts),
      any(
        vendorTrains("tool.trainsOnCustomerData", tool.trainsOnCustomerData, tool.dataCategories, CUSTOMER_DATA),
        vendorTrains("tool.trainsOnEmployeeData", tool.trainsOnEmployeeData, tool.dataCategories, EMPLOYEE_DATA),
      ),
      tri("gdpr.vendorTrainingBasis", gdpr.vendorTrainingBasis, "no"),
    );
  },
};

export const GDPR_RULES = [dpiaMissing, vendorTrainingWithoutBasis, systematicCallRecording];
