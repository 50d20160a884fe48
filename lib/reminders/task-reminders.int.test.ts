import { describe, expect, it } from "vitest";

import { addDays } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { saveNotificationPreferences } from "@/lib/notifications/save-preferences";
import { scanTaskReminders } from "@/lib/reminders/task-reminders";
import { completeCaseTask } from "@/lib/workflow/complete-task";
import { createCaseTask } from "@/lib/workflow/create-task";
import { reopenCaseTask } from "@/lib/workflow/reopen-task";
import { transitionCase } from "@/lib/workflow/transition-case";
import { updateCaseTask } from "@/lib/workflow/update-task";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { placeUnion, testUnion } from "@/tests/factories/unions";
import { expectAppError } from "@/tests/setup/expect-app-error";

/** Noon in Paris on a calendar day: the scan's fake clock. */
const at = (day: string) => new Date(`${day}T11:00:00Z`);
const DUE = "2027-03-15";

async function seed() {
  const employer = await createEmployer({ legalName: "Banque Étoile" });
  const [rep, colleague] = await Promise.all([
    createActor("rep", { employerIds: [employer.id] }),
    createActor("rep", { employerIds: [employer.id] }),
  ]);
  // Another union present at the same employer, with its own rep there.
  const otherUnion = await testUnion("Union B", "UB");
  await placeUnion(otherUnion, employer.id);
  const otherRep = await createActor("rep", { employerIds: [employer.id], unionId: otherUnion });
  const followed = await createCase(employer.id, { localName: "Copilot agences", repInChargeId: rep.id, status: "qualified" });
  const orphan = await createCase(employer.id, { localName: "Tri des sinistres", status: "qualified" });
  return { employer, rep, colleague, otherRep, otherUnion, followed, orphan };
}

