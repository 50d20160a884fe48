import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { exportCaseFacts } from "@/lib/compliance/case-facts";
import { evaluateCompliance } from "@/lib/compliance/evaluate";
import { parseComplianceFacts, ZComplianceFacts } from "@/lib/compliance/facts";
import { DEFAULT_LEGAL_CALENDAR } from "@/lib/compliance/legal-calendar";
import { saveConsultation } from "@/lib/consultations/save-consultation";
import { prisma } from "@/lib/db";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase, createTool } from "@/tests/factories/cases";
import { consultationInput } from "@/tests/factories/consultations";
import { expectAppError } from "@/tests/setup/expect-app-error";

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** A call-centre scoring pilot at an insurer, with its consultation recorded by the rep. */
async function recordedCase() {
  const employer = await createEmployer({ sector: "assurance" });
  await prisma.employer.update({
    where: { id: employer.id },
    data: { headcountBand: "1000-4999", accordName: "Accord IA", accordDelays: { withExpert: { months: 3 } } },
  });
  const rep = await createActor("rep", { employerIds: [employer.id] });
  const tool = await createTool({
    functions: ["call_scoring", "voice_emotion_analysis"],
    dataCategories: ["employee", "voice"],
    trainsOnCustomerData: "no",
    trainsOnEmployeeData: "yes",
    hostingRegion: "outside_eu",
  });
  const deployment = await createCase(employer.id, {
    toolId: tool.id,
    phase: "pilot",
    firstKnownOn: day("2026-03-10"),
    announcedOn: day("2026-03-20"),
    pilotStartOn: day("2026-04-01"),
    monitors: ["calls", "voice"],
    individualMonitoring: "yes",
    concerns: ["surveillance", "work_intensification"],
  });
  await saveConsultation(
    rep,
    await consultationInput(deployment.id, {
      legalBases: ["l2312_8_new_technology"],
      infoCommunicatedDate: "2026-03-25",
      documentsReceived: ["project_note"],
      expert: { isAppointed: true, firm: "Cabinet X", deliberationDate: "2026-03-30", designationDate: "2026-04-02" },
      dpiaShown: "no",
    }),
  );
  await prisma.consultation.update({
    where: { deploymentId: deployment.id },
    data: { deadlineOverrides: { consultation: { date: "2026-07-15", reason: "Ordonnance du TJ" } } },
  });
  return { employer, rep, caseId: deployment.id };
}

