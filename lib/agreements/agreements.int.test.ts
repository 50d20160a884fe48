import { describe, expect, it } from "vitest";

import { listEmployerAgreements, listLibraryAgreements } from "@/lib/agreements/queries";
import { createAgreement, deleteAgreement } from "@/lib/agreements/save-agreement";
import { BLANK_AGREEMENT, ZAgreementInput, type TAgreementInput } from "@/lib/agreements/schemas";
import { exportCaseFacts } from "@/lib/compliance/case-facts";
import { prisma } from "@/lib/db";
import { createActor, createEmployer } from "@/tests/factories";
import { testUnion } from "@/tests/factories/unions";
import { createCase, createTool } from "@/tests/factories/cases";
import { expectAppError } from "@/tests/setup/expect-app-error";

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

function agreementInput(employerId: string, overrides: Partial<TAgreementInput> = {}) {
  const blank = BLANK_AGREEMENT(employerId);
  return ZAgreementInput.parse({
    ...blank,
    title: "Accord sur l'intelligence artificielle",
    signedOn: "2026-06-15",
    outcome: "Aucun licenciement économique motivé par l'IA ; formation de 14 heures.",
    clauses: { ...blank.clauses, training: { present: true, text: "Chaque salarié utilisateur reçoit une formation de 14 heures avant toute utilisation." } },
    ...overrides,
  });
}

async function setting() {
  const employer = await createEmployer({ headcountBand: "1000-4999" });
  const rep = await createActor("rep", { employerIds: [employer.id] });
  const tool = await createTool({ functions: ["summarise"] });
  // In production since March, no AI training given.
  const deployment = await createCase(employer.id, { toolId: tool.id, phase: "production", goLiveOn: day("2026-03-01") });
  await prisma.consultation.create({ data: { deploymentId: deployment.id, unionId: deployment.unionId, aiTrainingOffered: "no" } });
  const flags = async () => (await prisma.caseFlag.findMany({ where: { deploymentId: deployment.id }, select: { ruleId: true } })).map((row) => row.ruleId);
  return { employer, rep, caseId: deployment.id, flags };
}

describe("the agreements library", () => {
  it("an employer's rep records an agreement: its clauses become facts, flag F18 follows; deleting it clears F18", async () => {
    const { employer, rep, caseId, flags } = await setting();
    expect(await flags()).not.toContain("F18");
    const { id } = await createAgreement(rep, agreementInput(employer.id));
    expect((await exportCaseFacts(rep, caseId)).agreements).toEqual({ clauses: ["training"] });
    expect(await flags()).toContain("F18");
    const { agreements, canWrite } = await listEmployerAgreements(rep, employer.id);
    expect(canWrite).toBe(true);
    expect(agreements).toEqual([
      expect.objectContaining({ id, kind: "ai_agreement", signedOn: "2026-06-15", isShared: false, clauses: [{ kind: "training", text: expect.stringContaining("14 heures") as string }] }),
    ]);
    expect(await prisma.auditEvent.count({ where: { entityType: "agreement", entityId: id, action: "agreement.create" } })).toBe(1);
    await deleteAgreement(rep, { id });
    expect(await flags()).not.toContain("F18");
    expect(await prisma.agreement.count({ where: { id } })).toBe(0);
  });

  it("refuses another employer's rep and a viewer, writing nothing; they cannot delete it either", async () => {
    const { employer, rep } = await setting();
    const otherRep = await createActor("rep", { employerIds: [(await createEmployer()).id] });
    const viewer = await createActor("viewer");
    await expectAppError(createAgreement(otherRep, agreementInput(employer.id)), "not_found");
    await expectAppError(createAgreement(viewer, agreementInput(employer.id)), "not_found");
    expect(await prisma.agreement.count({ where: { employerId: employer.id } })).toBe(0);
    const { id } = await createAgreement(rep, agreementInput(employer.id, { isShared: true }));
    await expectAppError(deleteAgreement(otherRep, { id }), "not_found");
    await expectAppError(listEmployerAgreements(otherRep, employer.id), "not_found");
    expect(await prisma.agreement.count({ where: { id } })).toBe(1);
  });

  it("shares an agreement with every section only when its union chose to; filters by clause; viewers see none", async () => {
    const { employer, rep } = await setting();
    const shared = await createAgreement(rep, agreementInput(employer.id, { title: "Accord partagé", isShared: true }));
    const kept = await createAgreement(rep, agreementInput(employer.id, { title: "Accord interne" }));
    const otherRep = await createActor("rep", { employerIds: [(await createEmployer()).id] });
    const seenByOther = (await listLibraryAgreements(otherRep, null)).map((agreement) => agreement.id);
    expect(seenByOther).toContain(shared.id);
    expect(seenByOther).not.toContain(kept.id);
    const seenByOwn = (await listLibraryAgreements(rep, null)).map((agreement) => agreement.id);
    expect(seenByOwn).toEqual(expect.arrayContaining([shared.id, kept.id]));
    expect((await listLibraryAgreements(otherRep, "training")).map((agreement) => agreement.id)).toContain(shared.id);
    expect((await listLibraryAgreements(otherRep, "no_ai_dismissal")).map((agreement) => agreement.id)).not.toContain(shared.id);
    await expectAppError(listLibraryAgreements(await createActor("viewer"), null), "not_found");
  });

  it("refuses a ticked clause without its wording, on its field", () => {
    const blank = BLANK_AGREEMENT("00000000-0000-4000-8000-000000000000");
    const result = ZAgreementInput.safeParse({ ...blank, title: "Accord", clauses: { ...blank.clauses, consultation: { present: true, text: " " } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["clauses.consultation.text", "agreements.validation.clauseText"]]);
  });
});

describe("an admin recording an agreement where several unions are present", () => {
  it("names the union: refused on that field until one present there is chosen, then its reps see it", async () => {
    const own = await testUnion();
    const other = await testUnion("Autre syndicat", "AUTRE");
    const employer = await createEmployer({ unionIds: [own, other] });
    const admin = await createActor("admin");
    await expectAppError(createAgreement(admin, agreementInput(employer.id)), "invalid", "unionId");
    expect(await prisma.agreement.count({ where: { employerId: employer.id } })).toBe(0);
    const { id } = await createAgreement(admin, agreementInput(employer.id, { unionId: other }));
    expect(await prisma.agreement.findUniqueOrThrow({ where: { id }, select: { unionId: true } })).toEqual({ unionId: other });
  });
});
