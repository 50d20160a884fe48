/**
 * Issue 20, "shared between unions as outcomes", now that unions are tenants (issue 15, ADR 0037):
 * another union's rep reads a shared agreement and its clauses, never an unshared one, and changes
 * neither — through the data-access functions and through raw SQL on the app's own connection.
 */
import { describe, expect, it } from "vitest";

import { listEmployerAgreements, listLibraryAgreements } from "@/lib/agreements/queries";
import { createAgreement, deleteAgreement } from "@/lib/agreements/save-agreement";
import { BLANK_AGREEMENT, ZAgreementInput, type TAgreementInput } from "@/lib/agreements/schemas";
import { exportCaseFacts } from "@/lib/compliance/case-facts";
import { refreshAllCaseFlags } from "@/lib/compliance/refresh-flags";
import { dbFor, prisma } from "@/lib/db";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase, createTool } from "@/tests/factories/cases";
import { testUnion } from "@/tests/factories/unions";
import { expectAppError } from "@/tests/setup/expect-app-error";

function agreementInput(employerId: string, overrides: Partial<TAgreementInput> = {}) {
  const blank = BLANK_AGREEMENT(employerId);
  return ZAgreementInput.parse({
    ...blank,
    title: "Accord IA",
    signedOn: "2026-06-15",
    outcome: "Formation de 14 heures.",
    clauses: { ...blank.clauses, training: { present: true, text: "Chaque salarié utilisateur reçoit une formation de 14 heures avant toute utilisation." } },
    ...overrides,
  });
}

async function twoUnions() {
  const [unionA, unionB] = await Promise.all([testUnion("Union A", "UA"), testUnion("Union B", "UB")]);
  const employer = await createEmployer({ headcountBand: "1000-4999", unionIds: [unionA, unionB] });
  const repA = await createActor("rep", { employerIds: [employer.id], unionId: unionA });
  const repB = await createActor("rep", { employerIds: [employer.id], unionId: unionB });
  // Union B's case at the same employer: in production since March, no AI training given.
  const tool = await createTool({ functions: ["summarise"] });
  const caseB = await createCase(employer.id, { unionId: unionB, toolId: tool.id, phase: "production", goLiveOn: new Date("2026-03-01T00:00:00Z") });
  await prisma.consultation.create({ data: { deploymentId: caseB.id, unionId: unionB, aiTrainingOffered: "no" } });
  const flagsB = async () => (await prisma.caseFlag.findMany({ where: { deploymentId: caseB.id }, select: { ruleId: true } })).map((row) => row.ruleId);
  return { unionA, unionB, employer, repA, repB, caseB, flagsB };
}

describe("agreements shared between unions", () => {
  it("union B's rep reads union A's shared agreement and its clauses, never the unshared one", async () => {
    const { employer, repA, repB } = await twoUnions();
    const shared = await createAgreement(repA, agreementInput(employer.id, { title: "Accord partagé", isShared: true }));
    const kept = await createAgreement(repA, agreementInput(employer.id, { title: "Accord interne au syndicat A" }));

    const library = await listLibraryAgreements(repB, null);
    expect(library.map((agreement) => agreement.id)).toEqual([shared.id]);
    expect(library[0]!.clauses).toEqual([{ kind: "training", text: expect.stringContaining("14 heures") as string }]);
    expect((await listLibraryAgreements(repB, "training")).map((agreement) => agreement.id)).toEqual([shared.id]);
    // On the employer page too (B's rep reads the employer): the shared one only.
    expect((await listEmployerAgreements(repB, employer.id)).agreements.map((agreement) => agreement.id)).toEqual([shared.id]);
    // Control: A's rep reads both.
    expect((await listLibraryAgreements(repA, null)).map((agreement) => agreement.id).sort()).toEqual([shared.id, kept.id].sort());

    // Raw SQL on the app's connection as B: the unshared agreement and its clauses do not exist.
    const asB = dbFor(repB);
    expect((await asB.$queryRawUnsafe<{ id: string }[]>("SELECT id::text FROM agreements")).map((row) => row.id)).toEqual([shared.id]);
    const clauses = await asB.$queryRawUnsafe<{ agreement_id: string }[]>("SELECT agreement_id::text FROM agreement_clauses");
    expect(clauses.map((row) => row.agreement_id)).toEqual([shared.id]);
  });

  it("union B's rep cannot change or delete union A's agreements or clauses, shared or not", async () => {
    const { employer, repA, repB, unionB } = await twoUnions();
    const shared = await createAgreement(repA, agreementInput(employer.id, { isShared: true }));
    const kept = await createAgreement(repA, agreementInput(employer.id));
    const before = await prisma.agreement.findMany({ include: { clauses: true }, orderBy: { id: "asc" } });

    await expectAppError(deleteAgreement(repB, { id: shared.id }), "not_found");
    await expectAppError(deleteAgreement(repB, { id: kept.id }), "not_found");

    const asB = dbFor(repB);
    for (const id of [shared.id, kept.id]) {
      expect((await asB.agreement.updateMany({ where: { id }, data: { title: "Piraté", isShared: false } })).count).toBe(0);
      expect((await asB.agreementClause.updateMany({ where: { agreementId: id }, data: { text: "Piraté" } })).count).toBe(0);
      expect((await asB.agreementClause.deleteMany({ where: { agreementId: id } })).count).toBe(0);
      expect((await asB.agreement.deleteMany({ where: { id } })).count).toBe(0);
    }
    expect(await asB.$executeRawUnsafe("UPDATE agreements SET title = 'Piraté'")).toBe(0);
    // Adding a clause to A's shared agreement, under A's union or B's: refused.
    for (const unionId of [before[0]!.unionId, unionB]) {
      await expect(
        asB.$executeRawUnsafe(
          "INSERT INTO agreement_clauses (id, agreement_id, union_id, kind, text) VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'consultation', 'Intrus')",
          shared.id,
          unionId,
        ),
      ).rejects.toThrow(/row-level security|policy|foreign key/i);
    }
    expect(await prisma.agreement.findMany({ include: { clauses: true }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("union B's flags read A's shared clauses, never A's unshared ones, whoever computes them (a rep's save or the nightly job)", async () => {
    const { employer, repA, repB, caseB, flagsB } = await twoUnions();
    const kept = await createAgreement(repA, agreementInput(employer.id));
    expect((await exportCaseFacts(repB, caseB.id)).agreements).toEqual({ clauses: [] });
    expect(await flagsB()).not.toContain("F18");
    await refreshAllCaseFlags(prisma); // as system: sees every union's rows
    expect(await flagsB()).not.toContain("F18");

    await deleteAgreement(repA, { id: kept.id });
    await createAgreement(repA, agreementInput(employer.id, { isShared: true }));
    expect((await exportCaseFacts(repB, caseB.id)).agreements).toEqual({ clauses: ["training"] });
    expect(await flagsB()).toContain("F18");
    await refreshAllCaseFlags(prisma);
    expect(await flagsB()).toContain("F18");
  });
});
