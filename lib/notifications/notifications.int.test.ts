import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";
import { notify } from "@/lib/notifications/notify";
import { countUnreadNotifications, getNotificationPreferences, listNotifications } from "@/lib/notifications/queries";
import { notifyReportActivity } from "@/lib/notifications/report-events";
import { saveNotificationPreferences } from "@/lib/notifications/save-preferences";
import { notificationTitle } from "@/lib/notifications/text";
import { getTodaySummary } from "@/lib/home/today";
import { createCaseTask } from "@/lib/workflow/create-task";
import { MESSAGES } from "@/messages";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { addReportMessage, createReport } from "@/tests/factories/triage";
import { expectAppError } from "@/tests/setup/expect-app-error";

const fr = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });
const t = (key: string, values?: Record<string, string | number>) => fr(key, values);

const taskParams = { caseName: "Copilot agences", taskTitle: "Relancer la DRH", dueOn: null };

async function notifyTask(userIds: string[], key = "task:1") {
  return notify(prisma, { event: "task_assigned", userIds, dedupKey: key, params: taskParams, link: "/cases/x" });
}

describe("notifications: channels per user and event", () => {
  it("uses each user's choice or the default, skips 'off' and deactivated users, never twice per key", async () => {
    const [byDefault, digest, off, gone] = await Promise.all([
      createActor("rep"),
      createActor("rep"),
      createActor("rep"),
      createActor("rep"),
    ]);
    await saveNotificationPreferences(digest, { channels: { task_assigned: "digest" } });
    await saveNotificationPreferences(off, { channels: { task_assigned: "off" } });
    await prisma.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });

    expect(await notifyTask([byDefault.id, digest.id, off.id, gone.id])).toBe(2);
    expect(await notifyTask([byDefault.id, digest.id, off.id, gone.id])).toBe(0);
    const rows = await prisma.notification.findMany({ select: { userId: true, emailState: true } });
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.userId === byDefault.id)?.emailState).toBe("pending"); // tasks: e-mail by default
    expect(rows.find((row) => row.userId === digest.id)?.emailState).toBe("digest");
  });

  it("refuses an immediate e-mail for member-report events and shows the defaults", async () => {
    const rep = await createActor("rep");
    await expectAppError(saveNotificationPreferences(rep, { channels: { report_received: "email" } }), "invalid", "channels.report_received");
    expect(await getNotificationPreferences(rep)).toMatchObject({ deadline_reminder: "email", report_received: "in_app", task_assigned: "email" });
    await saveNotificationPreferences(rep, { channels: { report_received: "digest", deadline_reminder: "in_app" } });
    expect(await getNotificationPreferences(rep)).toMatchObject({ deadline_reminder: "in_app", report_received: "digest" });
  });
});

describe("notification centre", () => {
  it("counts and lists only the user's own notifications and marks them read", async () => {
    const [me, other] = await Promise.all([createActor("rep"), createActor("rep")]);
    await notifyTask([me.id, other.id], "task:a");
    await notifyTask([me.id], "task:b");
    expect(await countUnreadNotifications(me.id)).toBe(2);

    const list = await listNotifications(me, 1);
    expect(list.items).toHaveLength(2);
    expect(list.unread).toBe(2);
    const [first] = list.items;
    await markNotificationRead(me, { id: first!.id });
    expect(await countUnreadNotifications(me.id)).toBe(1);

    // Someone else's notification: the same answer as a missing one, and it stays unread.
    const theirs = await prisma.notification.findFirstOrThrow({ where: { userId: other.id } });
    await expectAppError(markNotificationRead(me, { id: theirs.id }), "not_found");
    expect(await countUnreadNotifications(other.id)).toBe(1);

    await markAllNotificationsRead(me);
    expect(await countUnreadNotifications(me.id)).toBe(0);
    expect(await countUnreadNotifications(other.id)).toBe(1);
  });

  it("tells an assignee of a task given by someone else, not one who took it themselves", async () => {
    const employer = await createEmployer({ legalName: "Banque Étoile" });
    const [lead, colleague] = await Promise.all([createActor("rep", { employerIds: [employer.id] }), createActor("rep", { employerIds: [employer.id] })]);
    const found = await createCase(employer.id, { localName: "Copilot agences" });
    await createCaseTask(lead, { caseId: found.id, title: "Relancer la DRH", dueOn: "2027-01-15", assigneeId: colleague.id });
    await createCaseTask(lead, { caseId: found.id, title: "Préparer la réunion", assigneeId: lead.id });

    const [mine] = (await listNotifications(colleague, 1)).items;
    expect(notificationTitle(mine!, t)).toBe("Tâche qui vous est confiée, pour le 15/01/2027 : « Relancer la DRH » — « Copilot agences »");
    expect(mine!.link).toBe(`/cases/${found.id}`);
    expect(await countUnreadNotifications(lead.id)).toBe(0);
  });
});