/** The task reminders, as [user, task title, stage, due date]. */
async function taskReminders() {
  const rows = await prisma.notification.findMany({ where: { event: "task_due" }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => {
    const params = row.params as { taskTitle: string; stage: string; dueOn: string };
    return [row.userId, params.taskTitle, params.stage, params.dueOn];
  });
}

describe("task due reminders across a fake clock", () => {
  it("reminds the day before (once for the day itself) and once overdue: the assignee, else the rep in charge, else the case's union's reps", async () => {
    const { rep, colleague, otherRep, followed, orphan } = await seed();
    await createCaseTask(rep, { caseId: followed.id, title: "Relancer la DRH", dueOn: DUE, assigneeId: colleague.id });
    await createCaseTask(rep, { caseId: followed.id, title: "Préparer la réunion", dueOn: DUE });
    await createCaseTask(rep, { caseId: orphan.id, title: "Demander la notice", dueOn: DUE });
    await createCaseTask(rep, { caseId: orphan.id, title: "Sans date" });

    await scanTaskReminders(at(addDays(DUE, -2)));
    expect(await taskReminders()).toEqual([]);

    await scanTaskReminders(at(addDays(DUE, -1)));
    const due = [
      [colleague.id, "Relancer la DRH", "due", DUE],
      [rep.id, "Préparer la réunion", "due", DUE],
      [rep.id, "Demander la notice", "due", DUE],
      [colleague.id, "Demander la notice", "due", DUE],
    ];
    expect((await taskReminders()).sort()).toEqual([...due].sort());

    // The day itself and a second run add nothing; the day after, one "overdue" each; then nothing more.
    for (const day of [0, 0]) await scanTaskReminders(at(addDays(DUE, day)));
    expect(await taskReminders()).toHaveLength(4);
    for (const day of [1, 2, 5]) await scanTaskReminders(at(addDays(DUE, day)));
    const stages = (await taskReminders()).filter(([userId, title]) => userId === colleague.id && title === "Relancer la DRH").map((row) => row[2]);
    expect(stages).toEqual(["due", "overdue"]);
    expect(await taskReminders()).toHaveLength(8);

    // Another union's rep at the same employer never hears of this union's tasks; every row is the case's union's.
    expect(await prisma.notification.count({ where: { userId: otherRep.id } })).toBe(0);
    const rows = await prisma.notification.findMany({ where: { event: "task_due" }, select: { unionId: true, deployment: { select: { unionId: true } } } });
    expect(rows.every((row) => row.unionId !== null && row.unionId === row.deployment?.unionId)).toBe(true);
  });

  it("starts the scan's first reminder a week late at most (a task long overdue reminds nobody)", async () => {
    const { rep, followed } = await seed();
    await createCaseTask(rep, { caseId: followed.id, title: "Ancienne tâche", dueOn: DUE });
    await scanTaskReminders(at(addDays(DUE, 8)));
    expect(await taskReminders()).toEqual([]);
  });

  it("withdraws a done task's reminders in the same change, even a colleague's, keeps those e-mailed, and a reopened task is reminded again", async () => {
    const { rep, colleague, followed } = await seed();
    const task = await createCaseTask(rep, { caseId: followed.id, title: "Relancer la DRH", dueOn: DUE, assigneeId: colleague.id });
    const other = await createCaseTask(rep, { caseId: followed.id, title: "Écrire à l'inspection", dueOn: DUE, assigneeId: colleague.id });
    await scanTaskReminders(at(addDays(DUE, -1)));
    const sent = await prisma.notification.findFirstOrThrow({ where: { event: "task_due", params: { path: ["taskTitle"], equals: "Écrire à l'inspection" } } });
    await prisma.notification.update({ where: { id: sent.id }, data: { emailState: "sent", emailedAt: new Date() } });

    // rep (not the assignee) marks both done: the colleague's unsent reminder goes, the e-mailed one stays.
    await completeCaseTask(rep, { taskId: task.id });
    await completeCaseTask(rep, { taskId: other.id });
    expect(await taskReminders()).toEqual([[colleague.id, "Écrire à l'inspection", "due", DUE]]);
    await scanTaskReminders(at(addDays(DUE, 1)));
    expect(await taskReminders()).toHaveLength(1);

    await reopenCaseTask(rep, { taskId: task.id });
    await scanTaskReminders(at(addDays(DUE, 2)));
    expect(await taskReminders()).toEqual([
      [colleague.id, "Écrire à l'inspection", "due", DUE],
      [colleague.id, "Relancer la DRH", "overdue", DUE],
    ]);
  });

  it("moves the reminders with a new date and with a new assignee, who is told of the task at once", async () => {
    const { rep, colleague, followed } = await seed();
    const task = await createCaseTask(rep, { caseId: followed.id, title: "Relancer la DRH", dueOn: DUE, assigneeId: colleague.id });
    await scanTaskReminders(at(addDays(DUE, -1)));
    expect(await taskReminders()).toEqual([[colleague.id, "Relancer la DRH", "due", DUE]]);

    const moved = addDays(DUE, 10);
    await updateCaseTask(rep, { taskId: task.id, dueOn: moved, assigneeId: colleague.id });
    expect(await taskReminders()).toEqual([]);
    await scanTaskReminders(at(DUE));
    await scanTaskReminders(at(addDays(DUE, 1)));
    expect(await taskReminders()).toEqual([]); // the old date is no longer due
    await scanTaskReminders(at(addDays(moved, -1)));
    expect(await taskReminders()).toEqual([[colleague.id, "Relancer la DRH", "due", moved]]);

    // Reassigned to rep by the colleague: the colleague's reminder goes, rep is told and reminded.
    await updateCaseTask(colleague, { taskId: task.id, dueOn: moved, assigneeId: rep.id });
    expect(await taskReminders()).toEqual([]);
    expect(await prisma.notification.count({ where: { userId: rep.id, event: "task_assigned" } })).toBe(1);
    await scanTaskReminders(at(moved));
    expect(await taskReminders()).toEqual([[rep.id, "Relancer la DRH", "due", moved]]);

    // No date any more: nothing to remind.
    await updateCaseTask(rep, { taskId: task.id, assigneeId: rep.id });
    expect(await taskReminders()).toEqual([]);
    await scanTaskReminders(at(addDays(moved, 1)));
    expect(await taskReminders()).toEqual([]);
    const audit = await prisma.auditEvent.findMany({ where: { action: "case.task", entityId: followed.id }, orderBy: { at: "asc" } });
    expect(audit.at(-1)?.changes).toMatchObject({ dueOn: { before: moved, after: null } });
  });

  it("reminds nothing for a closed case, and closing a case withdraws its task reminders", async () => {
    const { rep, colleague, followed, orphan } = await seed();
    await createCaseTask(rep, { caseId: followed.id, title: "Relancer la DRH", dueOn: DUE, assigneeId: colleague.id });
    await createCaseTask(rep, { caseId: orphan.id, title: "Demander la notice", dueOn: DUE, assigneeId: colleague.id });
    await prisma.deployment.update({ where: { id: orphan.id }, data: { status: "resolved" } });
    await scanTaskReminders(at(addDays(DUE, -1)));
    expect(await taskReminders()).toEqual([[colleague.id, "Relancer la DRH", "due", DUE]]);

    await transitionCase(rep, { caseId: followed.id, version: followed.version, toStatus: "closed_no_action" });
    expect(await taskReminders()).toEqual([]);
    await scanTaskReminders(at(addDays(DUE, 1)));
    expect(await taskReminders()).toEqual([]);
  });

  it("applies each user's choice: off means none, digest waits for the digest, the default is an e-mail", async () => {
    const { rep, colleague, followed, orphan } = await seed();
    await saveNotificationPreferences(rep, { channels: { task_due: "off" } });
    await saveNotificationPreferences(colleague, { channels: { task_due: "digest" } });
    await createCaseTask(rep, { caseId: orphan.id, title: "Demander la notice", dueOn: DUE });
    const third = await createActor("rep", { employerIds: [(await prisma.deployment.findUniqueOrThrow({ where: { id: followed.id } })).employerId] });
    await createCaseTask(rep, { caseId: followed.id, title: "Relancer la DRH", dueOn: DUE, assigneeId: third.id });
    await scanTaskReminders(at(DUE));
    const rows = await prisma.notification.findMany({ where: { event: "task_due" }, select: { userId: true, emailState: true } });
    expect(rows.sort((a, b) => a.userId.localeCompare(b.userId))).toEqual(
      [
        { userId: colleague.id, emailState: "digest" },
        { userId: third.id, emailState: "pending" }, // the task given to them
        { userId: third.id, emailState: "pending" }, // the unassigned one, as one of the employer's reps
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
  });

  it("refuses a change of task to another union's rep, to a viewer and to a foreign assignee, and changes nothing", async () => {
    const { rep, otherRep, followed, employer } = await seed();
    const task = await createCaseTask(rep, { caseId: followed.id, title: "Relancer la DRH", dueOn: DUE });
    const viewer = await createActor("viewer", { employerIds: [employer.id] });
    await expectAppError(updateCaseTask(otherRep, { taskId: task.id, dueOn: "2027-04-01" }), "not_found");
    await expectAppError(updateCaseTask(viewer, { taskId: task.id, dueOn: "2027-04-01" }), "not_found");
    await expectAppError(updateCaseTask(rep, { taskId: task.id, dueOn: DUE, assigneeId: otherRep.id }), "invalid", "assigneeId");
    const stored = await prisma.caseTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(stored.dueOn?.toISOString().slice(0, 10)).toBe(DUE);
    expect(stored.assigneeId).toBeNull();
    expect(await prisma.notification.count({ where: { userId: otherRep.id } })).toBe(0);
  });
});