describe("exportCaseFacts", () => {
  it("exports the recorded values in the facts format, and unknown for what is not recorded", async () => {
    const { rep, caseId } = await recordedCase();
    const facts = await exportCaseFacts(rep, caseId);

    expect(parseComplianceFacts(facts)).toMatchObject({ success: true });
    expect(facts.employer).toEqual({ sector: "assurance", headcountBand: "1000-4999" });
    expect(facts.tool).toEqual({
      functions: ["call_scoring", "voice_emotion_analysis"],
      dataCategories: ["employee", "voice"],
      trainsOnCustomerData: "no",
      trainsOnEmployeeData: "yes",
      hostingRegion: "outside_eu",
    });
    expect(facts.deployment).toMatchObject({
      phase: "pilot",
      firstKnownOn: "2026-03-10",
      announcedOn: "2026-03-20",
      pilotStartOn: "2026-04-01",
      goLiveOn: null,
      monitors: ["calls", "voice"],
      individualMonitoring: "yes",
      concerns: ["surveillance", "work_intensification"],
      customerChatbot: "unknown",
      annexIII: { employment: "unknown", creditScoring: "unknown", lifeHealthPricing: "unknown" },
    });
    expect(facts.consultation).toMatchObject({
      legalBases: ["l2312_8_new_technology"],
      infoCommunicatedDate: "2026-03-25",
      // Blank dates are not known absences.
      bdeseNoticeDate: "unknown",
      avisDate: "unknown",
      workerNoticeDate: "unknown",
      documentsReceived: ["project_note"],
      expert: { isAppointed: true, firm: "Cabinet X", deliberationDate: "2026-03-30", designationDate: "2026-04-02", reportDate: null },
      dpiaShown: "no",
      aiTrainingOffered: "unknown",
      accord: { withExpert: { months: 3 } },
      overrides: { consultation: { date: "2026-07-15", reason: "Ordonnance du TJ" } },
    });
    expect(facts.aiAct).toEqual({
      infoToRepsDate: "unknown",
      infoToWorkersDate: "unknown",
      friaDate: "unknown",
      significantChangeDate: "unknown",
      logRetentionMonths: null,
      customerAiDisclosure: "unknown",
      emotionDisclosure: "unknown",
    });
    expect(facts.deployment).toMatchObject({ rpsAssessed: "unknown", rightsAlertOn: null, alertInvestigationDate: "unknown" });
    expect(facts.letters).toEqual({ consultationRequestedOn: null });
  });

  it("feeds the engine: the pilot is suspected early (no avis date recorded), the judge's date is the deadline", async () => {
    const { rep, caseId } = await recordedCase();
    const evaluation = evaluateCompliance(ZComplianceFacts.parse(await exportCaseFacts(rep, caseId)), {
      at: "2026-05-01",
      calendar: DEFAULT_LEGAL_CALENDAR,
    });
    // A blank avis date exports as "unknown", not "none": F1 is suspected and asks for that fact.
    expect(evaluation.flags.find((flag) => flag.ruleId === "F1")).toMatchObject({
      status: "suspected",
      missingFacts: expect.arrayContaining(["consultation.avisDate"]) as string[],
    });
    expect(evaluation.deadlines.deadlines.find((deadline) => deadline.id === "consultation")).toMatchObject({ dueDate: "2026-07-15" });
  });

  it("exports the AI Act and GDPR facts: yes with its date as the date, no as none, blanks as unknown", async () => {
    const employer = await createEmployer();
    const admin = await createActor("admin");
    const { id } = await createCase(employer.id, {
      phase: "production",
      customerChatbot: "yes",
      emotionInferenceWorkers: "no",
      emotionInferenceCustomers: "yes",
      annexEmployment: "yes",
      annexCreditScoring: "no",
      annexLifeHealthPricing: "unknown",
      callRecordingPercent: 100,
      recordingRetentionMonths: 0,
      analysisRetentionMonths: null,
      infoToReps: "yes",
      infoToRepsOn: day("2026-02-02"),
      fria: "no",
      customerAiDisclosure: "no",
      emotionDisclosure: "unknown",
      dpiaDone: "yes",
      infoToWorkers: "no",
      significantChange: "yes",
      significantChangeOn: day("2026-01-15"),
      logRetentionMonths: 3,
      rpsAssessed: "no",
      vendorTrainingBasis: "unknown",
      rightsAlertOn: day("2026-02-10"),
      alertInvestigated: "yes",
      alertInvestigatedOn: day("2026-02-12"),
    });
    const facts = await exportCaseFacts(admin, id);
    expect(facts.deployment).toMatchObject({
      customerChatbot: "yes",
      emotionInference: { workers: "no", customers: "yes" },
      annexIII: { employment: "yes", creditScoring: "no", lifeHealthPricing: "unknown" },
      callRecording: { ratioPercent: 100, recordingRetentionMonths: 0, analysisRetentionMonths: null },
    });
    expect(facts.aiAct).toEqual({
      infoToRepsDate: "2026-02-02",
      infoToWorkersDate: "none",
      friaDate: "none",
      significantChangeDate: "2026-01-15",
      logRetentionMonths: 3,
      customerAiDisclosure: "no",
      emotionDisclosure: "unknown",
    });
    expect(facts.deployment).toMatchObject({ rpsAssessed: "no", rightsAlertOn: "2026-02-10", alertInvestigationDate: "2026-02-12" });
    expect(facts.gdpr).toEqual({ dpiaDone: "yes", vendorTrainingBasis: "unknown" });
    expect(parseComplianceFacts(facts)).toMatchObject({ success: true });

    // "Yes" without a date (only possible around the form) says nothing about when: unknown.
    await prisma.deployment.update({ where: { id }, data: { fria: "yes", friaOn: null } });
    expect((await exportCaseFacts(admin, id)).aiAct).toMatchObject({ friaDate: "unknown" });
  });

  it("exports the first sent consultation request among the case's letters, and nothing for a draft or another kind", async () => {
    const employer = await createEmployer();
    const admin = await createActor("admin");
    const { id, unionId } = await createCase(employer.id);
    const letter = (kind: "open_consultation" | "precise_information" | "gdpr_access", sentOn: string | null) =>
      prisma.letter.create({ data: { deploymentId: id, unionId, kind, title: "Lettre", body: "Texte", sentOn: sentOn ? day(sentOn) : null } });
    await letter("gdpr_access", "2026-01-05");
    await letter("open_consultation", null);
    expect((await exportCaseFacts(admin, id)).letters).toEqual({ consultationRequestedOn: null });
    await letter("precise_information", "2026-03-01");
    await letter("open_consultation", "2026-02-01");
    expect((await exportCaseFacts(admin, id)).letters).toEqual({ consultationRequestedOn: "2026-02-01" });
  });

  it("leaves the whole consultation unknown on a case without a recorded one", async () => {
    const employer = await createEmployer();
    const admin = await createActor("admin");
    const { id } = await createCase(employer.id);
    const facts = await exportCaseFacts(admin, id);
    expect(facts.employer.headcountBand).toBe("unknown");
    expect(facts.consultation).toEqual({});
    expect(ZComplianceFacts.parse(facts).consultation).toMatchObject({ legalBases: "unknown", infoCommunicatedDate: "unknown", avisDate: "unknown" });
  });

  it("refuses, as not found, a viewer, another employer's rep, a missing id and a malformed id", async () => {
    const { caseId } = await recordedCase();
    const viewer = await createActor("viewer");
    const otherEmployer = await createEmployer();
    const otherRep = await createActor("rep", { employerIds: [otherEmployer.id] });
    await expectAppError(exportCaseFacts(viewer, caseId), "not_found");
    await expectAppError(exportCaseFacts(otherRep, caseId), "not_found");
    const admin = await createActor("admin");
    await expectAppError(exportCaseFacts(admin, randomUUID()), "not_found");
    await expectAppError(exportCaseFacts(admin, "not-a-uuid"), "not_found");
  });
});
