import { describe, expect, it } from "vitest";

import { getCaseCompliance } from "@/lib/compliance/queries";
import { refreshAllCaseFlags } from "@/lib/compliance/refresh-flags";
import { addDays, todayInParis } from "@/lib/consultations/calendar-date";
import { saveConsultation } from "@/lib/consultations/save-consultation";
import { clearDeadlineOverride, setDeadlineOverride } from "@/lib/consultations/set-deadline-override";
import { prisma } from "@/lib/db";
import { BLANK_AI_ACT_FACTS } from "@/lib/deployments/ai-act-schemas";
import { createCase } from "@/lib/deployments/create-case";
import { ZCaseInput, ZUpdateCase, type TCaseInput } from "@/lib/deployments/schemas";
import { updateCase } from "@/lib/deployments/update-case";
import { clearAccord, setAccord } from "@/lib/employers/accord";
import { updateEmployer } from "@/lib/employers/save-employer";
import { mergeTools } from "@/lib/tools/merge-tools";
import { updateTool } from "@/lib/tools/save-tool";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase as insertCase, createTool } from "@/tests/factories/cases";
import { consultationInput } from "@/tests/factories/consultations";
import { expectAppError } from "@/tests/setup/expect-app-error";
import { testUnion } from "@/tests/factories/unions";

const today = todayInParis();
const daysAgo = (days: number) => addDays(today, -days);
const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** The stored flags of a case, as "F1:suspected", in rule order. */
async function storedFlags(caseId: string): Promise<string[]> {
  const rows = await prisma.caseFlag.findMany({ where: { deploymentId: caseId } });
  return rows
    .sort((a, b) => Number(a.ruleId.slice(1)) - Number(b.ruleId.slice(1)))
    .map((row) => `${row.ruleId}:${row.status}`);
}

/**
 * A summarising tool piloted for a month, nothing else known: the pilot may predate the end of a
 * consultation nobody recorded (F1 suspected) and AI training is unknown (F12 suspected).
 */
function caseInput(employerId: string, toolId: string, overrides: Partial<TCaseInput> = {}): TCaseInput {
  return {
    employerId,
    toolId,
    localName: "Résumé des rendez-vous",
    description: "",
    servicesAffected: "",
    jobFamilies: "",
    headcountAffected: "",
    phase: "pilot",
    firstKnownOn: daysAgo(60),
    announcedOn: "",
    pilotStartOn: daysAgo(30),
    goLiveOn: "",
    source: "employer_info",
    concerns: [],
    monitors: [],
    individualMonitoring: "no",
    jobsThreatened: "",
    jobsCut: "",
    statedGoal: "",
    repInChargeId: "",
    ...BLANK_AI_ACT_FACTS,
    ...overrides,
  };
}

async function setting() {
  const employer = await createEmployer({ headcountBand: "1000-4999" });
  const rep = await createActor("rep", { employerIds: [employer.id] });
  const admin = await createActor("admin");
  const tool = await createTool({ functions: ["summarise"] });
  return { employer, rep, admin, tool };
}

async function edit(rep: Awaited<ReturnType<typeof createActor>>, caseId: string, toolId: string, employerId: string, overrides: Partial<TCaseInput>) {
  const { version } = await prisma.deployment.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
  return updateCase(rep, ZUpdateCase.parse({ ...caseInput(employerId, toolId, overrides), employerId: undefined, id: caseId, version }));
}

