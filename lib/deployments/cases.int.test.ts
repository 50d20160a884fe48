import { describe, expect, it } from "vitest";

import { getPool, prisma } from "@/lib/db";
import { createCase } from "@/lib/deployments/create-case";
import { getCase, getCaseHistory, listCaseFormOptions } from "@/lib/deployments/queries";
import { BLANK_AI_ACT_FACTS } from "@/lib/deployments/ai-act-schemas";
import { ZCaseInput, ZUpdateCase, type TCaseInput } from "@/lib/deployments/schemas";
import { updateCase, type TCaseConflict } from "@/lib/deployments/update-case";
import { AppError } from "@/lib/errors";
import { createActor, createEmployer } from "@/tests/factories";
import { testUnion } from "@/tests/factories/unions";
import { createCase as insertCase, createTool } from "@/tests/factories/cases";

/** The AppError a call fails with; a call that succeeds yields { code: "resolved" } so assertions fail clearly. */
async function failureOf(promise: Promise<unknown>): Promise<Pick<AppError, "code"> & Partial<AppError>> {
  return promise.then(
    () => ({ code: "resolved" as AppError["code"] }),
    (error: unknown) => {
      if (error instanceof AppError) return error;
      throw error;
    },
  );
}

/** Every case and audit row, to prove a refused mutation wrote nothing. */
async function caseTables() {
  const pool = getPool();
  const [cases, audit] = await Promise.all([pool.query("SELECT * FROM deployments ORDER BY id"), pool.query("SELECT * FROM audit_events ORDER BY id")]);
  return { cases: cases.rows, audit: audit.rows };
}

async function setting() {
  const employer = await createEmployer({ legalName: "Banque Horizon" });
  const other = await createEmployer({ legalName: "Assureur Littoral" });
  const tool = await createTool({ vendor: "Microsoft", productName: "Copilot" });
  const rep = await createActor("rep", { employerIds: [employer.id] });
  return { employer, other, tool, rep };
}

function input(employerId: string, toolId: string, overrides: Partial<TCaseInput> = {}): TCaseInput {
  return {
    employerId,
    toolId,
    localName: "Assistant conseiller",
    description: "Résumé automatique des appels",
    servicesAffected: "Accueil\nRecouvrement",
    jobFamilies: "Conseiller clientèle",
    headcountAffected: "300",
    phase: "pilot",
    firstKnownOn: "2026-03-02",
    announcedOn: "",
    pilotStartOn: "2026-04-01",
    goLiveOn: "",
    source: "member_report",
    concerns: ["surveillance"],
    monitors: ["calls"],
    individualMonitoring: "yes",
    jobsThreatened: "",
    jobsCut: "",
    statedGoal: "économiser 30 % du temps d'appel",
    repInChargeId: "",
    ...BLANK_AI_ACT_FACTS,
    ...overrides,
  };
}

function edit(detail: { id: string; version: number }, toolId: string, overrides: Partial<TCaseInput> = {}) {
  return ZUpdateCase.parse({ ...input("", toolId, overrides), employerId: undefined, id: detail.id, version: detail.version });
}

