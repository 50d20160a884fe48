import { describe, expect, it } from "vitest";

import { evaluateCompliance, RULES } from "./evaluate";
import { DEFAULT_LEGAL_CALENDAR, RULE_IDS } from "./legal-calendar";
import { factField, factHref, letterHref, RULE_LETTER } from "./next-steps";
import { buildFacts } from "./test-cases";

const ids = { caseId: "c1", toolId: "t1", employerId: "e1" };

describe("where a missing fact is filled in", () => {
  it("sends each fact to its form and field", () => {
    expect(factHref("deployment.annexIII.employment", ids)).toBe("/cases/c1/edit#annexEmployment");
    expect(factHref("deployment.emotionInference.workers", ids)).toBe("/cases/c1/edit#emotionInferenceWorkers");
    expect(factHref("deployment.callRecording.ratioPercent", ids)).toBe("/cases/c1/edit#callRecordingPercent");
    expect(factHref("deployment.pilotStartOn", ids)).toBe("/cases/c1/edit#pilotStartOn");
    expect(factHref("aiAct.infoToRepsDate", ids)).toBe("/cases/c1/edit#infoToReps");
    expect(factHref("aiAct.friaDate", ids)).toBe("/cases/c1/edit#fria");
    expect(factHref("gdpr.dpiaDone", ids)).toBe("/cases/c1/edit#dpiaDone");
    expect(factHref("consultation.avisDate", ids)).toBe("/cases/c1/consultation#avisDate");
    expect(factHref("tool.functions", ids)).toBe("/tools/t1/edit#functions");
    expect(factHref("employer.headcountBand", ids)).toBe("/employers/e1/edit#headcountBand");
    expect(factHref("deadlines.consultation", ids)).toBeNull();
  });

  it("has a form field for every fact a rule can ask for", () => {
    // Every fact left unknown in turn: whatever a rule lists as missing must be fillable somewhere.
    const unknownEverything = buildFacts({
      employer: { sector: "banque", headcountBand: "unknown" },
      tool: { functions: ["call_scoring", "voice_emotion_analysis", "credit_scoring", "insurance_pricing", "customer_chatbot", "performance_evaluation"] },
      deployment: {
        pilotStartOn: null,
        goLiveOn: null,
        monitors: ["time"],
        concerns: ["surveillance"],
        individualMonitoring: "unknown",
        customerChatbot: "unknown",
        emotionInference: { workers: "unknown", customers: "yes" },
        annexIII: { employment: "unknown", creditScoring: "unknown", lifeHealthPricing: "unknown" },
        callRecording: { ratioPercent: null, recordingRetentionMonths: null, analysisRetentionMonths: null },
      },
      consultation: { legalBases: "unknown", avis: null, avisDate: "unknown", infoCommunicatedDate: "unknown", bdeseNoticeDate: "unknown", employerAnswerDate: "unknown", workerNoticeDate: "unknown", duerpUpdatedDate: "unknown", dpiaShown: "unknown", aiTrainingOffered: "unknown" },
      aiAct: { infoToRepsDate: "unknown", friaDate: "unknown", customerAiDisclosure: "unknown", emotionDisclosure: "unknown" },
      gdpr: { dpiaDone: "unknown" },
    });
    const { flags, notYetApplicable } = evaluateCompliance(unknownEverything, { at: "2028-01-01", calendar: DEFAULT_LEGAL_CALENDAR });
    const missing = new Set([...flags, ...notYetApplicable].flatMap((item) => item.missingFacts));
    expect(missing.size).toBeGreaterThan(10);
    for (const path of missing) expect(factField(path), path).not.toBeNull();
  });

  it("offers a letter for every rule, on the letters page of the case", () => {
    expect(Object.keys(RULE_LETTER).sort()).toEqual([...RULE_IDS].sort());
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    expect(letterHref("c1", "market_surveillance_complaint")).toBe("/cases/c1/letters/new?kind=market_surveillance_complaint");
  });
});