describe("stored flags follow the case's facts", () => {
  it("opening a case writes its flags; editing its AI Act facts adds and removes them", async () => {
    const { employer, rep, tool } = await setting();
    const { id } = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id)));
    expect(await storedFlags(id)).toEqual(["F1:suspected", "F12:suspected"]);

    await edit(rep, id, tool.id, employer.id, { emotionInferenceWorkers: "yes" });
    expect(await storedFlags(id)).toEqual(["F1:suspected", "F8:confirmed", "F12:suspected"]);
    await edit(rep, id, tool.id, employer.id, { emotionInferenceWorkers: "no" });
    expect(await storedFlags(id)).toEqual(["F1:suspected", "F12:suspected"]);
  });

  it("tells the rep in charge of each flag raised or confirmed, once; nobody when no one is in charge", async () => {
    const { employer, rep, tool } = await setting();
    const inCharge = await createActor("rep", { employerIds: [employer.id] });
    const { id } = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id, { repInChargeId: inCharge.id })));
    await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id, { localName: "Sans responsable" })));
    const flagNotes = async () =>
      (await prisma.notification.findMany({ where: { event: "flag_raised" }, orderBy: { createdAt: "asc" } })).map((row) => {
        const params = row.params as { ruleId: string; status: string };
        return `${row.userId === inCharge.id ? "in-charge" : row.userId}:${params.ruleId}:${params.status}`;
      });
    expect((await flagNotes()).sort()).toEqual(["in-charge:F12:suspected", "in-charge:F1:suspected"]);

    await edit(rep, id, tool.id, employer.id, { repInChargeId: inCharge.id, emotionInferenceWorkers: "yes" });
    await edit(rep, id, tool.id, employer.id, { repInChargeId: inCharge.id, emotionInferenceWorkers: "no" });
    await edit(rep, id, tool.id, employer.id, { repInChargeId: inCharge.id, emotionInferenceWorkers: "yes" });
    expect((await flagNotes()).filter((note) => note.includes("F8"))).toEqual(["in-charge:F8:confirmed"]);
    expect(await prisma.notification.count({ where: { event: "flag_raised", userId: { not: inCharge.id } } })).toBe(0);
  });

  it("keeps a step's date only with 'yes'", async () => {
    const { employer, rep, tool } = await setting();
    const { id } = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id, { infoToReps: "yes", infoToRepsOn: daysAgo(40), fria: "no", friaOn: daysAgo(40) })));
    expect(await prisma.deployment.findUniqueOrThrow({ where: { id }, select: { infoToRepsOn: true, friaOn: true } })).toEqual({
      infoToRepsOn: day(daysAgo(40)),
      friaOn: null,
    });
    await edit(rep, id, tool.id, employer.id, { infoToReps: "unknown", infoToRepsOn: daysAgo(40) });
    expect((await prisma.deployment.findUniqueOrThrow({ where: { id }, select: { infoToRepsOn: true } })).infoToRepsOn).toBeNull();
  });

  it("saving the consultation recomputes them: an avis after the pilot confirms F1, one before it clears F1", async () => {
    const { employer, rep, tool } = await setting();
    const { id } = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id)));
    const record = {
      legalBases: ["l2312_8_new_technology" as const],
      infoCommunicatedDate: daysAgo(45),
      employerAnswerDate: daysAgo(5),
      aiTrainingOffered: "yes" as const,
    };
    await saveConsultation(rep, await consultationInput(id, { ...record, avis: "favourable", avisDate: daysAgo(20) }));
    expect(await storedFlags(id)).toEqual(["F1:confirmed"]);
    await saveConsultation(rep, await consultationInput(id, { ...record, avis: "favourable", avisDate: daysAgo(35) }));
    expect(await storedFlags(id)).toEqual([]);
  });

  it("the employer's staff band gates the consultation rules of all its cases: unknown keeps F1 suspected, 11-49 clears it", async () => {
    const { employer, rep, admin, tool } = await setting();
    const { id } = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id)));
    const record = { legalBases: ["l2312_8_new_technology" as const], infoCommunicatedDate: daysAgo(45), employerAnswerDate: daysAgo(5), aiTrainingOffered: "yes" as const };
    await saveConsultation(rep, await consultationInput(id, { ...record, avis: "favourable", avisDate: daysAgo(20) }));
    expect(await storedFlags(id)).toEqual(["F1:confirmed"]);
    const base = { legalName: "Mutuelle du Centre", groupName: null, sector: "mutuelle" as const, siren: null, idcc: null };
    await updateEmployer(admin, { id: employer.id, ...base, headcountBand: null });
    expect(await storedFlags(id)).toEqual(["F1:suspected"]);
    await updateEmployer(admin, { id: employer.id, ...base, headcountBand: "11-49" });
    expect(await storedFlags(id)).toEqual([]);
    await updateEmployer(admin, { id: employer.id, ...base, headcountBand: "50-299" });
    expect(await storedFlags(id)).toEqual(["F1:confirmed"]);
    await expectAppError(updateEmployer(rep, { id: employer.id, ...base, headcountBand: "1-10" }), "forbidden");
    expect(await storedFlags(id)).toEqual(["F1:confirmed"]);
  });

  it("a deadline override moves the end of the consultation, and F1 with it", async () => {
    const { employer, rep, tool } = await setting();
    // D0 50 days ago, no avis recorded: the 1-month delay ended ~20 days ago, before the pilot (10 days ago).
    const { id } = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id, { pilotStartOn: daysAgo(10) })));
    await saveConsultation(rep, await consultationInput(id, { infoCommunicatedDate: daysAgo(50), aiTrainingOffered: "yes" }));
    expect(await storedFlags(id)).toEqual([]);
    await setDeadlineOverride(rep, { caseId: id, deadlineId: "consultation", date: daysAgo(5), reason: "Prorogation par le juge" });
    expect(await storedFlags(id)).toEqual(["F1:suspected"]);
    await clearDeadlineOverride(rep, { caseId: id, deadlineId: "consultation" });
    expect(await storedFlags(id)).toEqual([]);
  });

  it("the employer's accord de méthode changes the delays of all its cases, and their flags", async () => {
    const { employer, rep, admin, tool } = await setting();
    const ids = [];
    for (const name of ["Agences", "Plateau"]) {
      const { id } = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id, { localName: name, pilotStartOn: daysAgo(10) })));
      await saveConsultation(rep, await consultationInput(id, { infoCommunicatedDate: daysAgo(50), aiTrainingOffered: "yes" }));
      ids.push(id);
    }
    await setAccord(admin, { employerId: employer.id, name: "Accord IA", delays: { simple: { months: 3 } } });
    for (const id of ids) expect(await storedFlags(id)).toEqual(["F1:suspected"]);
    await clearAccord(admin, { employerId: employer.id });
    for (const id of ids) expect(await storedFlags(id)).toEqual([]);
  });

  it("editing a catalogue entry's functions recomputes every case of that tool; merging moves the cases' flags", async () => {
    const { employer, rep, admin, tool } = await setting();
    const { id } = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id)));
    const entry = await prisma.aiTool.findUniqueOrThrow({ where: { id: tool.id } });
    await updateTool(rep, {
      id: tool.id,
      vendor: entry.vendor,
      productName: entry.productName,
      underlyingModel: null,
      functions: ["summarise", "voice_emotion_analysis"],
      dataCategories: [],
      dataProcessed: null,
      hostingRegion: "unknown",
      trainsOnCustomerData: "unknown",
      trainsOnEmployeeData: "unknown",
    });
    expect(await storedFlags(id)).toContain("F8:suspected");

    const plain = await createTool({ functions: ["summarise"] });
    const moved = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, plain.id)));
    expect(await storedFlags(moved.id)).not.toContain("F8:suspected");
    await mergeTools(admin, { keepId: tool.id, mergeId: plain.id, confirmed: true });
    expect(await storedFlags(moved.id)).toContain("F8:suspected");
  });
});

