/**
 * What the case page offers next to a flag: the letter that asks the employer to comply, and where in
 * the forms each fact lives, so that a missing one is one click away. Pure.
 */
import type { LetterKind } from "@/generated/prisma/enums";

import type { TRuleId } from "./legal-calendar";

/** The letter (lib/letters) that answers each rule's breach; it is always offered while the flag is open. */
export const RULE_LETTER: Readonly<Record<TRuleId, LetterKind>> = {
  F1: "suspend_deployment",
  F2: "open_consultation",
  F3: "open_consultation",
  F4: "rights_alert",
  F5: "precise_information",
  F6: "duerp_update",
  F7: "duerp_update",
  F8: "market_surveillance_complaint",
  F9: "precise_information",
  F10: "precise_information",
  F11: "precise_information",
  F12: "precise_information",
  F13: "precise_information",
  F14: "precise_information",
  F15: "precise_information",
  F16: "cnil_complaint",
  F17: "labour_inspection_alert",
  F18: "labour_inspection_alert",
  F19: "labour_inspection_alert",
};

/** The letter-drafting page of a case (app/(app)/cases/[id]/letters/new). */
export function letterHref(caseId: string, kind: LetterKind): string {
  return `/cases/${caseId}/letters/new?kind=${kind}`;
}

export type TFactForm = "case" | "consultation" | "tool" | "employer";

/** Fact paths whose form field is not named after the path's last segment (the case form's AI Act part). */
const CASE_FIELD_OF: Readonly<Record<string, string>> = {
  "deployment.emotionInference.workers": "emotionInferenceWorkers",
  "deployment.emotionInference.customers": "emotionInferenceCustomers",
  "deployment.annexIII.employment": "annexEmployment",
  "deployment.annexIII.creditScoring": "annexCreditScoring",
  "deployment.annexIII.lifeHealthPricing": "annexLifeHealthPricing",
  "deployment.callRecording.ratioPercent": "callRecordingPercent",
  "deployment.callRecording.recordingRetentionMonths": "recordingRetentionMonths",
  "deployment.callRecording.analysisRetentionMonths": "analysisRetentionMonths",
  "aiAct.infoToRepsDate": "infoToReps",
  "aiAct.infoToWorkersDate": "infoToWorkers",
  "aiAct.significantChangeDate": "significantChange",
  "aiAct.logRetentionMonths": "logRetentionMonths",
  "deployment.alertInvestigationDate": "alertInvestigated",
  "gdpr.vendorTrainingBasis": "vendorTrainingBasis",
  "aiAct.friaDate": "fria",
  "aiAct.customerAiDisclosure": "customerAiDisclosure",
  "aiAct.emotionDisclosure": "emotionDisclosure",
  "gdpr.dpiaDone": "dpiaDone",
};

/**
 * The form and field (its element id, as the page's #fragment) where a fact is recorded, or null for a
 * computed one (deadlines.*). The case form holds deployment.*, aiAct.* and gdpr.*; the consultation
 * form consultation.*; the catalogue entry tool.*; the employer employer.*.
 */
export function factField(path: string): { form: TFactForm; field: string } | null {
  const mapped = CASE_FIELD_OF[path];
  if (mapped) return { form: "case", field: mapped };
  const [root, ...rest] = path.split(".");
  const field = rest.join(".");
  if (!field) return null;
  if (root === "deployment" && rest.length === 1) return { form: "case", field };
  if (root === "consultation") return { form: "consultation", field };
  if (root === "tool") return { form: "tool", field };
  if (root === "employer") return { form: "employer", field };
  return null;
}

export function factHref(path: string, ids: { caseId: string; toolId: string; employerId: string }): string | null {
  const target = factField(path);
  if (!target) return null;
  const page = {
    case: `/cases/${ids.caseId}/edit`,
    consultation: `/cases/${ids.caseId}/consultation`,
    tool: `/tools/${ids.toolId}/edit`,
    employer: `/employers/${ids.employerId}/edit`,
  }[target.form];
  return `${page}#${target.field}`;
}

/** Fact paths whose values are enum members, and the enums.json group that names them. */
export const FACT_ENUM_GROUPS: Readonly<Record<string, string>> = {
  "deployment.phase": "phase",
  "deployment.monitors": "monitor",
  "deployment.concerns": "concern",
  "tool.functions": "aiFunction",
  "tool.dataCategories": "dataCategory",
  "tool.hostingRegion": "hostingRegion",
  "consultation.legalBases": "legalBasis",
  "consultation.avis": "avis",
  "agreements.clauses": "clauseKind",
};
