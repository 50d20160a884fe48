import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getConsultationView } from "@/lib/consultations/queries";
import { saveConsultation } from "@/lib/consultations/save-consultation";
import { ZConsultationInput } from "@/lib/consultations/schemas";
import { clearDeadlineOverride, setDeadlineOverride } from "@/lib/consultations/set-deadline-override";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { consultationInput, createCseBody, deadlineRows, snapshotConsultations } from "@/tests/factories/consultations";
import { expectAppError } from "@/tests/setup/expect-app-error";

async function repWithCase(accordDelays?: object) {
  const employer = await createEmployer();
  if (accordDelays) await prisma.employer.update({ where: { id: employer.id }, data: { accordName: "Accord IA 2026", accordDelays } });
  const rep = await createActor("rep", { employerIds: [employer.id] });
  const deployment = await createCase(employer.id);
  return { employer, rep, caseId: deployment.id };
}

const WITH_EXPERT = {
  infoCommunicatedDate: "2026-01-31",
  bdeseNoticeDate: "2026-02-03",
  expert: { isAppointed: true, deliberationDate: "2026-02-01", designationDate: "2026-02-02" },
};

describe("saving a consultation", () => {
  it("creates the record, its deadlines with exact dates and an audit row", async () => {
    const { employer, rep, caseId } = await repWithCase();
    const body = await createCseBody(employer.id, { kind: "cse_central", name: "CSE central" });
    await saveConsultation(rep, await consultationInput(caseId, { ...WITH_EXPERT, cseBodyId: body.id, documentsReceived: ["project_note"] }));

    // D0 = 31 January (earlier than the BDESE notice) + 2 months with an expert = 31 March.
    expect(await deadlineRows(caseId)).toEqual({
      consultation: { dueOn: "2026-03-31", overridden: false, doneOn: null },
      court_referral: { dueOn: "2026-03-30", overridden: false, doneOn: null },
      expert_info_request: { dueOn: "2026-02-05", overridden: false, doneOn: null },
      expert_cost_notice: { dueOn: "2026-02-12", overridden: false, doneOn: null },
      expert_report: { dueOn: "2026-03-16", overridden: false, doneOn: null },
      employer_contest: { dueOn: "2026-02-11", overridden: false, doneOn: null },
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "consultation", entityId: caseId } });
    expect(audit).toMatchObject({ action: "consultation.create", actorId: rep.id });
    expect(audit.changes).toMatchObject({ infoGivenOn: { before: null, after: "2026-01-31" }, cseBodyId: { before: null, after: body.id } });

    const view = await getConsultationView(rep, caseId, "2026-03-25");
    expect(view.record).toMatchObject({ infoCommunicatedDate: "2026-01-31", cseBodyId: body.id, documentsReceived: ["project_note"] });
    expect(view.missingDocuments).not.toContain("project_note");
    expect(view.deadlines.map((deadline) => [deadline.id, deadline.status])).toContainEqual(["consultation", "due_soon"]);
    expect(view.missingFacts).toEqual([{ deadlineId: "employer_reply", needsOneOf: ["expert.infoRequestDate"] }]);
  });

  it("adds the establishment avis and 3 months only when the consultation is multi-level", async () => {
    const { rep, caseId } = await repWithCase();
    await saveConsultation(rep, await consultationInput(caseId, { ...WITH_EXPERT, isMultiLevel: true }));
    const rows = await deadlineRows(caseId);
    expect(rows.consultation?.dueOn).toBe("2026-04-30");
    expect(rows.establishment_avis?.dueOn).toBe("2026-04-23");
  });

  it("applies the employer's accord de méthode delays", async () => {
    const { rep, caseId } = await repWithCase({ withExpert: { days: 45 } });
    await saveConsultation(rep, await consultationInput(caseId, WITH_EXPERT));
    expect((await deadlineRows(caseId)).consultation?.dueOn).toBe("2026-03-17");
    expect((await getConsultationView(rep, caseId)).accord).toEqual({ name: "Accord IA 2026", hasDelays: true, isReadable: true });
  });

  it("closes the consultation deadlines on the day of the avis", async () => {
    const { rep, caseId } = await repWithCase();
    await saveConsultation(rep, await consultationInput(caseId, WITH_EXPERT));
    await saveConsultation(rep, await consultationInput(caseId, { ...WITH_EXPERT, avis: "defavorable", avisDate: "2026-03-20" }));
    const rows = await deadlineRows(caseId);
    for (const kind of ["consultation", "court_referral", "expert_report"]) expect(rows[kind]?.doneOn).toBe("2026-03-20");
    const actions = await prisma.auditEvent.findMany({ where: { entityId: caseId }, orderBy: { id: "asc" }, select: { action: true, changes: true } });
    expect(actions.map((event) => event.action)).toEqual(["consultation.create", "consultation.update"]);
    expect(actions[1]?.changes).toEqual({
      avis: { before: null, after: "defavorable" },
      avisOn: { before: null, after: "2026-03-20" },
      version: { before: 2, after: 3 },
    });
  });

  it("writes no audit row when nothing changed", async () => {
    const { rep, caseId } = await repWithCase();
    await saveConsultation(rep, await consultationInput(caseId, WITH_EXPERT));
    await saveConsultation(rep, await consultationInput(caseId, WITH_EXPERT));
    expect(await prisma.auditEvent.count({ where: { entityId: caseId } })).toBe(1);
  });
});

