/**
 * Fact builders for the compliance tests: a compliant live case that raises no flag, patched per
 * pattern. Patches are merged deeply; arrays and dates are replaced.
 */
import { ZComplianceFacts, type TComplianceFacts, type TComplianceFactsInput } from "./facts";

type TPatch = { [key: string]: unknown };

export const COMPLIANT_LIVE_CASE: TComplianceFactsInput = {
  employer: { sector: "assurance", headcountBand: "1000-4999" },
  tool: { functions: ["summarise"], dataCategories: ["customer"], hostingRegion: "eu", trainsOnCustomerData: "no", trainsOnEmployeeData: "no" },
  deployment: {
    phase: "production",
    firstKnownOn: "2025-09-01",
    pilotStartOn: "2026-04-01",
    goLiveOn: "2026-06-01",
    individualMonitoring: "no",
    customerChatbot: "no",
    emotionInference: { workers: "no", customers: "no" },
    annexIII: { employment: "no", creditScoring: "no", lifeHealthPricing: "no" },
    callRecording: { ratioPercent: 10, recordingRetentionMonths: 3, analysisRetentionMonths: 6 },
    rpsAssessed: "yes",
  },
  consultation: {
    legalBases: ["l2312_8_new_technology", "l2312_38_monitoring", "l2312_38_hr_processing"],
    infoCommunicatedDate: "2026-02-02",
    bdeseNoticeDate: "none",
    avis: "favourable",
    avisDate: "2026-03-01",
    employerAnswerDate: "2026-03-10",
    workerNoticeDate: "2026-03-15",
    duerpUpdatedDate: "2026-03-20",
    dpiaShown: "yes",
    aiTrainingOffered: "yes",
  },
  aiAct: {
    infoToRepsDate: "2026-02-02",
    infoToWorkersDate: "2026-03-15",
    friaDate: "2026-03-01",
    significantChangeDate: "none",
    logRetentionMonths: 12,
    customerAiDisclosure: "yes",
    emotionDisclosure: "yes",
  },
  gdpr: { dpiaDone: "yes", vendorTrainingBasis: "yes" },
};

/** The same compliant case a year and a half earlier, to test the 2 Feb 2025 dates of application. */
export const EARLY_TIMELINE: TPatch = {
  deployment: { firstKnownOn: "2024-09-01", pilotStartOn: "2025-01-15", goLiveOn: "2025-03-01" },
  consultation: {
    infoCommunicatedDate: "2024-10-01",
    avisDate: "2024-11-01",
    employerAnswerDate: "2024-11-05",
    workerNoticeDate: "2024-11-10",
    duerpUpdatedDate: "2024-11-10",
  },
  aiAct: { infoToRepsDate: "2024-10-01", infoToWorkersDate: "2024-11-10", friaDate: "2024-11-01" },
};

const isPlainObject = (value: unknown): value is TPatch => typeof value === "object" && value !== null && !Array.isArray(value);

export function mergeDeep(base: TPatch, patch: TPatch): TPatch {
  const merged: TPatch = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = merged[key];
    merged[key] = isPlainObject(current) && isPlainObject(value) ? mergeDeep(current, value) : value;
  }
  return merged;
}

export function buildFacts(...patches: TPatch[]): TComplianceFacts {
  return ZComplianceFacts.parse(patches.reduce(mergeDeep, COMPLIANT_LIVE_CASE as TPatch));
}
