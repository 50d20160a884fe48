import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { evaluateCompliance } from "./evaluate";
import { parseComplianceFacts, ZComplianceFacts } from "./facts";
import { DEFAULT_LEGAL_CALENDAR, ZLegalCalendar } from "./legal-calendar";
import { COMPLIANT_LIVE_CASE, mergeDeep } from "./test-cases";

const withPatch = (patch: Record<string, unknown>) => mergeDeep(COMPLIANT_LIVE_CASE as Record<string, unknown>, patch);

describe("parseComplianceFacts: errors name the field", () => {
  it.each([
    { name: "missing phase", input: withPatch({ deployment: { phase: undefined } }), path: "deployment.phase", message: /expected one of/ },
    { name: "impossible date", input: withPatch({ consultation: { avisDate: "2026-02-30" } }), path: "consultation.avisDate", message: /"YYYY-MM-DD", "none" or "unknown"/ },
    { name: "wrong tri-state", input: withPatch({ gdpr: { dpiaDone: "maybe" } }), path: "gdpr.dpiaDone", message: /"yes", "no" or "unknown"/ },
    { name: "unknown tool function", input: withPatch({ tool: { functions: ["summarise", "mind_reading"] } }), path: "tool.functions.1", message: /expected one of/ },
    { name: "misspelt field", input: withPatch({ deployment: { pilotStart: "2026-04-01" } }), path: "deployment", message: /pilotStart/ },
    { name: "percentage over 100", input: withPatch({ deployment: { callRecording: { ratioPercent: 150 } } }), path: "deployment.callRecording.ratioPercent", message: /100/ },
    { name: "first known date missing", input: withPatch({ deployment: { firstKnownOn: undefined } }), path: "deployment.firstKnownOn", message: /"YYYY-MM-DD"/ },
    { name: "not an object", input: "facts", path: "(root)", message: /object/ },
  ])("$name → $path", ({ input, path: fieldPath, message }) => {
    const result = parseComplianceFacts(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe(fieldPath);
    expect(result.errors[0]?.message).toMatch(message);
  });

  it("reads absent and null facts as unknown, never as no", () => {
    const facts = ZComplianceFacts.parse({
      employer: { sector: "banque" },
      tool: {},
      deployment: { phase: "rumour", firstKnownOn: "2026-01-05", pilotStartOn: null },
      consultation: { avisDate: null },
    });
    expect(facts.consultation).toMatchObject({ legalBases: "unknown", avisDate: "unknown", workerNoticeDate: "unknown", dpiaShown: "unknown" });
    expect(facts.deployment).toMatchObject({ pilotStartOn: undefined, individualMonitoring: "unknown", emotionInference: { workers: "unknown", customers: "unknown" } });
    expect(facts.aiAct).toEqual({
      infoToRepsDate: "unknown",
      infoToWorkersDate: "unknown",
      friaDate: "unknown",
      significantChangeDate: "unknown",
      logRetentionMonths: undefined,
      customerAiDisclosure: "unknown",
      emotionDisclosure: "unknown",
    });
    expect([facts.deployment.rpsAssessed, facts.deployment.rightsAlertOn, facts.deployment.alertInvestigationDate]).toEqual(["unknown", undefined, "unknown"]);
    expect(facts.gdpr).toEqual({ dpiaDone: "unknown", vendorTrainingBasis: "unknown" });
    expect(facts.letters.consultationRequestedOn).toBeUndefined();
    expect(facts.employer.headcountBand).toBe("unknown");
  });
});

describe("ZLegalCalendar", () => {
  it("accepts the default calendar", () => {
    expect(ZLegalCalendar.parse(DEFAULT_LEGAL_CALENDAR)).toEqual(DEFAULT_LEGAL_CALENDAR);
  });

  it("refuses a calendar missing a rule, naming it, so no rule is silently switched off", () => {
    const calendar: Record<string, unknown> = { ...DEFAULT_LEGAL_CALENDAR };
    delete calendar.F9;
    const result = ZLegalCalendar.safeParse(calendar);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["F9"]);
  });

  it("encodes the Digital Omnibus dates as adopted, not in force", () => {
    expect([DEFAULT_LEGAL_CALENDAR.F9, DEFAULT_LEGAL_CALENDAR.F11].map((entry) => [entry.appliesFrom, entry.legalStatus])).toEqual([
      ["2027-12-02", "adopted"],
      ["2027-12-02", "adopted"],
    ]);
  });
});