describe("two reps saving at once", () => {
  it("refuses the second save with the first one's change, and writes nothing of it", async () => {
    const { employer, rep, caseId } = await repWithCase();
    const colleague = await createActor("rep", { employerIds: [employer.id] });
    // Both open the form at the same version.
    const first = await consultationInput(caseId, WITH_EXPERT);
    const second = await consultationInput(caseId, { infoCommunicatedDate: "2026-02-10" });
    await saveConsultation(colleague, first);
    const before = await snapshotConsultations();

    const error = await saveConsultation(rep, second).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "conflict", messageKey: "cases.conflict.message" });
    const details = (error as AppError).details as { currentVersion: number; changes: { authorName: string; changes: { field: string }[] }[] };
    expect(details.currentVersion).toBe(2);
    expect(details.changes[0]?.authorName).toBe(colleague.name);
    expect(details.changes[0]?.changes.map((change) => change.field)).toContain("infoGivenOn");
    expect(await snapshotConsultations()).toEqual(before);

    // Saving again from the current version goes through.
    await saveConsultation(rep, await consultationInput(caseId, { ...WITH_EXPERT, infoCommunicatedDate: "2026-02-10" }));
    const stored = await prisma.consultation.findUniqueOrThrow({ where: { deploymentId: caseId } });
    expect(stored.infoGivenOn?.toISOString().slice(0, 10)).toBe("2026-02-10");
    expect((await deadlineRows(caseId)).consultation?.dueOn).toBe("2026-04-03");
  });
});

describe("overriding a deadline", () => {
  it("persists the new date with its reason, moves what hangs on it, audits, and can be undone", async () => {
    const { rep, caseId } = await repWithCase();
    await saveConsultation(rep, await consultationInput(caseId, WITH_EXPERT));
    await setDeadlineOverride(rep, { caseId, deadlineId: "consultation", date: "2026-05-15", reason: "Prolongé par le juge" });

    const rows = await deadlineRows(caseId);
    expect(rows.consultation).toEqual({ dueOn: "2026-05-15", overridden: true, doneOn: null });
    expect(rows.court_referral).toEqual({ dueOn: "2026-05-14", overridden: false, doneOn: null });
    const consultation = (await getConsultationView(rep, caseId)).deadlines.find((deadline) => deadline.id === "consultation");
    expect(consultation?.override).toEqual({ computedDate: "2026-03-31", reason: "Prolongé par le juge" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: caseId, action: "consultation.override" } });
    expect(audit.changes).toEqual({ "override.consultation": { before: null, after: { date: "2026-05-15", reason: "Prolongé par le juge" } } });

    await clearDeadlineOverride(rep, { caseId, deadlineId: "consultation" });
    expect((await deadlineRows(caseId)).consultation).toEqual({ dueOn: "2026-03-31", overridden: false, doneOn: null });
    expect(await prisma.auditEvent.count({ where: { entityId: caseId, action: "consultation.override.clear" } })).toBe(1);
  });

  it("is kept when the rep saves the form again", async () => {
    const { rep, caseId } = await repWithCase();
    await setDeadlineOverride(rep, { caseId, deadlineId: "consultation", date: "2026-05-15", reason: "Date fixée par le juge" });
    await saveConsultation(rep, await consultationInput(caseId, WITH_EXPERT));
    expect((await deadlineRows(caseId)).consultation).toEqual({ dueOn: "2026-05-15", overridden: true, doneOn: null });
  });
});

describe("who may read and change a consultation", () => {
  it("refuses viewers, other employers' reps and unknown ids as not found, writing nothing", async () => {
    const { rep, caseId } = await repWithCase();
    await saveConsultation(rep, await consultationInput(caseId, WITH_EXPERT));
    const outsider = await createActor("rep", { employerIds: [(await createEmployer()).id] });
    const viewer = await createActor("viewer");
    const before = await snapshotConsultations();
    for (const actor of [viewer, outsider]) {
      await expectAppError(getConsultationView(actor, caseId), "not_found");
      await expectAppError(saveConsultation(actor, await consultationInput(caseId, { avis: "favourable", avisDate: "2026-03-01" })), "not_found");
      await expectAppError(setDeadlineOverride(actor, { caseId, deadlineId: "consultation", date: "2026-09-01", reason: "x" }), "not_found");
      await expectAppError(clearDeadlineOverride(actor, { caseId, deadlineId: "consultation" }), "not_found");
    }
    await expectAppError(getConsultationView(rep, randomUUID()), "not_found");
    await expectAppError(getConsultationView(rep, "not-a-uuid"), "not_found");
    await expectAppError(saveConsultation(rep, await consultationInput(randomUUID())), "not_found");
    expect(await snapshotConsultations()).toEqual(before);
  });

  it("refuses another employer's CSE body on its field, writing nothing", async () => {
    const { rep, caseId } = await repWithCase();
    const foreignBody = await createCseBody((await createEmployer()).id);
    const before = await snapshotConsultations();
    await expectAppError(saveConsultation(rep, await consultationInput(caseId, { cseBodyId: foreignBody.id })), "invalid", "cseBodyId");
    expect(await snapshotConsultations()).toEqual(before);
  });

  it("rejects dates out of order on their field before anything is written", () => {
    const result = ZConsultationInput.safeParse({
      caseVersion: 1,
      caseId: randomUUID(),
      infoCommunicatedDate: "2026-03-10",
      avis: "favourable",
      avisDate: "2026-03-01",
      expert: { isAppointed: true, deliberationDate: "2026-03-12", designationDate: "2026-03-11" },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["expert.designationDate", "validation.date.beforeDeliberation"],
      ["avisDate", "validation.date.beforeD0"],
    ]);
  });
});
