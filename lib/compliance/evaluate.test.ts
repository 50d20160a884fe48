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
/** A tool in use since 2026 significantly changed on 2 Dec 2027: Art. 111(2) brings it under the Annex III duties that day. */
const changedOnTheDay = ai({ significantChangeDate: "2027-12-02" });
/** The employer never opened the consultation: no information given, no avis. */
const neverOpened = { consultation: { infoCommunicatedDate: "none", bdeseNoticeDate: "none", avis: null, avisDate: "none", employerAnswerDate: "none" } };
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
    flags: ["F3:suspected", "F6:suspected"],
    missing: { F3: ["consultation.legalBases"], F6: ["consultation.legalBases", "deployment.concerns"] },
  },
  {
    name: "F6 call scoring, consulted on the new technology only, no concern recorded: suspected",
    patches: [tool(["call_scoring"]), consult({ duerpUpdatedDate: "none" })],
    flags: ["F6:suspected"],
    missing: { F6: ["deployment.concerns"] },
  },
  { name: "F6 task allocation, DUERP updated", patches: [tool(["task_allocation"]), consult({ legalBases: "unknown" })], flags: ["F3:suspected"], missing: { F3: ["consultation.legalBases"] } },
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
  { name: "F9 the day before 2 Dec 2027", patches: [changedOnTheDay, live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "none" })], at: "2027-12-01", flags: [], notYet: ["F9:confirmed@2027-12-02"] },
  { name: "F9 on 2 Dec 2027", patches: [changedOnTheDay, live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "none" })], at: "2027-12-02", flags: ["F9:confirmed"] },
  { name: "F9 tool in use since 2026, reps informed before the date of application", patches: [changedOnTheDay, live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "2027-11-15" })], at: "2027-12-02", flags: [] },
  { name: "F9 tool in use since 2026, reps informed after the date of application", patches: [changedOnTheDay, live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "2027-12-03" })], at: "2027-12-03", flags: ["F9:confirmed"] },
  { name: "F9 reps informed after a first use that followed the date of application", patches: [changedOnTheDay, live({ annexIII: { employment: "yes" }, pilotStartOn: "2028-01-10", goLiveOn: null }), ai({ infoToRepsDate: "2028-01-11" })], at: "2028-02-01", flags: ["F9:confirmed"] },
  {
    name: "F9 performance evaluation, Annex III use unknown: suspected",
    patches: [changedOnTheDay, tool(["performance_evaluation"]), live({ annexIII: { employment: "unknown" } }), ai({ infoToRepsDate: "none" })],
    at: "2027-12-02",
    flags: ["F9:suspected"],
    missing: { F9: ["deployment.annexIII.employment"] },
  },
  { name: "F9 information date unknown: suspected", patches: [changedOnTheDay, live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "unknown" })], at: "2027-12-02", flags: ["F9:suspected"], missing: { F9: ["aiAct.infoToRepsDate"] } },
  // F11: FRIA (Art. 27), Annex III 5(b)/(c) only
  { name: "F11 credit scoring the day before 2 Dec 2027", patches: [changedOnTheDay, live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "none" })], at: "2027-12-01", flags: [], notYet: ["F11:confirmed@2027-12-02"] },
  { name: "F11 credit scoring on 2 Dec 2027", patches: [changedOnTheDay, live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "none" })], at: "2027-12-02", flags: ["F11:confirmed"] },
  { name: "F11 FRIA done before first use", patches: [changedOnTheDay, live({ annexIII: { lifeHealthPricing: "yes" } })], at: "2027-12-02", flags: [] },
  {
    name: "F11 insurance pricing, life/health unknown: suspected",
    patches: [changedOnTheDay, tool(["insurance_pricing"]), live({ annexIII: { lifeHealthPricing: "unknown" } }), ai({ friaDate: "none" })],
    at: "2027-12-02",
    flags: ["F11:suspected"],
    missing: { F11: ["deployment.annexIII.lifeHealthPricing"] },
  },
  { name: "F11 an HR system alone needs no FRIA", patches: [changedOnTheDay, live({ annexIII: { employment: "yes" } }), ai({ friaDate: "none" })], at: "2027-12-02", flags: [] },
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
  // F3: HR processing / recruitment aid before the CSE is informed (L2312-38 al. 1-2)
  { name: "F3 recruitment tool, CSE never informed on that basis", patches: [tool(["recruitment"]), consult({ legalBases: ["l2312_8_new_technology"] })], flags: ["F3:confirmed"] },
  { name: "F3 HR use declared on the case, informed on that basis before the pilot", patches: [live({ annexIII: { employment: "yes" } }), ai({ significantChangeDate: "none" })], flags: [] },
  { name: "F3 informed on that basis the day of the pilot", patches: [tool(["scheduling"]), consult({ infoCommunicatedDate: "2026-04-01", avisDate: "2026-03-01" })], flags: [] },
  { name: "F3 informed on that basis the day after the pilot", patches: [tool(["scheduling"]), consult({ infoCommunicatedDate: "2026-04-02", avisDate: "2026-05-01", employerAnswerDate: "2026-05-02" })], flags: ["F1:confirmed", "F3:confirmed"] },
  {
    name: "F3 information dates unknown: suspected",
    patches: [tool(["performance_evaluation"]), consult({ infoCommunicatedDate: "unknown", bdeseNoticeDate: "unknown" })],
    flags: ["F3:suspected"],
    missing: { F3: ["consultation.infoCommunicatedDate", "consultation.bdeseNoticeDate"] },
  },
  { name: "F3 at 11-49 staff: no L2312-38 duty", patches: [staff("11-49"), tool(["recruitment"]), consult({ legalBases: ["l2312_8_new_technology"] })], flags: [] },
  { name: "F3 no HR use: nothing", patches: [consult({ legalBases: ["l2312_8_new_technology"] })], flags: [] },
  // F7: health and psychosocial risks not assessed (L4121-1)
  { name: "F7 intensification, risks known not assessed", patches: [live({ concerns: ["work_intensification"], rpsAssessed: "no" })], flags: ["F7:confirmed"] },
  { name: "F7 assessment unknown: suspected", patches: [live({ concerns: ["checking_work"], rpsAssessed: "unknown" })], flags: ["F7:suspected"], missing: { F7: ["deployment.rpsAssessed"] } },
  { name: "F7 risks assessed", patches: [live({ concerns: ["checking_work"] })], flags: [] },
  { name: "F7 no change to working conditions", patches: [live({ concerns: ["environmental_cost"], rpsAssessed: "no" })], flags: [] },
  { name: "F7 only planned: nothing yet", patches: [live({ phase: "announced", pilotStartOn: null, goLiveOn: null, concerns: ["surveillance"], rpsAssessed: "no" })], flags: [] },
  // F9: the workers affected, and the Art. 111(2) transition for tools in use before 2 Dec 2027
  { name: "F9 reps informed, workers not", patches: [changedOnTheDay, live({ annexIII: { employment: "yes" } }), ai({ infoToWorkersDate: "none" })], at: "2027-12-02", flags: ["F9:confirmed"] },
  {
    name: "F9 reps informed, workers unknown: suspected",
    patches: [changedOnTheDay, live({ annexIII: { employment: "yes" } }), ai({ infoToWorkersDate: "unknown" })],
    at: "2027-12-02",
    flags: ["F9:suspected"],
    missing: { F9: ["aiAct.infoToWorkersDate"] },
  },
  { name: "F9 tool in use since 2026, never changed: Art. 111(2) keeps it out", patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "none", significantChangeDate: "none" })], at: "2028-01-05", flags: [] },
  { name: "F9 tool in use since 2026, changed before 2 Dec 2027 only", patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "none", significantChangeDate: "2027-06-01" })], at: "2028-01-05", flags: [] },
  {
    name: "F9 tool in use since 2026, change unknown: suspected",
    patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "none", significantChangeDate: "unknown" })],
    at: "2028-01-05",
    flags: ["F9:suspected"],
    missing: { F9: ["aiAct.significantChangeDate"] },
  },
  { name: "F9 tool changed on 10 Jan 2028, reps informed before the change", patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "2028-01-09", infoToWorkersDate: "2028-01-10", significantChangeDate: "2028-01-10" })], at: "2028-02-01", flags: [] },
  { name: "F9 tool changed on 10 Jan 2028, reps informed after it", patches: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "2028-01-11", significantChangeDate: "2028-01-10" })], at: "2028-02-01", flags: ["F9:confirmed"] },
  { name: "F9 first used after 2 Dec 2027: no transition, change irrelevant", patches: [live({ annexIII: { employment: "yes" }, pilotStartOn: "2028-01-10", goLiveOn: null }), ai({ infoToWorkersDate: "none", significantChangeDate: "none" })], at: "2028-02-01", flags: ["F9:confirmed"] },
  {
    name: "F9 undated use, never changed: the start dates are missing",
    patches: [live({ annexIII: { employment: "yes" }, pilotStartOn: null, goLiveOn: null }), ai({ infoToRepsDate: "none", significantChangeDate: "none" })],
    at: "2028-02-01",
    flags: ["F1:suspected", "F9:suspected"],
    missing: { F1: ["deployment.pilotStartOn", "deployment.goLiveOn"], F9: ["deployment.pilotStartOn", "deployment.goLiveOn"] },
  },
  // F10: logs kept under six months (Art. 26(6))
  { name: "F10 credit scoring, logs kept 3 months, the day before 2 Dec 2027", patches: [changedOnTheDay, live({ annexIII: { creditScoring: "yes" } }), ai({ logRetentionMonths: 3 })], at: "2027-12-01", flags: [], notYet: ["F10:confirmed@2027-12-02"] },
  { name: "F10 credit scoring, logs kept 3 months, on 2 Dec 2027", patches: [changedOnTheDay, live({ annexIII: { creditScoring: "yes" } }), ai({ logRetentionMonths: 3 })], at: "2027-12-02", flags: ["F10:confirmed"] },
  { name: "F10 logs kept exactly 6 months", patches: [changedOnTheDay, live({ annexIII: { employment: "yes" } }), ai({ logRetentionMonths: 6 })], at: "2027-12-02", flags: [] },
  {
    name: "F10 call scoring, retention unknown: suspected",
    patches: [changedOnTheDay, tool(["call_scoring"]), live({ annexIII: { employment: "yes" } }), ai({ logRetentionMonths: null })],
    at: "2027-12-02",
    flags: ["F10:suspected"],
    missing: { F10: ["aiAct.logRetentionMonths"] },
  },
  { name: "F10 not high-risk: retention irrelevant", patches: [ai({ logRetentionMonths: 1 })], at: "2027-12-02", flags: [] },
  { name: "F10 tool in use since 2026, never changed", patches: [live({ annexIII: { creditScoring: "yes" } }), ai({ logRetentionMonths: 1, friaDate: "none" })], at: "2028-01-05", flags: [] },
  // F15: vendor training on the data without a documented basis
  { name: "F15 vendor trains on customer data, no basis", patches: [{ tool: { trainsOnCustomerData: "yes" }, gdpr: { vendorTrainingBasis: "no" } }], flags: ["F15:confirmed"] },
  { name: "F15 vendor trains on staff data, basis unknown: suspected", patches: [{ tool: { trainsOnEmployeeData: "yes" }, gdpr: { vendorTrainingBasis: "unknown" } }], flags: ["F15:suspected"], missing: { F15: ["gdpr.vendorTrainingBasis"] } },
  { name: "F15 basis documented", patches: [{ tool: { trainsOnCustomerData: "yes" } }], flags: [] },
  {
    name: "F15 voice data, training unknown: suspected",
    patches: [{ tool: { dataCategories: ["voice"], trainsOnEmployeeData: "unknown" }, gdpr: { vendorTrainingBasis: "no" } }],
    flags: ["F15:suspected"],
    missing: { F15: ["tool.trainsOnEmployeeData"] },
  },
  { name: "F15 training unknown, no personal data in the catalogue: nothing", patches: [{ tool: { dataCategories: [], trainsOnCustomerData: "unknown", trainsOnEmployeeData: "unknown" }, gdpr: { vendorTrainingBasis: "no" } }], flags: [] },
  // F17: L2312-59 alert without investigation after 8 days
  { name: "F17 alert 8 days ago, no investigation", patches: [live({ rightsAlertOn: "2026-08-24", alertInvestigationDate: "none" })], flags: ["F17:confirmed"] },
  { name: "F17 alert 7 days ago: the employer still has time", patches: [live({ rightsAlertOn: "2026-08-25", alertInvestigationDate: "none" })], flags: [] },
  { name: "F17 investigation unknown: suspected", patches: [live({ rightsAlertOn: "2026-08-01", alertInvestigationDate: "unknown" })], flags: ["F17:suspected"], missing: { F17: ["deployment.alertInvestigationDate"] } },
  { name: "F17 investigated", patches: [live({ rightsAlertOn: "2026-08-01", alertInvestigationDate: "2026-08-03" })], flags: [] },
  { name: "F17 at 11-49 staff: a CSE member's alert still counts", patches: [staff("11-49"), live({ rightsAlertOn: "2026-08-01", alertInvestigationDate: "none" })], flags: ["F17:confirmed"] },
  { name: "F17 under 11 staff: no CSE, no alert right", patches: [staff("1-10"), live({ rightsAlertOn: "2026-08-01", alertInvestigationDate: "none" })], flags: [] },
  // F18: a clause of the employer's agreements breached
  { name: "F18 no clause: nothing, whatever the facts", patches: [consult({ aiTrainingOffered: "no" }), live({ jobsCut: 12 })], flags: ["F12:confirmed"] },
  { name: "F18 training clause, no training", patches: [{ agreements: { clauses: ["training"] } }, consult({ aiTrainingOffered: "no" })], flags: ["F12:confirmed", "F18:confirmed"] },
  { name: "F18 training clause, training unknown: suspected", patches: [{ agreements: { clauses: ["training"] } }, consult({ aiTrainingOffered: "unknown" })], flags: ["F12:suspected", "F18:suspected"], missing: { F12: ["consultation.aiTrainingOffered"], F18: ["consultation.aiTrainingOffered"] } },
  { name: "F18 consultation clause binds at 11-49 staff too", patches: [staff("11-49"), { agreements: { clauses: ["consultation"] } }, live({ pilotStartOn: "2026-02-20" })], flags: ["F18:confirmed"] },
  { name: "F18 consultation clause, used after the avis", patches: [{ agreements: { clauses: ["consultation"] } }], flags: [] },
  { name: "F18 monitoring limits, individual monitoring", patches: [{ agreements: { clauses: ["monitoring_limits"] } }, live({ monitors: ["time"], individualMonitoring: "yes" })], flags: ["F18:confirmed"] },
  {
    name: "F18 monitoring limits, individual level unknown: suspected",
    patches: [{ agreements: { clauses: ["monitoring_limits"] } }, live({ monitors: ["time"], individualMonitoring: "unknown" })],
    flags: ["F18:suspected"],
    missing: { F18: ["deployment.individualMonitoring"] },
  },
  { name: "F18 no-dismissal clause, 12 jobs cut", patches: [{ agreements: { clauses: ["no_ai_dismissal"] } }, live({ jobsCut: 12 })], flags: ["F18:confirmed"] },
  { name: "F18 no-dismissal clause, no job cut recorded", patches: [{ agreements: { clauses: ["no_ai_dismissal"] } }, live({ jobsCut: 0 })], flags: [] },
  // F19: the délit d'entrave indicator (L2317-1)
  { name: "F19 consultation never opened, written request 15 days ago, still in use", patches: [neverOpened, { letters: { consultationRequestedOn: "2026-08-17" } }], flags: ["F1:confirmed", "F19:confirmed"] },
  { name: "F19 written request 14 days ago: not yet", patches: [neverOpened, { letters: { consultationRequestedOn: "2026-08-18" } }], flags: ["F1:confirmed"] },
  { name: "F19 the employer suspended the tool after the request", patches: [neverOpened, live({ phase: "suspended" }), { letters: { consultationRequestedOn: "2026-03-01" } }], flags: ["F1:confirmed"] },
  { name: "F19 no written request", patches: [neverOpened], flags: ["F1:confirmed"] },
  {
    name: "F19 request during the consultation, avis more than 15 days later, pilot before it",
    patches: [live({ pilotStartOn: "2026-02-20" }), consult({ avisDate: "2026-03-20" }), { letters: { consultationRequestedOn: "2026-02-21" } }],
    flags: ["F1:confirmed", "F19:confirmed"],
  },
  {
    name: "F19 the avis came within 15 days of the request: going on was lawful",
    patches: [live({ pilotStartOn: "2026-02-20" }), consult({ avisDate: "2026-03-01" }), { letters: { consultationRequestedOn: "2026-02-21" } }],
    flags: ["F1:confirmed"],
  },
  {
    name: "F19 a suspected F1 is no indicator",
    patches: [consult({ avis: null, avisDate: "unknown" }), live({ pilotStartOn: "2026-02-20" }), { letters: { consultationRequestedOn: "2026-02-21" } }],
    flags: ["F1:suspected"],
    missing: { F1: ["consultation.avisDate"] },
  },
  { name: "F19 at 11-49 staff: no consultation, no indicator", patches: [staff("11-49"), neverOpened, { letters: { consultationRequestedOn: "2026-03-01" } }], flags: [] },
  // The AI Act and GDPR facts as the case form records them (yes + date, no → "none", unknown).
  { name: "F11 life/health pricing, FRIA known not done, on 2 Dec 2027", patches: [changedOnTheDay, live({ annexIII: { lifeHealthPricing: "yes" } }), ai({ friaDate: "none" })], at: "2027-12-02", flags: ["F11:confirmed"] },
  { name: "F11 tool in use since 2026, FRIA done after the date of application", patches: [changedOnTheDay, live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "2027-12-10" })], at: "2028-01-05", flags: ["F11:confirmed"] },
  { name: "F11 tool in use since 2026, FRIA done before the date of application", patches: [changedOnTheDay, live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "2027-11-30" })], at: "2028-01-05", flags: [] },
  { name: "F11 FRIA date unknown: suspected", patches: [changedOnTheDay, live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "unknown" })], at: "2027-12-02", flags: ["F11:suspected"], missing: { F11: ["aiAct.friaDate"] } },
  { name: "F9 reps never informed, but the use is declared not to be Annex III", patches: [changedOnTheDay, tool(["performance_evaluation"]), ai({ infoToRepsDate: "none" })], at: "2027-12-02", flags: [] },
  { name: "F9 and F11 together: an HR and credit tool, nothing done, after 2 Dec 2027", patches: [changedOnTheDay, live({ annexIII: { employment: "yes", creditScoring: "yes" } }), ai({ infoToRepsDate: "none", friaDate: "none" })], at: "2028-03-01", flags: ["F9:confirmed", "F11:confirmed"] },
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
  F3: [tool(["recruitment"]), consult({ legalBases: ["l2312_8_new_technology"] })],
  F4: [monitoring, consult({ workerNoticeDate: "none" })],
  F5: [consult({ employerAnswerDate: "none" })],
  F6: [live({ concerns: ["work_intensification"] }), consult({ duerpUpdatedDate: "none" })],
  F7: [live({ concerns: ["work_intensification"], rpsAssessed: "no" })],
  F8: [live({ emotionInference: { workers: "yes" } })],
  F9: [live({ annexIII: { employment: "yes" } }), ai({ infoToRepsDate: "none" }), consult({ legalBases: ["l2312_8_new_technology", "l2312_38_monitoring", "l2312_38_hr_processing"] })],
  F10: [live({ annexIII: { creditScoring: "yes" } }), ai({ logRetentionMonths: 3 })],
  F11: [live({ annexIII: { creditScoring: "yes" } }), ai({ friaDate: "none" })],
  F12: [consult({ aiTrainingOffered: "no" })],
  F13: [live({ customerChatbot: "yes" }), ai({ customerAiDisclosure: "no" })],
  F14: [live({ monitors: ["time"], individualMonitoring: "yes" }), consult({ dpiaShown: "no" }), { gdpr: { dpiaDone: "no" } }],
  F15: [{ tool: { trainsOnCustomerData: "yes" }, gdpr: { vendorTrainingBasis: "no" } }],
  F16: [calls({ ratioPercent: 100 })],
  F17: [live({ rightsAlertOn: "2026-08-01", alertInvestigationDate: "none" })],
  F18: [{ agreements: { clauses: ["training"] } }, consult({ aiTrainingOffered: "no" })],
  F19: [neverOpened, { letters: { consultationRequestedOn: "2026-03-01" } }],
};

describe("every rule, on both sides of its date of application (the calendar as data)", () => {
  it.each(RULE_IDS.map((ruleId) => ({ ruleId })))("$ruleId", ({ ruleId }) => {
    const facts = buildFacts(...CONFIRMING[ruleId]);
    // Without the Art. 111(2) transition (tested on its own below), the date alone decides.
    const movedTo = (appliesFrom: string): TLegalCalendar => ({ ...DEFAULT_LEGAL_CALENDAR, [ruleId]: { ...DEFAULT_LEGAL_CALENDAR[ruleId], appliesFrom, transition: undefined } });
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