describe("creating a case", () => {
  it("a rep opens a case at their employer; the audit row holds every initial fact and version 1", async () => {
    const { employer, tool, rep } = await setting();
    const { id } = await createCase(rep, ZCaseInput.parse(input(employer.id, tool.id, { repInChargeId: rep.id })));
    const detail = await getCase(rep, id);
    expect(detail).toMatchObject({
      employer: { id: employer.id, legalName: "Banque Horizon" },
      tool: { id: tool.id, vendor: "Microsoft", productName: "Copilot" },
      repInCharge: { id: rep.id, name: rep.name },
      servicesAffected: ["Accueil", "Recouvrement"],
      headcountAffected: 300,
      firstKnownOn: "2026-03-02",
      pilotStartOn: "2026-04-01",
      goLiveOn: null,
      status: "reported",
      version: 1,
      canEdit: true,
    });
    const [audit] = await prisma.auditEvent.findMany({ where: { entityType: "case", entityId: id } });
    expect(audit).toMatchObject({ action: "case.create", actorId: rep.id });
    expect(audit?.changes).toMatchObject({
      employerId: { before: null, after: employer.id },
      localName: { before: null, after: "Assistant conseiller" },
      firstKnownOn: { before: null, after: "2026-03-02" },
      version: { before: null, after: 1 },
    });
  });

  it("an employer outside the rep's scope answers like an unknown one, on the field, and writes nothing", async () => {
    const { other, tool, rep } = await setting();
    const before = await caseTables();
    for (const employerId of [other.id, "00000000-0000-4000-8000-000000000000"]) {
      expect(await failureOf(createCase(rep, ZCaseInput.parse(input(employerId, tool.id))))).toMatchObject({
        code: "invalid",
        field: "employerId",
        messageKey: "validation.unknownEmployer",
      });
    }
    expect(await caseTables()).toEqual(before);
  });

  it("refuses an unknown tool and a rep in charge from another employer, writing nothing", async () => {
    const { employer, other, tool, rep } = await setting();
    const outsider = await createActor("rep", { employerIds: [other.id] });
    const viewer = await createActor("viewer", { employerIds: [employer.id] });
    const before = await caseTables();
    const unknownTool = "00000000-0000-4000-8000-000000000000";
    expect(await failureOf(createCase(rep, ZCaseInput.parse(input(employer.id, unknownTool))))).toMatchObject({ field: "toolId" });
    for (const person of [outsider, viewer]) {
      expect(await failureOf(createCase(rep, ZCaseInput.parse(input(employer.id, tool.id, { repInChargeId: person.id }))))).toMatchObject({
        field: "repInChargeId",
        messageKey: "cases.validation.repInCharge",
      });
    }
    expect(await caseTables()).toEqual(before);
  });

  it("a viewer is forbidden even at an employer they are attached to; an admin opens cases anywhere", async () => {
    const { employer, other, tool } = await setting();
    const viewer = await createActor("viewer", { employerIds: [employer.id] });
    const admin = await createActor("admin");
    const before = await caseTables();
    expect(await failureOf(createCase(viewer, ZCaseInput.parse(input(employer.id, tool.id))))).toMatchObject({ code: "forbidden" });
    expect(await failureOf(listCaseFormOptions(viewer))).toMatchObject({ code: "forbidden" });
    expect(await caseTables()).toEqual(before);
    const { id } = await createCase(admin, ZCaseInput.parse(input(other.id, tool.id, { repInChargeId: admin.id })));
    expect((await getCase(admin, id)).employer.id).toBe(other.id);
  });
});

describe("an admin opening a case where several unions are present", () => {
  it("says whose case it is: refused on the union field until one present there is chosen", async () => {
    const own = await testUnion();
    const other = await testUnion("Autre syndicat", "AUTRE");
    const absent = await testUnion("Syndicat absent", "ABS");
    const employer = await createEmployer({ unionIds: [own, other] });
    const tool = await createTool();
    const admin = await createActor("admin");
    const before = await prisma.deployment.count();
    expect(await failureOf(createCase(admin, ZCaseInput.parse({ ...input(employer.id, tool.id), unionId: "" })))).toMatchObject({ code: "invalid", field: "unionId" });
    expect(await failureOf(createCase(admin, ZCaseInput.parse({ ...input(employer.id, tool.id), unionId: absent })))).toMatchObject({ code: "invalid", field: "employerId" });
    expect(await prisma.deployment.count()).toBe(before);

    const { id } = await createCase(admin, ZCaseInput.parse({ ...input(employer.id, tool.id), unionId: other }));
    expect(await prisma.deployment.findUniqueOrThrow({ where: { id }, select: { unionId: true } })).toEqual({ unionId: other });
    // Its reps see it; the other union's do not.
    const otherRep = await createActor("rep", { employerIds: [employer.id], unionId: other });
    const ownRep = await createActor("rep", { employerIds: [employer.id], unionId: own });
    expect((await getCase(otherRep, id)).id).toBe(id);
    expect(await failureOf(getCase(ownRep, id))).toMatchObject({ code: "not_found" });
  });
});