describe("member-report notifications (anonymity)", () => {
  it("tells the reps of the report's employer only, with the day, the employer and a link — no text", async () => {
    const [mine, theirs] = await Promise.all([createEmployer({ legalName: "Mutuelle Horizon" }), createEmployer()]);
    const [rep, otherRep, admin] = await Promise.all([
      createActor("rep", { employerIds: [mine.id] }),
      createActor("rep", { employerIds: [theirs.id] }),
      createActor("admin"),
    ]);
    const report = await createReport(mine.id, { submittedOn: "2026-12-02", content: { whatItDoes: "Texte secret du signalement" } });
    const unassigned = await createReport(null, { submittedOn: "2026-12-03" });
    await addReportMessage(report.id, "Réponse secrète de l'adhérent", { sentOn: "2026-12-03" });

    const now = new Date("2026-12-03T15:00:00Z");
    await notifyReportActivity(now);
    await notifyReportActivity(now); // the hourly job runs again: nothing new

    const rows = await prisma.notification.findMany({ orderBy: { event: "asc" } });
    expect(rows.map((row) => [row.userId, row.event, row.link]).sort()).toEqual(
      [
        [rep.id, "report_received", `/reports/${report.id}`],
        [rep.id, "reporter_replied", `/reports/${report.id}`],
        [admin.id, "report_received", `/reports/${unassigned.id}`],
      ].sort(),
    );
    expect(rows.some((row) => row.userId === otherRep.id)).toBe(false);
    for (const row of rows) {
      // The day only (the report's own precision), never the minute it was written or scanned.
      expect(row.createdAt.toISOString()).toMatch(/T00:00:00\.000Z$/);
      expect(JSON.stringify(row)).not.toMatch(/secret|secrète/i);
    }
    const received = rows.find((row) => row.userId === rep.id && row.event === "report_received")!;
    expect(notificationTitle(received, t)).toBe("Nouveau signalement d'un adhérent chez Mutuelle Horizon");
    const toAdmin = rows.find((row) => row.userId === admin.id)!;
    expect(notificationTitle(toAdmin, t)).toBe("Nouveau signalement d'un adhérent, employeur à attribuer");
  });
});

describe("home: what needs me today", () => {
  it("counts my unread notifications and my employers' new reports, the latter protected under the threshold", async () => {
    const [mine, theirs] = await Promise.all([createEmployer(), createEmployer()]);
    const [rep, viewer] = await Promise.all([createActor("rep", { employerIds: [mine.id] }), createActor("viewer")]);
    for (let index = 0; index < 6; index += 1) await createReport(theirs.id);
    await createReport(mine.id);
    await createReport(mine.id, { status: "closed", closedOn: "2026-11-01" });
    await notifyTask([rep.id]);
    expect(await getTodaySummary(rep)).toEqual({ unreadNotifications: 1, reportsToTriage: { kind: "fewer_than", threshold: 5 } });
    for (let index = 0; index < 4; index += 1) await createReport(mine.id);
    expect((await getTodaySummary(rep)).reportsToTriage).toEqual({ kind: "exact", value: 5 });
    expect(await getTodaySummary(viewer)).toEqual({ unreadNotifications: 0, reportsToTriage: null });
  });
});
