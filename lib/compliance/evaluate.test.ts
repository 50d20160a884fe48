import { describe, expect, it } from "vitest";

import { evaluateCompliance } from "./evaluate";
import { DEFAULT_LEGAL_CALENDAR, RULE_IDS, type TLegalCalendar, type TRuleId } from "./legal-calendar";
import { buildFacts, EARLY_TIMELINE } from "./test-cases";

type TPattern = {
  name: string;
  patches: Record<string, unknown>[];
  at?: string;
  calendar?: TLegalCalendar;
  /** "F1:confirmed" … exactly the flags expected, in rule order. */
  flags: string[];
  /** Missing facts per flagged rule; a rule left out must have none. */
  missing?: Record<string, string[]>;
  /** "F9:confirmed@2027-12-02" … exactly the rules not yet applicable. */
  notYet?: string[];
};

const at = "2026-09-01";
const live = (deployment: Record<string, unknown>) => ({ deployment });
const consult = (consultation: Record<string, unknown>) => ({ consultation });
const ai = (aiAct: Record<string, unknown>) => ({ aiAct });
const tool = (functions: string[]) => ({ tool: { functions } });
const noAvis = consult({ avis: null, avisDate: "none", employerAnswerDate: "none" });
const monitoring = live({ monitors: ["output_volume"] });
const staff = (headcountBand: string) => ({ employer: { sector: "banque", headcountBand } });
const calls = (callRecording: Record<string, unknown>) => ({ tool: { functions: ["call_transcription"] }, deployment: { callRecording } });