describe("editing a case", () => {
  it("saves the changed fields with before/after and the version, and moves the version on", async () => {
    const { employer, tool, rep } = await setting();
    const { id } = await createCase(rep, ZCaseInput.parse(input(employer.id, tool.id)));
    const result = await updateCase(rep, edit({ id, version: 1 }, tool.id, { phase: "rollout", goLiveOn: "2026-10-01", concerns: ["surveillance", "job_cuts"] }));
    expect(result).toEqual({ id, version: 2 });
    const audit = await prisma.auditEvent.findFirst({ where: { entityId: id, action: "case.update" } });
    expect(audit?.changes).toEqual({
      phase: { before: "pilot", after: "rollout" },
      goLiveOn: { before: null, after: "2026-10-01" },
      concerns: { before: ["surveillance"], after: ["surveillance", "job_cuts"] },
      version: { before: 1, after: 2 },
    });
    // Saving the same values again changes nothing and records nothing.
    expect(await updateCase(rep, edit({ id, version: 2 }, tool.id, { phase: "rollout", goLiveOn: "2026-10-01", concerns: ["surveillance", "job_cuts"] }))).toEqual({ id, version: 2 });
    expect(await prisma.auditEvent.count({ where: { entityId: id } })).toBe(2);
  });

  it("a stale version is a conflict naming the other person's changes, and nothing is overwritten", async () => {
    const { employer, tool, rep } = await setting();
    const colleague = await createActor("rep", { employerIds: [employer.id] });
    await prisma.user.update({ where: { id: colleague.id }, data: { name: "Claire Martin" } });
    const { id } = await createCase(rep, ZCaseInput.parse(input(employer.id, tool.id)));
    await updateCase(colleague, edit({ id, version: 1 }, tool.id, { phase: "production", repInChargeId: colleague.id }));
    const before = await caseTables();

    const failure = await failureOf(updateCase(rep, edit({ id, version: 1 }, tool.id, { localName: "Mon titre" })));
    expect(failure).toMatchObject({ code: "conflict", messageKey: "cases.conflict.message" });
    const details = failure.details as TCaseConflict;
    expect(details.currentVersion).toBe(2);
    expect(details.changes).toHaveLength(1);
    expect(details.changes[0]).toMatchObject({ action: "case.update", authorName: "Claire Martin" });
    expect(details.changes[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: "phase", before: "pilot", after: "production" },
        { field: "repInChargeId", before: null, after: colleague.id, afterLabel: "Claire Martin" },
      ]),
    );
    expect(await caseTables()).toEqual(before);
    expect((await getCase(rep, id)).localName).toBe("Assistant conseiller");
  });

  it("another employer's case, a missing id and a viewer all get not_found or forbidden, writing nothing", async () => {
    const { other, tool, rep } = await setting();
    const foreign = await insertCase(other.id, { toolId: tool.id });
    const viewer = await createActor("viewer");
    const before = await caseTables();
    expect(await failureOf(updateCase(rep, edit(foreign, tool.id)))).toMatchObject({ code: "not_found" });
    expect(await failureOf(updateCase(rep, edit({ id: "00000000-0000-4000-8000-000000000000", version: 1 }, tool.id)))).toMatchObject({ code: "not_found" });
    expect(await failureOf(updateCase(viewer, edit(foreign, tool.id)))).toMatchObject({ code: "forbidden" });
    expect(await caseTables()).toEqual(before);
  });
});

describe("reading a case", () => {
  it("another employer's case, a missing id and a malformed id all answer not_found", async () => {
    const { other, tool, rep } = await setting();
    const foreign = await insertCase(other.id, { toolId: tool.id });
    const viewer = await createActor("viewer", { employerIds: [other.id] });
    for (const [actor, id] of [[rep, foreign.id], [viewer, foreign.id], [rep, "00000000-0000-4000-8000-000000000000"], [rep, "nope"]] as const) {
      expect(await failureOf(getCase(actor, id))).toMatchObject({ code: "not_found" });
      expect(await failureOf(getCaseHistory(actor, id))).toMatchObject({ code: "not_found" });
    }
  });

  it("the history lists every change newest first, with author names and labels for ids", async () => {
    const { employer, tool, rep } = await setting();
    const admin = await createActor("admin");
    await prisma.user.update({ where: { id: admin.id }, data: { name: "Paul Durand" } });
    const { id } = await createCase(rep, ZCaseInput.parse(input(employer.id, tool.id)));
    const otherTool = await createTool({ vendor: "Google", productName: "Gemini" });
    await updateCase(admin, edit({ id, version: 1 }, otherTool.id));

    const history = await getCaseHistory(rep, id);
    expect(history.map((entry) => [entry.action, entry.authorName])).toEqual([
      ["case.update", "Paul Durand"],
      ["case.create", rep.name],
    ]);
    expect(history[0]?.changes).toEqual([
      { field: "toolId", before: tool.id, after: otherTool.id, beforeLabel: "Microsoft — Copilot", afterLabel: "Google — Gemini" },
    ]);
    expect(history[1]?.changes.map((change) => change.field)).not.toContain("version");
  });

  it("form options: the rep's employers with their reps, the admins, the catalogue", async () => {
    const { employer, tool, rep } = await setting();
    const admin = await createActor("admin");
    const options = await listCaseFormOptions(rep);
    expect(options.employers).toEqual([
      { id: employer.id, legalName: "Banque Horizon", reps: [{ id: rep.id, name: rep.name, unionId: rep.unionId }], unions: [{ id: rep.unionId, shortName: "TEST" }] },
    ]);
    expect(options.chooseUnion).toBe(false);
    expect((await listCaseFormOptions(admin)).chooseUnion).toBe(true);
    expect(options.admins).toEqual([{ id: admin.id, name: admin.name }]);
    expect(options.tools).toEqual([{ id: tool.id, vendor: "Microsoft", productName: "Copilot" }]);
  });
});