describe("docs/examples/compliance-facts.json", () => {
  const example: unknown = JSON.parse(readFileSync(path.join(process.cwd(), "docs/examples/compliance-facts.json"), "utf8"));

  it("is valid and yields the flags and deadlines of a pilot run before the avis, continued after the CSE's written request", () => {
    const parsed = parseComplianceFacts(example);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
    const result = evaluateCompliance(parsed.data, { at: "2026-05-15", calendar: DEFAULT_LEGAL_CALENDAR });
    expect(result.flags.map((flag) => [flag.ruleId, flag.status, flag.missingFacts])).toEqual([
      ["F1", "confirmed", []],
      ["F2", "confirmed", []],
      ["F3", "confirmed", []],
      ["F4", "confirmed", []],
      ["F6", "confirmed", []],
      ["F7", "suspected", ["deployment.rpsAssessed"]],
      ["F8", "suspected", ["deployment.emotionInference.workers"]],
      ["F12", "suspected", ["consultation.aiTrainingOffered"]],
      ["F14", "suspected", ["gdpr.dpiaDone"]],
      ["F15", "suspected", ["tool.trainsOnCustomerData", "tool.trainsOnEmployeeData", "gdpr.vendorTrainingBasis"]],
      ["F16", "confirmed", []],
      ["F17", "confirmed", []],
      ["F19", "confirmed", []],
    ]);
    // In use since April 2026: Art. 111(2) brings it under the Annex III duties only if it is significantly changed.
    expect(result.notYetApplicable).toEqual([
      { ruleId: "F9", appliesFrom: "2027-12-02", legalStatus: "adopted", wouldBe: "suspected", missingFacts: ["aiAct.significantChangeDate"] },
      { ruleId: "F10", appliesFrom: "2027-12-02", legalStatus: "adopted", wouldBe: "suspected", missingFacts: ["aiAct.significantChangeDate", "aiAct.logRetentionMonths"] },
    ]);
    expect(Object.fromEntries(result.deadlines.deadlines.map((deadline) => [deadline.id, deadline.dueDate]))).toEqual({
      consultation: "2026-05-25",
      court_referral: "2026-05-24",
      expert_info_request: "2026-04-05",
      expert_cost_notice: "2026-04-12",
      expert_report: "2026-05-10",
      employer_contest: "2026-04-09",
    });
  });

  it("explains the F1 flag with its articles, case law, triggers and next step", () => {
    const parsed = ZComplianceFacts.parse(example);
    const [f1] = evaluateCompliance(parsed, { at: "2026-05-15", calendar: DEFAULT_LEGAL_CALENDAR }).flags;
    expect(f1).toMatchObject({
      ruleId: "F1",
      severity: "critical",
      articles: ["L2312-8", "L2312-14", "R2312-6"],
      caseLaw: ["TJ Nanterre, réf., 14 févr. 2025, RG 24/01457", "TJ Pontoise, 15 avr. 2022, RG 22/00134"],
      triggeredBy: [
        { path: "deployment.pilotStartOn", value: "2026-04-01" },
        { path: "deadlines.consultation", value: "2026-05-25" },
      ],
      explanation: { messageKey: "compliance.flag.F1.explanation", params: {} },
      nextStep: { messageKey: "compliance.flag.F1.nextStep" },
      legalStatus: "in_force",
    });
    expect(f1?.explanation.defaultText).toMatch(/pilote est déjà une première mise en œuvre/);
  });
});