const patterns: TPattern[] = [
  // Baselines
  { name: "compliant live case", patches: [], flags: [] },
  {
    name: "announced project, nothing known: no rule can be breached yet",
    patches: [{ deployment: { phase: "announced", pilotStartOn: null, goLiveOn: null }, consultation: { legalBases: "unknown", infoCommunicatedDate: "unknown", bdeseNoticeDate: "unknown", avisDate: "unknown", aiTrainingOffered: "unknown" } }],
    flags: [],
  },
  // F1: use before the consultation ended
  { name: "F1 pilot before the avis (TJ Nanterre 14/02/2025)", patches: [live({ pilotStartOn: "2026-02-20" })], flags: ["F1:confirmed"] },
  { name: "F1 pilot on the day of the avis", patches: [live({ pilotStartOn: "2026-03-01" })], flags: [] },
  { name: "F1 no avis, pilot on the last day of the 1-month delay", patches: [noAvis, live({ pilotStartOn: "2026-03-02" })], flags: ["F1:confirmed"] },
  { name: "F1 no avis, pilot the day after the delay (deemed negative avis)", patches: [noAvis, live({ pilotStartOn: "2026-03-03" })], flags: [] },
  {
    name: "F1 avis unknown, pilot within the delay: suspected",
    patches: [consult({ avis: null, avisDate: "unknown" }), live({ pilotStartOn: "2026-02-20" })],
    flags: ["F1:suspected"],
    missing: { F1: ["consultation.avisDate"] },
  },
  { name: "F1 expert appointed: 2-month delay still running", patches: [noAvis, consult({ expert: { isAppointed: true } }), live({ pilotStartOn: "2026-03-20" })], flags: ["F1:confirmed"] },
  { name: "F1 a judge's extension (override) moves the end", patches: [noAvis, consult({ overrides: { consultation: { date: "2026-03-20", reason: "Prorogation TJ" } } }), live({ pilotStartOn: "2026-03-10" })], flags: ["F1:confirmed"] },
  { name: "F1 consultation never opened", patches: [consult({ infoCommunicatedDate: "none", avis: null, avisDate: "none" })], flags: ["F1:confirmed"] },
  {
    name: "F1 consultation dates unknown: suspected",
    patches: [consult({ infoCommunicatedDate: "unknown", bdeseNoticeDate: "unknown", avis: null, avisDate: "unknown" })],
    flags: ["F1:suspected"],
    missing: { F1: ["consultation.infoCommunicatedDate", "consultation.bdeseNoticeDate", "consultation.avisDate"] },
  },
  { name: "F1 undated pilot while the consultation runs", patches: [noAvis, live({ phase: "pilot", pilotStartOn: null, goLiveOn: null })], at: "2026-02-20", flags: ["F1:confirmed"] },
  {
    name: "F1 undated production after the avis: suspected",
    patches: [live({ pilotStartOn: null, goLiveOn: null })],
    flags: ["F1:suspected"],
    missing: { F1: ["deployment.pilotStartOn", "deployment.goLiveOn"] },
  },
  { name: "F1 pilot planned for tomorrow: nothing yet", patches: [noAvis, live({ pilotStartOn: "2026-02-25" })], at: "2026-02-24", flags: [] },
  { name: "F1 planned pilot starts today", patches: [noAvis, live({ pilotStartOn: "2026-02-25" })], at: "2026-02-25", flags: ["F1:confirmed"] },
  // F2: monitoring without L2312-38 consultation
  { name: "F2 monitoring, consulted only on the new technology", patches: [monitoring, consult({ legalBases: ["l2312_8_new_technology"] })], flags: ["F2:confirmed"] },
  { name: "F2 call scoring monitors by design", patches: [tool(["call_scoring"]), consult({ legalBases: [] })], flags: ["F2:confirmed"] },
  { name: "F2 monitoring consulted under L2312-38", patches: [monitoring], flags: [] },
  { name: "F2 legal bases unknown: suspected", patches: [monitoring, consult({ legalBases: "unknown" })], flags: ["F2:suspected"], missing: { F2: ["consultation.legalBases"] } },
  // Staff size: the L2312-8 / L2312-38 / L2312-15 duties exist from 50 staff (L2312-1); the rest does not depend on it.
  { name: "F1 and F2 at 50-299 staff", patches: [staff("50-299"), monitoring, consult({ legalBases: [], workerNoticeDate: "2026-02-01" }), live({ pilotStartOn: "2026-02-20" })], flags: ["F1:confirmed", "F2:confirmed"] },
  { name: "F1 and F2 at 11-49 staff: a CSE without consultation duties", patches: [staff("11-49"), monitoring, consult({ legalBases: [], workerNoticeDate: "2026-02-01" }), live({ pilotStartOn: "2026-02-20" })], flags: [] },
  { name: "F1 and F2 under 11 staff: no CSE", patches: [staff("1-10"), monitoring, consult({ legalBases: [], workerNoticeDate: "2026-02-01" }), live({ pilotStartOn: "2026-02-20" })], flags: [] },
  {
    name: "F1 and F2 staff band unknown: suspected, never confirmed",
    patches: [staff("unknown"), monitoring, consult({ legalBases: [], workerNoticeDate: "2026-02-01" }), live({ pilotStartOn: "2026-02-20" })],
    flags: ["F1:suspected", "F2:suspected"],
    missing: { F1: ["employer.headcountBand"], F2: ["employer.headcountBand"] },
  },
  { name: "F5 at 11-49 staff: no avis to answer under L2312-15", patches: [staff("11-49"), consult({ employerAnswerDate: "none" })], flags: [] },
  {
    name: "at 11-49 staff L1222-4, the DUERP and the AI Act still apply",
    patches: [staff("11-49"), monitoring, consult({ legalBases: [], workerNoticeDate: "none", duerpUpdatedDate: "none", aiTrainingOffered: "no" }), live({ pilotStartOn: "2026-02-20", concerns: ["surveillance"], emotionInference: { workers: "yes" } })],
    flags: ["F4:confirmed", "F6:confirmed", "F8:confirmed", "F12:confirmed"],
  },
  { name: "under 11 staff the AI Act ban still applies", patches: [staff("1-10"), live({ emotionInference: { workers: "yes" } })], flags: ["F8:confirmed"] },
  // F4: individual notice (L1222-4)
  { name: "F4 notice after the pilot", patches: [monitoring, consult({ workerNoticeDate: "2026-04-02" })], flags: ["F4:confirmed"] },
  { name: "F4 notice on the pilot day", patches: [monitoring, consult({ workerNoticeDate: "2026-04-01" })], flags: [] },
  { name: "F4 no notice", patches: [monitoring, consult({ workerNoticeDate: "none" })], flags: ["F4:confirmed"] },
  { name: "F4 notice unknown: suspected", patches: [monitoring, consult({ workerNoticeDate: "unknown" })], flags: ["F4:suspected"], missing: { F4: ["consultation.workerNoticeDate"] } },
  { name: "F4 no notice but no monitoring", patches: [consult({ workerNoticeDate: "none" })], flags: [] },
  // F5: reasoned answer to the avis (L2312-15)
  { name: "F5 no answer to the avis", patches: [consult({ employerAnswerDate: "none" })], flags: ["F5:confirmed"] },
  { name: "F5 answer unknown: suspected", patches: [consult({ employerAnswerDate: "unknown" })], flags: ["F5:suspected"], missing: { F5: ["consultation.employerAnswerDate"] } },
  // F6: DUERP (R4121-2)
  { name: "F6 work intensification, DUERP not updated", patches: [live({ concerns: ["work_intensification"] }), consult({ duerpUpdatedDate: "none" })], flags: ["F6:confirmed"] },
  { name: "F6 working-conditions basis, DUERP not updated", patches: [consult({ legalBases: ["l2312_8_working_conditions", "l2312_38_monitoring"], duerpUpdatedDate: "none" })], flags: ["F6:confirmed"] },
  { name: "F6 DUERP update unknown: suspected", patches: [live({ concerns: ["checking_work"] }), consult({ duerpUpdatedDate: "unknown" })], flags: ["F6:suspected"], missing: { F6: ["consultation.duerpUpdatedDate"] } },
  { name: "F6 only an environmental concern", patches: [live({ concerns: ["environmental_cost"] }), consult({ duerpUpdatedDate: "none" })], flags: [] },
  {
    name: "F6 a scheduling tool, basis and concerns unknown: suspected, naming them",
    patches: [tool(["scheduling"]), consult({ legalBases: "unknown", duerpUpdatedDate: "none" })],
    flags: ["F6:suspected"],
    missing: { F6: ["consultation.legalBases", "deployment.concerns"] },
  },
  {
    name: "F6 call scoring, consulted on the new technology only, no concern recorded: suspected",
    patches: [tool(["call_scoring"]), consult({ duerpUpdatedDate: "none" })],
    flags: ["F6:suspected"],
    missing: { F6: ["deployment.concerns"] },
  },
  { name: "F6 task allocation, DUERP updated", patches: [tool(["task_allocation"]), consult({ legalBases: "unknown" })], flags: [] },
  { name: "F6 task allocation, only an environmental concern recorded", patches: [tool(["task_allocation"]), live({ concerns: ["environmental_cost"] }), consult({ duerpUpdatedDate: "none" })], flags: [] },
  { name: "F6 a summarising tool gives no sign", patches: [consult({ legalBases: "unknown", duerpUpdatedDate: "none" })], flags: [] },
  // F8: emotion recognition on workers (Art. 5(1)(f), from 2025-02-02)
  { name: "F8 the day before 2 Feb 2025", patches: [EARLY_TIMELINE, live({ emotionInference: { workers: "yes" } })], at: "2025-02-01", flags: [], notYet: ["F8:confirmed@2025-02-02"] },
  { name: "F8 on 2 Feb 2025", patches: [EARLY_TIMELINE, live({ emotionInference: { workers: "yes" } })], at: "2025-02-02", flags: ["F8:confirmed"] },
  {
    name: "F8 voice-emotion tool, use on workers unknown: suspected",
    patches: [tool(["voice_emotion_analysis"]), live({ emotionInference: { workers: "unknown" } })],
    flags: ["F8:suspected"],
    missing: { F8: ["deployment.emotionInference.workers"] },
  },
  { name: "F8 voice-emotion tool declared not applied to workers", patches: [tool(["voice_emotion_analysis"])], flags: [] },
  // F9: Art. 26(7), Annex III 4 (2027-12-02 per the Omnibus)
  { name: "F9 the day before 2 Dec 2027", patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "none" })], at: "2027-12-01", flags: [], notYet: ["F9:confirmed@2027-12-02"] },
  { name: "F9 on 2 Dec 2027", patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "none" })], at: "2027-12-02", flags: ["F9:confirmed"] },
  { name: "F9 tool in use since 2026, reps informed before the date of application", patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "2027-11-15" })], at: "2027-12-02", flags: [] },
  { name: "F9 tool in use since 2026, reps informed after the date of application", patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "2027-12-03" })], at: "2027-12-03", flags: ["F9:confirmed"] },
  { name: "F9 reps informed after a first use that followed the date of application", patches: [live({ annexIII: { employment: "yes" }, pilotStartOn: "2028-01-10", goLiveOn: null }), ai({ infoToRepsDate: "2028-01-11" })], at: "2028-02-01", flags: ["F9:confirmed"] },
  {
    name: "F9 performance evaluation, Annex III use unknown: suspected",
    patches: [tool(["performance_evaluation"]), live({ annexIII: { employment: "unknown" } }), ai({ infoToRepsDate: "none" })],
    at: "2027-12-02",
    flags: ["F9:suspected"],
    missing: { F9: ["deployment.annexIII.employment"] },
  },
  { name: "F9 information date unknown: suspected", patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "unknown" })], at: "2027-12-02", flags: ["F9:suspected"], missing: { F9: ["aiAct.infoToRepsDate"] } },
  // F11: FRIA (Art. 27), Annex III 5(b)/(c) only
  { name: "F11 credit scoring the day before 2 Dec 2027", patches: [live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "none" })], at: "2027-12-01", flags: [], notYet: ["F11:confirmed@2027-12-02"] },
  { name: "F11 credit scoring on 2 Dec 2027", patches: [live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "none" })], at: "2027-12-02", flags: ["F11:confirmed"] },
  { name: "F11 FRIA done before first use", patches: [live({ annexIII: { lifeHealthPricing: "yes" } })], at: "2027-12-02", flags: [] },
  {
    name: "F11 insurance pricing, life/health unknown: suspected",
    patches: [tool(["insurance_pricing"]), live({ annexIII: { lifeHealthPricing: "unknown" } }), ai({ friaDate: "none" })],
    at: "2027-12-02",
    flags: ["F11:suspected"],
    missing: { F11: ["deployment.annexIII.lifeHealthPricing"] },
  },
  { name: "F11 an HR system alone needs no FRIA", patches: [live({ annexIII: { employment: "yes" } }), ai({ friaDate: "none" })], at: "2027-12-02", flags: [] },
  // F12: AI literacy (Art. 4, from 2025-02-02)
  { name: "F12 the day before 2 Feb 2025", patches: [EARLY_TIMELINE, consult({ aiTrainingOffered: "no" })], at: "2025-02-01", flags: [], notYet: ["F12:confirmed@2025-02-02"] },
  { name: "F12 on 2 Feb 2025", patches: [EARLY_TIMELINE, consult({ aiTrainingOffered: "no" })], at: "2025-02-02", flags: ["F12:confirmed"] },
  { name: "F12 training unknown: suspected", patches: [consult({ aiTrainingOffered: "unknown" })], flags: ["F12:suspected"], missing: { F12: ["consultation.aiTrainingOffered"] } },
  // F13: transparency (Art. 50, from 2026-08-02)
  { name: "F13 chatbot the day before 2 Aug 2026", patches: [live({ customerChatbot: "yes" }), ai({ customerAiDisclosure: "no" })], at: "2026-08-01", flags: [], notYet: ["F13:confirmed@2026-08-02"] },
  { name: "F13 chatbot on 2 Aug 2026", patches: [live({ customerChatbot: "yes" }), ai({ customerAiDisclosure: "no" })], at: "2026-08-02", flags: ["F13:confirmed"] },
  {
    name: "F13 chatbot tool, use and disclosure unknown: suspected",
    patches: [tool(["customer_chatbot"]), live({ customerChatbot: "unknown" }), ai({ customerAiDisclosure: "unknown" })],
    flags: ["F13:suspected"],
    missing: { F13: ["deployment.customerChatbot", "aiAct.customerAiDisclosure"] },
  },
  { name: "F13 customers' emotions analysed without telling them (50(3))", patches: [live({ emotionInference: { customers: "yes" } }), ai({ emotionDisclosure: "no" })], flags: ["F13:confirmed"] },
  { name: "F13 chatbot disclosed", patches: [live({ customerChatbot: "yes" })], flags: [] },
  {
    name: "F13 postponed by an admin's calendar edit",
    patches: [live({ customerChatbot: "yes" }), ai({ customerAiDisclosure: "no" })],
    calendar: { ...DEFAULT_LEGAL_CALENDAR, F13: { ...DEFAULT_LEGAL_CALENDAR.F13, appliesFrom: "2026-12-02", legalStatus: "proposal" } },
    flags: [],
    notYet: ["F13:confirmed@2026-12-02"],
  },
  // F14: DPIA (GDPR Art. 35, CNIL list)
  { name: "F14 individual monitoring, no DPIA", patches: [live({ monitors: ["time"], individualMonitoring: "yes" }), consult({ dpiaShown: "no" }), { gdpr: { dpiaDone: "no" } }], flags: ["F14:confirmed"] },
  { name: "F14 DPIA unknown: suspected", patches: [live({ monitors: ["time"], individualMonitoring: "yes" }), consult({ dpiaShown: "unknown" }), { gdpr: { dpiaDone: "unknown" } }], flags: ["F14:suspected"], missing: { F14: ["gdpr.dpiaDone"] } },
  {
    name: "F14 monitoring, individual level unknown: suspected",
    patches: [live({ monitors: ["time"], individualMonitoring: "unknown" }), consult({ dpiaShown: "no" }), { gdpr: { dpiaDone: "no" } }],
    flags: ["F14:suspected"],
    missing: { F14: ["deployment.individualMonitoring"] },
  },
  { name: "F14 HR profiling without DPIA", patches: [live({ annexIII: { employment: "yes" } }), consult({ dpiaShown: "no" }), { gdpr: { dpiaDone: "no" } }], flags: ["F14:confirmed"] },
  // F16: call recording (CNIL doctrine)
  { name: "F16 every call recorded", patches: [calls({ ratioPercent: 100 })], flags: ["F16:confirmed"] },
  { name: "F16 at the CNIL limits", patches: [calls({ ratioPercent: 99, recordingRetentionMonths: 6, analysisRetentionMonths: 12 })], flags: [] },
  { name: "F16 recordings kept 7 months", patches: [calls({ recordingRetentionMonths: 7 })], flags: ["F16:confirmed"] },
  { name: "F16 analyses kept 13 months", patches: [calls({ analysisRetentionMonths: 13 })], flags: ["F16:confirmed"] },
  {
    name: "F16 call tool, recording practice unknown: suspected",
    patches: [calls({ ratioPercent: null, recordingRetentionMonths: null, analysisRetentionMonths: null })],
    flags: ["F16:suspected"],
    missing: { F16: ["deployment.callRecording.ratioPercent", "deployment.callRecording.recordingRetentionMonths", "deployment.callRecording.analysisRetentionMonths"] },
  },
  { name: "F16 no call function: recording ratio is irrelevant", patches: [live({ callRecording: { ratioPercent: 100 } })], flags: [] },
  { name: "F16 every call recorded, but the tool is only announced", patches: [calls({ ratioPercent: 100 }), live({ phase: "announced", pilotStartOn: null, goLiveOn: null })], flags: [] },
  // The AI Act and GDPR facts as the case form records them (yes + date, no → "none", unknown).
  { name: "F11 life/health pricing, FRIA known not done, on 2 Dec 2027", patches: [live({ annexIII: { lifeHealthPricing: "yes" } }), ai({ friaDate: "none" })], at: "2027-12-02", flags: ["F11:confirmed"] },
  { name: "F11 tool in use since 2026, FRIA done after the date of application", patches: [live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "2027-12-10" })], at: "2028-01-05", flags: ["F11:confirmed"] },
  { name: "F11 tool in use since 2026, FRIA done before the date of application", patches: [live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "2027-11-30" })], at: "2028-01-05", flags: [] },
  { name: "F11 FRIA date unknown: suspected", patches: [live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "unknown" })], at: "2027-12-02", flags: ["F11:suspected"], missing: { F11: ["aiAct.friaDate"] } },
  { name: "F9 reps never informed, but the use is declared not to be Annex III", patches: [tool(["performance_evaluation"]), ai({ infoToRepsDate: "none" })], at: "2027-12-02", flags: [] },
  { name: "F9 and F11 together: an HR and credit tool, nothing done, after 2 Dec 2027", patches: [live({ annexIII: { employment: "yes", creditScoring: "yes" } }), ai({ infoToRepsDate: "none", friaDate: "none" })], at: "2028-03-01", flags: ["F9:confirmed", "F11:confirmed"] },
  {
    name: "F13 customers' emotions analysed, disclosure unknown: suspected",
    patches: [live({ emotionInference: { customers: "yes" } }), ai({ emotionDisclosure: "unknown" })],
    flags: ["F13:suspected"],
    missing: { F13: ["aiAct.emotionDisclosure"] },
  },
  { name: "F13 customers' emotions unknown, no sign in the catalogue: nothing", patches: [live({ emotionInference: { customers: "unknown" } }), ai({ emotionDisclosure: "no" })], flags: [] },
  { name: "F14 DPIA shown to the CSE proves it exists", patches: [live({ monitors: ["time"], individualMonitoring: "yes" }), consult({ dpiaShown: "yes" }), { gdpr: { dpiaDone: "no" } }], flags: [] },
  { name: "F8 and F16 together: voice scoring of every call", patches: [calls({ ratioPercent: 100 }), live({ emotionInference: { workers: "yes" } })], flags: ["F8:confirmed", "F16:confirmed"] },
];

