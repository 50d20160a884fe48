import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { listDueItems } from "@/lib/home/queries";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { testUnion } from "@/tests/factories/unions";

const TODAY = "2026-03-25";
const day = (value: string) => new Date(`${value}T00:00:00Z`);

async function addDeadline(caseId: string, kind: string, dueOn: string, doneOn?: string) {
  await prisma.caseDeadline.create({ data: { deploymentId: caseId, unionId: await testUnion(), kind, dueOn: day(dueOn), doneOn: doneOn ? day(doneOn) : null } });
}

async function addTask(caseId: string, title: string, dueOn: string | null, done = false) {
  await prisma.caseTask.create({ data: { deploymentId: caseId, unionId: await testUnion(), title, dueOn: dueOn ? day(dueOn) : null, doneAt: done ? new Date() : null } });
}

describe("home deadlines", () => {
  it("lists the open deadlines and tasks overdue or due within 7 days of the actor's cases, overdue first", async () => {
    const employer = await createEmployer({ legalName: "Banque Alpha" });
    const otherEmployer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const own = await createCase(employer.id, { localName: "Scoring des appels" });
    const foreign = await createCase(otherEmployer.id);

    await addDeadline(own.id, "consultation", "2026-04-01"); // due in 7 days: in
    await addDeadline(own.id, "court_referral", "2026-03-20"); // overdue: in, first
    await addDeadline(own.id, "expert_report", "2026-04-02"); // 8 days: out
    await addDeadline(own.id, "expert_info_request", "2026-03-01", "2026-03-01"); // done: out
    await addDeadline(foreign.id, "consultation", "2026-03-01"); // other employer: out
    await addTask(own.id, "Préparer la délibération", "2026-03-24");
    await addTask(own.id, "Tâche faite", "2026-03-24", true);
    await addTask(own.id, "Sans échéance", null);
    await addTask(foreign.id, "Tâche d'un autre employeur", "2026-03-24");

    const items = await listDueItems(rep, TODAY);
    expect(items.map((item) => [item.type === "task" ? item.title : item.kind, item.dueDate, item.status])).toEqual([
      ["court_referral", "2026-03-20", "overdue"],
      ["Préparer la délibération", "2026-03-24", "overdue"],
      ["consultation", "2026-04-01", "due_soon"],
    ]);
    expect(items[0]).toMatchObject({ caseId: own.id, caseName: "Scoring des appels", employerName: "Banque Alpha" });

    const admin = await createActor("admin");
    expect(await listDueItems(admin, TODAY)).toHaveLength(5);
  });

  it("gives viewers nothing", async () => {
    const employer = await createEmployer();
    const deployment = await createCase(employer.id);
    await addDeadline(deployment.id, "consultation", "2026-03-20");
    expect(await listDueItems(await createActor("viewer"), TODAY)).toEqual([]);
  });
});