describe("refreshAllCaseFlags (npm run compliance:refresh)", () => {
  it("recomputes every case as of a date: a rule becomes applicable on its day", async () => {
    const { employer, rep, tool } = await setting();
    // In use before 2 Dec 2027, change since unknown: Art. 111(2) makes F9 "to check" from that day.
    const { id } = await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id, { annexEmployment: "yes", infoToReps: "no" })));
    expect((await storedFlags(id)).filter((flag) => flag.startsWith("F9:"))).toEqual([]);

    const dayBefore = await refreshAllCaseFlags(prisma, { at: "2027-12-01" });
    expect(dayBefore).toMatchObject({ cases: 1, skipped: 0 });
    expect((await storedFlags(id)).filter((flag) => flag.startsWith("F9:"))).toEqual([]);
    const onTheDay = await refreshAllCaseFlags(prisma, { at: "2027-12-02", batchSize: 1 });
    expect(onTheDay).toMatchObject({ cases: 1, changed: 1 });
    expect((await storedFlags(id)).filter((flag) => flag.startsWith("F9:"))).toEqual(["F9:suspected"]);
  });

  it("walks every case in batches and only rewrites the ones whose flags changed", async () => {
    const { employer, rep, tool } = await setting();
    const ids = [];
    for (let index = 0; index < 5; index += 1) ids.push((await createCase(rep, ZCaseInput.parse(caseInput(employer.id, tool.id)))).id);
    // Written around the engine: a refresh must put the right rows back.
    await prisma.caseFlag.deleteMany({ where: { deploymentId: ids[0] } });
    await prisma.caseFlag.create({ data: { deploymentId: ids[1]!, unionId: await testUnion(), ruleId: "F16", severity: "high", status: "confirmed" } });
    const batches: number[] = [];
    const result = await refreshAllCaseFlags(prisma, { batchSize: 2, onBatch: (done) => batches.push(done.cases) });
    expect(batches).toEqual([2, 4, 5]);
    expect(result).toEqual({ cases: 5, flags: 10, changed: 2, skipped: 0 });
    for (const id of ids) expect(await storedFlags(id)).toEqual(["F1:suspected", "F12:suspected"]);
    expect(await refreshAllCaseFlags(prisma)).toMatchObject({ cases: 5, changed: 0 });
  });

  it("leaves alone, and counts, a case whose stored facts are not valid facts", async () => {
    const { employer } = await setting();
    const broken = await insertCase(employer.id, { phase: "production", callRecordingPercent: 150 });
    await prisma.caseFlag.create({ data: { deploymentId: broken.id, unionId: await testUnion(), ruleId: "F1", severity: "critical", status: "confirmed" } });
    expect(await refreshAllCaseFlags(prisma)).toMatchObject({ cases: 0, skipped: 1 });
    expect(await storedFlags(broken.id)).toEqual(["F1:confirmed"]);
  });
});