/** One pattern per rule that confirms it on `at` with the default calendar. */
const CONFIRMING: Record<TRuleId, Record<string, unknown>[]> = {
  F1: [live({ pilotStartOn: "2026-02-20" })],
  F2: [monitoring, consult({ legalBases: ["l2312_8_new_technology"] })],
  F4: [monitoring, consult({ workerNoticeDate: "none" })],
  F5: [consult({ employerAnswerDate: "none" })],
  F6: [live({ concerns: ["work_intensification"] }), consult({ duerpUpdatedDate: "none" })],
  F8: [live({ emotionInference: { workers: "yes" } })],
  F9: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "none" })],
  F11: [live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "none" })],
  F12: [consult({ aiTrainingOffered: "no" })],
  F13: [live({ customerChatbot: "yes" }), ai({ customerAiDisclosure: "no" })],
  F14: [live({ monitors: ["time"], individualMonitoring: "yes" }), consult({ dpiaShown: "no" }), { gdpr: { dpiaDone: "no" } }],
  F16: [calls({ ratioPercent: 100 })],
};

describe("every rule, on both sides of its date of application (the calendar as data)", () => {
  it.each(RULE_IDS.map((ruleId) => ({ ruleId })))("$ruleId", ({ ruleId }) => {
    const facts = buildFacts(...CONFIRMING[ruleId]);
    const movedTo = (appliesFrom: string): TLegalCalendar => ({ ...DEFAULT_LEGAL_CALENDAR, [ruleId]: { ...DEFAULT_LEGAL_CALENDAR[ruleId], appliesFrom } });
    const dayBefore = evaluateCompliance(facts, { at, calendar: movedTo("2026-09-02") });
    expect(dayBefore.flags.map((flag) => flag.ruleId)).not.toContain(ruleId);
    expect(dayBefore.notYetApplicable).toContainEqual(expect.objectContaining({ ruleId, appliesFrom: "2026-09-02", wouldBe: "confirmed" }));
    const onTheDay = evaluateCompliance(facts, { at, calendar: movedTo(at) });
    expect(onTheDay.flags).toContainEqual(expect.objectContaining({ ruleId, status: "confirmed" }));
    expect(onTheDay.notYetApplicable.map((entry) => entry.ruleId)).not.toContain(ruleId);
  });
});

describe("evaluateCompliance: fact patterns", () => {
  it.each(patterns)("$name", (pattern) => {
    const result = evaluateCompliance(buildFacts(...pattern.patches), { at: pattern.at ?? at, calendar: pattern.calendar ?? DEFAULT_LEGAL_CALENDAR });
    expect(result.flags.map((flag) => `${flag.ruleId}:${flag.status}`)).toEqual(pattern.flags);
    for (const flag of result.flags) {
      expect(flag.missingFacts, flag.ruleId).toEqual(pattern.missing?.[flag.ruleId] ?? []);
    }
    expect(result.notYetApplicable.map((entry) => `${entry.ruleId}:${entry.wouldBe}@${entry.appliesFrom}`)).toEqual(pattern.notYet ?? []);
  });
});
