import { describe, expect, it } from "vitest";

import { todayInParis } from "@/lib/consultations/calendar-date";
import { getPool, prisma } from "@/lib/db";
import { addCaseEvent } from "@/lib/workflow/add-event";
import { completeCaseTask } from "@/lib/workflow/complete-task";
import { createCaseTask } from "@/lib/workflow/create-task";
import { getCaseWorkflow } from "@/lib/workflow/queries";
import { reopenCaseTask } from "@/lib/workflow/reopen-task";
import { transitionCase } from "@/lib/workflow/transition-case";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { expectAppError } from "@/tests/setup/expect-app-error";

/** Every row the workflow writes, to prove a refused operation wrote nothing. */
async function workflowRows() {
  const pool = getPool();
  const tables = ["deployments", "case_events", "case_tasks", "audit_events"];
  return Promise.all(tables.map(async (table) => (await pool.query(`SELECT * FROM ${table} ORDER BY 1`)).rows));
}

async function repWithCase() {
  const employer = await createEmployer();
  const rep = await createActor("rep", { employerIds: [employer.id] });
  const found = await createCase(employer.id);
  return { employer, rep, caseId: found.id };
}

describe("moving a case through its statuses", () => {
  it("a rep takes their case from reported to resolved, each move on the timeline and in the audit trail", async () => {
    const { rep, caseId } = await repWithCase();
    let version = 1;
    for (const toStatus of ["qualified", "consultation_open", "avis_given", "deployed_irregular", "contentious"] as const) {
      ({ version } = await transitionCase(rep, { caseId, version, toStatus }));
    }
    await transitionCase(rep, { caseId, version, toStatus: "resolved", outcome: "suspended_by_court", resolutionSummary: "Référé : outil suspendu." });

    const row = await prisma.deployment.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({ status: "resolved", outcome: "suspended_by_court", resolutionSummary: "Référé : outil suspendu.", version: 7 });
    expect(row.resolvedOn?.toISOString().slice(0, 10)).toBe(todayInParis());

    const view = await getCaseWorkflow(rep, caseId);
    expect(view).toMatchObject({ status: "resolved", outcome: "suspended_by_court", resolvedOn: todayInParis(), version: 7, canWrite: true, nextStatuses: ["qualified"] });
    const moves = view.events.filter((event) => event.type === "status_change");
    expect(moves).toHaveLength(6);
    expect(moves.every((event) => event.authorName === rep.name)).toBe(true);
    expect(moves.map((event) => event.toStatus)).toEqual(expect.arrayContaining(["qualified", "resolved"]));
    const audits = await prisma.auditEvent.findMany({ where: { entityId: caseId, action: "case.status" } });
    expect(audits).toHaveLength(6);
    expect(audits.some((audit) => JSON.stringify(audit.changes).includes('"after":"suspended_by_court"'))).toBe(true);
  });

  it("reopening clears the outcome, summary and date", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const found = await createCase(employer.id, {
      status: "resolved",
      outcome: "withdrawn",
      resolutionSummary: "Outil retiré",
      resolvedOn: new Date("2026-10-01T00:00:00Z"),
    });
    await transitionCase(rep, { caseId: found.id, version: 1, toStatus: "qualified" });
    expect(await prisma.deployment.findUniqueOrThrow({ where: { id: found.id } })).toMatchObject({
      status: "qualified",
      outcome: null,
      resolutionSummary: null,
      resolvedOn: null,
      version: 2,
    });
  });

  it("refuses an illegal move, naming both statuses, and writes nothing", async () => {
    const { rep, caseId } = await repWithCase();
    const before = await workflowRows();
    const error = await expectAppError(transitionCase(rep, { caseId, version: 1, toStatus: "resolved", outcome: "withdrawn", resolutionSummary: "x" }), "invalid");
    expect(error).toMatchObject({ messageKey: "workflow.errors.illegalTransition", details: { from: "reported", to: "resolved" } });
    expect(await workflowRows()).toEqual(before);
  });

  it("refuses to resolve without an outcome or a summary, on the field, and writes nothing", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const { id: caseId } = await createCase(employer.id, { status: "avis_given" });
    const before = await workflowRows();
    await expectAppError(transitionCase(rep, { caseId, version: 1, toStatus: "resolved", resolutionSummary: "Accord signé" }), "invalid", "outcome");
    await expectAppError(transitionCase(rep, { caseId, version: 1, toStatus: "resolved", outcome: "agreement_signed" }), "invalid", "resolutionSummary");
    expect(await workflowRows()).toEqual(before);
  });

  it("a stale version (someone changed the case meanwhile) is a conflict that writes nothing", async () => {
    const { rep, caseId } = await repWithCase();
    await transitionCase(rep, { caseId, version: 1, toStatus: "qualified" });
    const before = await workflowRows();
    const error = await expectAppError(transitionCase(rep, { caseId, version: 1, toStatus: "closed_no_action" }), "conflict");
    expect(error).toMatchObject({ messageKey: "workflow.errors.conflict", details: { status: "qualified" } });
    expect(await workflowRows()).toEqual(before);
  });

  it("of two simultaneous moves from the same version, exactly one wins", async () => {
    const { rep, caseId } = await repWithCase();
    const results = await Promise.allSettled([
      transitionCase(rep, { caseId, version: 1, toStatus: "qualified" }),
      transitionCase(rep, { caseId, version: 1, toStatus: "closed_no_action" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.caseEvent.count({ where: { deploymentId: caseId } })).toBe(1);
    expect((await prisma.deployment.findUniqueOrThrow({ where: { id: caseId } })).version).toBe(2);
  });
});

describe("timeline and tasks", () => {
  it("lists events newest first and tasks open first, with authors and assignees", async () => {
    const { employer, rep, caseId } = await repWithCase();
    const colleague = await createActor("rep", { employerIds: [employer.id] });
    await addCaseEvent(rep, { caseId, type: "letter_sent", occurredOn: "2026-10-02", title: "Demande d'information L2312-15" });
    await addCaseEvent(colleague, { caseId, type: "note", occurredOn: "2026-10-05", title: "Appel d'un adhérent", body: "Scores affichés aux managers." });
    await addCaseEvent(rep, { caseId, type: "cse_meeting", occurredOn: "2099-01-10", title: "CSE extraordinaire prévu" });
    const late = await createCaseTask(rep, { caseId, title: "Relancer la DRH", dueOn: "2026-01-05", assigneeId: colleague.id });
    const done = await createCaseTask(rep, { caseId, title: "Lire la note projet" });
    await completeCaseTask(rep, { taskId: done.id });
    await completeCaseTask(rep, { taskId: done.id }); // twice: no second audit row

    const view = await getCaseWorkflow(colleague, caseId);
    expect(view.events.map((event) => [event.title, event.authorName, event.isUpcoming])).toEqual([
      ["CSE extraordinaire prévu", rep.name, true],
      ["Appel d'un adhérent", colleague.name, false],
      ["Demande d'information L2312-15", rep.name, false],
    ]);
    expect(view.events[1]).toMatchObject({ type: "note", body: "Scores affichés aux managers." });
    expect(view.tasks.map((task) => [task.id, task.assigneeName, task.isOverdue, task.doneAt !== null])).toEqual([
      [late.id, colleague.name, true, false],
      [done.id, null, false, true],
    ]);
    expect(view.assignees.map((user) => user.id).sort()).toEqual(expect.arrayContaining([rep.id, colleague.id]));
    const audits = await prisma.auditEvent.findMany({ where: { entityId: caseId }, select: { action: true, changes: true } });
    expect(audits.filter((audit) => audit.action === "case.event")).toHaveLength(3);
    expect(audits.filter((audit) => audit.action === "case.task")).toHaveLength(3);
    expect(JSON.stringify(audits)).not.toContain("Scores affichés"); // a note's text stays in the case

    await reopenCaseTask(colleague, { taskId: done.id });
    expect((await getCaseWorkflow(rep, caseId)).tasks.every((task) => task.doneAt === null)).toBe(true);
    // Events and tasks are separate rows: the case version (and part B's edit form) is undisturbed.
    expect((await prisma.deployment.findUniqueOrThrow({ where: { id: caseId } })).version).toBe(1);
  });

  it("refuses an assignee from another employer, a deactivated rep or a viewer, on the field, writing nothing", async () => {
    const { rep, caseId } = await repWithCase();
    const otherEmployer = await createEmployer();
    const stranger = await createActor("rep", { employerIds: [otherEmployer.id] });
    const viewer = await createActor("viewer");
    const admin = await createActor("admin");
    const before = await workflowRows();
    for (const assigneeId of [stranger.id, viewer.id]) {
      await expectAppError(createCaseTask(rep, { caseId, title: "Préparer le CSE", assigneeId }), "invalid", "assigneeId");
    }
    expect(await workflowRows()).toEqual(before);
    await prisma.user.update({ where: { id: admin.id }, data: { deactivatedAt: new Date() } });
    await expectAppError(createCaseTask(rep, { caseId, title: "Préparer le CSE", assigneeId: admin.id }), "invalid", "assigneeId");
    expect((await getCaseWorkflow(rep, caseId)).assignees.map((user) => user.id)).not.toContain(admin.id);
  });

  it("an admin may be given a task on any case", async () => {
    const { rep, caseId } = await repWithCase();
    const admin = await createActor("admin");
    await createCaseTask(rep, { caseId, title: "Valider le courrier", assigneeId: admin.id });
    expect((await getCaseWorkflow(admin, caseId)).tasks[0]).toMatchObject({ assigneeName: admin.name });
  });
});

describe("access", () => {
  it.each(["a rep of another employer", "a viewer"] as const)("%s gets not_found from every read and operation, and nothing is written", async (who) => {
    const { rep, caseId } = await repWithCase();
    const task = await createCaseTask(rep, { caseId, title: "Tâche existante" });
    const doneTask = await createCaseTask(rep, { caseId, title: "Tâche faite" });
    await completeCaseTask(rep, { taskId: doneTask.id });
    const outsider = who === "a viewer" ? await createActor("viewer") : await createActor("rep", { employerIds: [(await createEmployer()).id] });
    const before = await workflowRows();

    await expectAppError(getCaseWorkflow(outsider, caseId), "not_found");
    await expectAppError(transitionCase(outsider, { caseId, version: 1, toStatus: "qualified" }), "not_found");
    await expectAppError(addCaseEvent(outsider, { caseId, type: "note", occurredOn: "2026-10-01", title: "Intrusion" }), "not_found");
    await expectAppError(createCaseTask(outsider, { caseId, title: "Intrusion" }), "not_found");
    await expectAppError(completeCaseTask(outsider, { taskId: task.id }), "not_found");
    await expectAppError(reopenCaseTask(outsider, { taskId: doneTask.id }), "not_found");
    expect(await workflowRows()).toEqual(before);
  });

  it("a missing or malformed case id answers not_found, like a foreign one", async () => {
    const admin = await createActor("admin");
    await expectAppError(getCaseWorkflow(admin, "not-a-uuid"), "not_found");
    await expectAppError(getCaseWorkflow(admin, "00000000-0000-4000-8000-000000000000"), "not_found");
    await expectAppError(completeCaseTask(admin, { taskId: "00000000-0000-4000-8000-000000000000" }), "not_found");
  });

  it("an admin reads and changes any case", async () => {
    const { caseId } = await repWithCase();
    const admin = await createActor("admin");
    await transitionCase(admin, { caseId, version: 1, toStatus: "qualified" });
    expect(await getCaseWorkflow(admin, caseId)).toMatchObject({ status: "qualified", canWrite: true, nextStatuses: ["info_requested", "consultation_open", "closed_no_action"] });
  });
});