describe("getCaseCompliance (the case page, evaluated live)", () => {
  it("is right before any refresh, links only what the actor may edit, and hides foreign cases", async () => {
    const { employer, rep, admin } = await setting();
    const voice = await createTool({ functions: ["voice_emotion_analysis"] });
    // Written around the app: nothing stored, yet the page must show the flags.
    const deployment = await insertCase(employer.id, { toolId: voice.id, phase: "pilot", pilotStartOn: day(daysAgo(10)), emotionInferenceWorkers: "yes" });
    expect(await storedFlags(deployment.id)).toEqual([]);
    const view = await getCaseCompliance(rep, deployment.id);
    expect(view).toMatchObject({ caseId: deployment.id, toolId: voice.id, at: today, isUnreadable: false, canEditCase: true, canEditTool: true, canManageCalendar: false });
    expect(view.flags.find((flag) => flag.ruleId === "F8")).toMatchObject({ status: "confirmed", severity: "critical" });
    expect((await getCaseCompliance(admin, deployment.id)).canManageCalendar).toBe(true);

    const viewer = await createActor("viewer");
    const otherRep = await createActor("rep", { employerIds: [(await createEmployer()).id] });
    await expectAppError(getCaseCompliance(viewer, deployment.id), "not_found");
    await expectAppError(getCaseCompliance(otherRep, deployment.id), "not_found");
    await expectAppError(getCaseCompliance(admin, "not-a-uuid"), "not_found");
  });
});
