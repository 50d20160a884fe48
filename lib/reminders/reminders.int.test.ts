import { describe, expect, it } from "vitest";

import { addDays } from "@/lib/consultations/calendar-date";
import { saveConsultation } from "@/lib/consultations/save-consultation";
import { setDeadlineOverride } from "@/lib/consultations/set-deadline-override";
import { prisma } from "@/lib/db";
import { scanDeadlineReminders } from "@/lib/reminders/scan";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { consultationInput, deadlineRows } from "@/tests/factories/consultations";

/** Noon in Paris on a calendar day: the scan's fake clock. */
const at = (day: string) => new Date(`${day}T11:00:00Z`);

const CONSULTATION = { infoCommunicatedDate: "2027-01-15" };

async function seed() {
  const employer = await createEmployer({ legalName: "Banque Étoile" });
  const [rep, colleague] = await Promise.all([
    createActor("rep", { employerIds: [employer.id] }),
    createActor("rep", { employerIds: [employer.id] }),
  ]);
  const followed = await createCase(employer.id, { localName: "Copilot agences", repInChargeId: rep.id, status: "consultation_open" });
  const orphan = await createCase(employer.id, { localName: "Tri des sinistres", status: "consultation_open" });
  const closed = await createCase(employer.id, { localName: "Ancien outil", repInChargeId: rep.id, status: "consultation_open" });
  for (const found of [followed, orphan, closed]) await saveConsultation(rep, await consultationInput(found.id, CONSULTATION));
  await prisma.deployment.update({ where: { id: closed.id }, data: { status: "resolved" } });
  const due = (await deadlineRows(followed.id)).consultation!.dueOn;
  return { employer, rep, colleague, followed, orphan, closed, due };
}

/** The consultation-deadline reminders, as [user, case, stage, due date]. */
async function consultationReminders() {
  const rows = await prisma.notification.findMany({ where: { event: "deadline_reminder" }, orderBy: { createdAt: "asc" } });
  return rows
    .map((row) => ({ row, params: row.params as { deadlineKind: string; stage: string; dueOn: string } }))
    .filter(({ params }) => params.deadlineKind === "consultation")
    .map(({ row, params }) => [row.userId, row.deploymentId, params.stage, params.dueOn]);
}

describe("deadline reminders across a fake clock", () => {
  it("reminds at D-15, D-7, D-2 and once overdue, the rep in charge or else the employer's reps, never for a closed case", async () => {
    const { rep, colleague, followed, orphan, due } = await seed();
    expect(due).toBe("2027-02-15"); // D0 + 1 month without an expert (R2312-6)

    await scanDeadlineReminders(at(addDays(due, -16)));
    expect(await consultationReminders()).toEqual([]);

    await scanDeadlineReminders(at(addDays(due, -15)));
    const d15 = [
      [rep.id, followed.id, "d15", due],
      [rep.id, orphan.id, "d15", due],
      [colleague.id, orphan.id, "d15", due],
    ];
    expect((await consultationReminders()).sort()).toEqual(d15.sort());

    // Days in between and a second run the same day add nothing.
    for (const day of [-14, -10, -8, -8]) await scanDeadlineReminders(at(addDays(due, day)));
    expect(await consultationReminders()).toHaveLength(3);

    await scanDeadlineReminders(at(addDays(due, -7)));
    await scanDeadlineReminders(at(addDays(due, -2)));
    await scanDeadlineReminders(at(due));
    await scanDeadlineReminders(at(addDays(due, 1)));
    await scanDeadlineReminders(at(addDays(due, 3)));
    const followedStages = (await consultationReminders()).filter(([userId, caseId]) => userId === rep.id && caseId === followed.id).map((row) => row[2]);
    expect(followedStages).toEqual(["d15", "d7", "d2", "overdue"]);
    // The closed case had the same deadlines: nothing, ever.
    expect(await prisma.notification.count({ where: { deployment: { status: "resolved" } } })).toBe(0);
  });

  it("withdraws the reminders the avis makes moot, keeps those already e-mailed, and reminds no more", async () => {
    const { rep, followed, due } = await seed();
    await scanDeadlineReminders(at(addDays(due, -15)));
    await scanDeadlineReminders(at(addDays(due, -7)));
    const [first] = await prisma.notification.findMany({ where: { deploymentId: followed.id, userId: rep.id, dedupKey: { contains: ":consultation:" } }, orderBy: { createdAt: "asc" } });
    await prisma.notification.update({ where: { id: first!.id }, data: { emailState: "sent", emailedAt: new Date() } });

    await saveConsultation(rep, await consultationInput(followed.id, { ...CONSULTATION, avis: "favourable", avisDate: addDays(due, -5) }));
    const left = await prisma.notification.findMany({ where: { deploymentId: followed.id, event: "deadline_reminder" } });
    expect(left.map((row) => row.id)).toEqual([first!.id]); // the e-mailed D-15 stays as history, the D-7 is gone

    await scanDeadlineReminders(at(addDays(due, -2)));
    await scanDeadlineReminders(at(addDays(due, 1)));
    expect(await prisma.notification.count({ where: { deploymentId: followed.id, event: "deadline_reminder" } })).toBe(1);
  });

  it("moves the reminders with an override: the old date's go, the new date's come at its own D-15", async () => {
    const { rep, followed, due } = await seed();
    await scanDeadlineReminders(at(addDays(due, -7)));
    expect((await consultationReminders()).filter(([, caseId]) => caseId === followed.id)).toEqual([[rep.id, followed.id, "d7", due]]);

    const moved = addDays(due, 30);
    await setDeadlineOverride(rep, { caseId: followed.id, deadlineId: "consultation", date: moved, reason: "Report accordé par l'employeur" });
    expect((await consultationReminders()).filter(([, caseId]) => caseId === followed.id)).toEqual([]);

    await scanDeadlineReminders(at(addDays(due, -6)));
    expect((await consultationReminders()).filter(([, caseId]) => caseId === followed.id)).toEqual([]);
    await scanDeadlineReminders(at(addDays(moved, -15)));
    expect((await consultationReminders()).filter(([, caseId]) => caseId === followed.id)).toEqual([[rep.id, followed.id, "d15", moved]]);
  });

  it("respects the user's choice: off means no reminder, digest waits for the digest", async () => {
    const { rep, colleague, orphan, due } = await seed();
    await prisma.notificationPreference.createMany({
      data: [
        { userId: rep.id, event: "deadline_reminder", channel: "off" },
        { userId: colleague.id, event: "deadline_reminder", channel: "digest" },
      ],
    });
    await scanDeadlineReminders(at(addDays(due, -15)));
    const rows = await prisma.notification.findMany({ where: { event: "deadline_reminder", deploymentId: orphan.id } });
    expect(new Set(rows.map((row) => row.userId))).toEqual(new Set([colleague.id]));
    expect(rows.every((row) => row.emailState === "digest")).toBe(true);
  });

  it("withdraws the colleagues' reminders too when a rep records the avis of a case nobody is in charge of", async () => {
    const { rep, colleague, orphan, due } = await seed();
    await scanDeadlineReminders(at(addDays(due, -7)));
    const orphanReminders = async () =>
      (await consultationReminders()).filter(([, caseId]) => caseId === orphan.id).map(([userId]) => userId);
    expect((await orphanReminders()).sort()).toEqual([rep.id, colleague.id].sort());
    await saveConsultation(rep, await consultationInput(orphan.id, { ...CONSULTATION, avis: "favourable", avisDate: addDays(due, -5) }));
    expect(await orphanReminders()).toEqual([]);
  });
});
