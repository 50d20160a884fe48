import { describe, expect, it } from "vitest";

import { getPool, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clearAccord, setAccord } from "@/lib/employers/accord";
import { addCseBody, removeCseBody, renameCseBody } from "@/lib/employers/cse-bodies";
import { ZAddCseBody, ZSetAccord } from "@/lib/employers/cse-schemas";
import { getEmployer } from "@/lib/employers/queries";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";

const MISSING_ID = "00000000-0000-4000-8000-000000000000";
const delay = (amount: string, unit = "days") => ({ amount, unit });
const noDelays = { simple: delay(""), withExpert: delay(""), multiLevelWithExperts: delay("") };

async function failureOf(promise: Promise<unknown>) {
  return promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof AppError ? { code: error.code, messageKey: error.messageKey } : error),
  );
}

async function tablesNow() {
  const read = async (table: string) => (await getPool().query(`SELECT * FROM ${table} ORDER BY 1`)).rows;
  return { employers: await read("employers"), bodies: await read("cse_bodies"), deadlines: await read("case_deadlines"), audit: await read("audit_events") };
}

/** A case whose consultation started on 10 March 2026 (information given), before its CSE body. */
async function caseWithConsultation(employerId: string, cseBodyId: string | null = null) {
  const row = await createCase(employerId);
  await prisma.consultation.create({ data: { deploymentId: row.id, unionId: row.unionId, cseBodyId, infoGivenOn: new Date("2026-03-10T00:00:00Z") } });
  return row;
}

async function consultationDueOn(caseId: string) {
  const deadline = await prisma.caseDeadline.findUnique({ where: { deploymentId_kind: { deploymentId: caseId, kind: "consultation" } } });
  return deadline?.dueOn.toISOString().slice(0, 10);
}

describe("CSE bodies", () => {
  it("an admin adds, renames and removes a body, each audited on the employer; reps read them", async () => {
    const employer = await createEmployer();
    const admin = await createActor("admin");
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const { id } = await addCseBody(admin, ZAddCseBody.parse({ employerId: employer.id, kind: "cse_central", name: " CSE central " }));
    await renameCseBody(admin, { cseBodyId: id, name: "CSE central UES" });
    expect((await getEmployer(rep, employer.id)).cseBodies).toEqual([{ id, kind: "cse_central", name: "CSE central UES", consultationCount: 0 }]);

    await removeCseBody(admin, { cseBodyId: id });
    expect((await getEmployer(rep, employer.id)).cseBodies).toEqual([]);
    const trail = await prisma.auditEvent.findMany({ where: { entityType: "employer", entityId: employer.id }, orderBy: { id: "asc" } });
    expect(trail.map((event) => event.action)).toEqual(["employer.cse-body.add", "employer.cse-body.rename", "employer.cse-body.remove"]);
    expect(trail[1]?.changes).toEqual({ [`cseBody.${id}.name`]: { before: "CSE central", after: "CSE central UES" } });
  });

  it("refuses removing a body a consultation names, with a clear message, writing nothing", async () => {
    const employer = await createEmployer();
    const admin = await createActor("admin");
    const body = await prisma.cseBody.create({ data: { employerId: employer.id, kind: "cse", name: "CSE" } });
    await caseWithConsultation(employer.id, body.id);
    const before = await tablesNow();
    expect(await failureOf(removeCseBody(admin, { cseBodyId: body.id }))).toEqual({ code: "conflict", messageKey: "tools.cse.inUse" });
    expect(await tablesNow()).toEqual(before);
  });

  it("refuses reps (their own employer included) and viewers, and answers not found for a missing employer or body", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const viewer = await createActor("viewer");
    const admin = await createActor("admin");
    const body = await prisma.cseBody.create({ data: { employerId: employer.id, kind: "cse", name: "CSE" } });
    const before = await tablesNow();
    for (const actor of [rep, viewer]) {
      expect(await failureOf(addCseBody(actor, { employerId: employer.id, kind: "cssct", name: "CSSCT" }))).toMatchObject({ code: "forbidden" });
      expect(await failureOf(renameCseBody(actor, { cseBodyId: body.id, name: "Autre" }))).toMatchObject({ code: "forbidden" });
      expect(await failureOf(removeCseBody(actor, { cseBodyId: body.id }))).toMatchObject({ code: "forbidden" });
    }
    expect(await failureOf(addCseBody(admin, { employerId: MISSING_ID, kind: "cse", name: "CSE" }))).toMatchObject({ code: "not_found" });
    expect(await failureOf(renameCseBody(admin, { cseBodyId: MISSING_ID, name: "CSE" }))).toMatchObject({ code: "not_found" });
    expect(ZAddCseBody.safeParse({ employerId: employer.id, kind: "comite", name: "" }).success).toBe(false);
    expect(await tablesNow()).toEqual(before);
  });
});

describe("accord de méthode", () => {
  it("an admin sets the accord, the employer's case deadlines follow it, and clearing it restores the legal delays", async () => {
    const employer = await createEmployer();
    const admin = await createActor("admin");
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const row = await caseWithConsultation(employer.id);
    await setAccord(admin, ZSetAccord.parse({ employerId: employer.id, name: "Accord 2025", delays: { ...noDelays, simple: delay("20") } }));

    expect(await getEmployer(rep, employer.id)).toMatchObject({ accordName: "Accord 2025", accordDelays: { simple: { days: 20 } } });
    expect(await consultationDueOn(row.id)).toBe("2026-03-30");

    await clearAccord(admin, { employerId: employer.id });
    expect(await getEmployer(rep, employer.id)).toMatchObject({ accordName: null, accordDelays: null });
    // R2312-6: one month from the information.
    expect(await consultationDueOn(row.id)).toBe("2026-04-10");
    const trail = await prisma.auditEvent.findMany({ where: { entityType: "employer", entityId: employer.id }, orderBy: { id: "asc" } });
    expect(trail.map((event) => [event.action, event.changes])).toEqual([
      [
        "employer.accord.set",
        { accordName: { before: null, after: "Accord 2025" }, accordDelays: { before: null, after: { simple: { days: 20 } } } },
      ],
      [
        "employer.accord.clear",
        { accordName: { before: "Accord 2025", after: null }, accordDelays: { before: { simple: { days: 20 } }, after: null } },
      ],
    ]);
  });

  it("refuses reps and viewers, and a delay under 15 days never reaches the database", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const viewer = await createActor("viewer");
    const admin = await createActor("admin");
    const input = ZSetAccord.parse({ employerId: employer.id, name: "Accord", delays: { ...noDelays, withExpert: delay("2", "months") } });
    const before = await tablesNow();
    for (const actor of [rep, viewer]) {
      expect(await failureOf(setAccord(actor, input))).toMatchObject({ code: "forbidden" });
      expect(await failureOf(clearAccord(actor, { employerId: employer.id }))).toMatchObject({ code: "forbidden" });
    }
    expect(await failureOf(setAccord(admin, { ...input, employerId: MISSING_ID }))).toMatchObject({ code: "not_found" });
    const tooShort = ZSetAccord.safeParse({ employerId: employer.id, name: "Accord", delays: { ...noDelays, simple: delay("14") } });
    expect(tooShort.success ? [] : tooShort.error.issues.map((issue) => issue.message)).toEqual(["validation.accord.delayBelowMinimum"]);
    expect(await tablesNow()).toEqual(before);
  });
});
