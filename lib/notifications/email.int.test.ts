import { afterEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { createMailer } from "@/lib/mail/transport";
import { deliverPendingEmails, sendDigests, unsubscribe, type TDeliveryConfig } from "@/lib/notifications/deliver";
import { notify } from "@/lib/notifications/notify";
import { notifyReportActivity } from "@/lib/notifications/report-events";
import { scanTaskReminders } from "@/lib/reminders/task-reminders";
import { createCaseTask } from "@/lib/workflow/create-task";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { addReportMessage, createReport } from "@/tests/factories/triage";
import { closedPortUrl, rawHeader, startSmtpServer, type TTestSmtp } from "@/tests/setup/smtp";

const SECRET = "test-secret-for-unsubscribe-links-0123456789";
const APP_URL = "https://vigie.example.org";
const servers: TTestSmtp[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function smtp() {
  const server = await startSmtpServer();
  servers.push(server);
  return server;
}

function config(smtpUrl: string, maxAttempts = 3): TDeliveryConfig {
  return {
    mailer: createMailer({ SMTP_URL: smtpUrl, MAIL_TRANSPORT: undefined, MAIL_DIR: ".data/mail-test" }),
    appUrl: APP_URL,
    from: "Vigie IA <notifications@vigie.example.org>",
    secret: SECRET,
    maxAttempts,
  };
}

async function pendingReminder(userId: string, caseId: string, key = "reminder:1") {
  await notify(prisma, {
    event: "deadline_reminder",
    userIds: [userId],
    dedupKey: key,
    params: { caseName: "Copilot agences", employerName: "Banque Étoile", deadlineKind: "consultation", stage: "d7", dueOn: "2027-02-15" },
    link: `/cases/${caseId}`,
    deploymentId: caseId,
  });
}

describe("notification e-mails through a real SMTP server", () => {
  it("sends one French e-mail per notification, with a title, a link and List-Unsubscribe, once", async () => {
    const server = await smtp();
    const employer = await createEmployer({ legalName: "Banque Étoile" });
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const found = await createCase(employer.id, { localName: "Copilot agences", description: "Détail interne du dossier à ne pas envoyer" });
    await pendingReminder(rep.id, found.id);

    expect(await deliverPendingEmails(new Date(), config(server.url))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliverPendingEmails(new Date(), config(server.url))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(server.messages).toHaveLength(1);
    const [mail] = server.messages;
    expect(mail!.subject).toBe("Vigie IA — Dans 7 jours, le 15/02/2027 : Avis du CSE (fin du délai de consultation) — « Copilot agences » (Banque Étoile)");
    expect(mail!.to).toMatchObject({ value: [{ address: rep.email }] });
    expect(mail!.text).toContain(`Ouvrir dans Vigie IA : ${APP_URL}/cases/${found.id}`);
    expect(mail!.text).not.toContain("Détail interne");
    const listUnsubscribe = rawHeader(mail!, "List-Unsubscribe")!;
    expect(listUnsubscribe).toMatch(new RegExp(`^<${APP_URL}/api/unsubscribe\\?t=[^>]+>$`));
    expect(rawHeader(mail!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const token = decodeURIComponent(/t=([^>]+)>/.exec(listUnsubscribe)![1]!);
    expect(readUnsubscribeToken(SECRET, token)).toEqual({ userId: rep.id, scope: "deadline_reminder" });
    expect(await prisma.notification.findFirstOrThrow({ where: { userId: rep.id } })).toMatchObject({ emailState: "sent", emailError: null });
  });

  it("e-mails a task falling due in French with the task's and case's titles and a link, nothing else of the case", async () => {
    const server = await smtp();
    const employer = await createEmployer({ legalName: "Banque Étoile" });
    const [rep, colleague] = await Promise.all([createActor("rep", { employerIds: [employer.id] }), createActor("rep", { employerIds: [employer.id] })]);
    const found = await createCase(employer.id, { localName: "Copilot agences", description: "Détail interne du dossier à ne pas envoyer", status: "qualified" });
    await createCaseTask(rep, { caseId: found.id, title: "Relancer la DRH", dueOn: "2027-03-15", assigneeId: colleague.id });
    await prisma.notification.deleteMany({ where: { event: "task_assigned" } });
    await scanTaskReminders(new Date("2027-03-14T11:00:00Z"));

    expect(await deliverPendingEmails(new Date(), config(server.url))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [mail] = server.messages;
    expect(mail!.subject).toBe("Vigie IA — Tâche à faire pour le 15/03/2027 : « Relancer la DRH » — « Copilot agences »");
    expect(mail!.to).toMatchObject({ value: [{ address: colleague.email }] });
    expect(mail!.text).toContain(`Ouvrir dans Vigie IA : ${APP_URL}/cases/${found.id}`);
    expect(mail!.text).not.toContain("Détail interne");
    expect(mail!.text).not.toContain("Banque Étoile");
    const token = decodeURIComponent(/t=([^>]+)>/.exec(rawHeader(mail!, "List-Unsubscribe")!)![1]!);
    expect(readUnsubscribeToken(SECRET, token)).toEqual({ userId: colleague.id, scope: "task_due" });
  });

  it("puts member-report events in the digest with the employer's name only: no report text, nothing of the reporter", async () => {
    const server = await smtp();
    const employer = await createEmployer({ legalName: "Mutuelle Horizon" });
    const rep = await createActor("rep", { employerIds: [employer.id] });
    await prisma.notificationPreference.createMany({
      data: [
        { userId: rep.id, event: "report_received", channel: "digest" },
        { userId: rep.id, event: "reporter_replied", channel: "digest" },
      ],
    });
    const report = await createReport(employer.id, {
      content: { whatItDoes: "Texte confidentiel du signalement", site: "Agence de Brest", employerName: "Mutuelle Horizon" },
    });
    await addReportMessage(report.id, "Message confidentiel de l'adhérent");
    await notifyReportActivity(new Date());

    const digest = await sendDigests(new Date(), config(server.url));
    expect(digest).toEqual({ users: 1, notifications: 2, failedUsers: 0 });
    const [mail] = server.messages;
    expect(mail!.subject).toMatch(/^Vigie IA — votre résumé du \d\d\/\d\d\/\d{4} \(2 notifications\)$/);
    expect(mail!.text).toContain("Nouveau signalement d'un adhérent chez Mutuelle Horizon");
    expect(mail!.text).toContain(`${APP_URL}/reports/${report.id}`);
    expect(mail!.text).not.toMatch(/confidentiel|Brest/);
    expect(await sendDigests(new Date(), config(server.url))).toEqual({ users: 0, notifications: 0, failedUsers: 0 });
    expect(server.messages).toHaveLength(1);
  });

  it("retries an unreachable server with a doubling delay, then gives up and says why; nothing is sent twice", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const found = await createCase(employer.id);
    await pendingReminder(rep.id, found.id, "reminder:a");
    await pendingReminder(rep.id, found.id, "reminder:b");
    const down = config(await closedPortUrl(), 3);
    const t0 = new Date("2027-02-08T07:00:00Z");

    expect(await deliverPendingEmails(t0, down)).toEqual({ sent: 0, retrying: 2, failed: 0 });
    const [first] = await prisma.notification.findMany({ where: { userId: rep.id } });
    expect(first).toMatchObject({ emailState: "pending", emailAttempts: 1 });
    expect(first!.emailError).toMatch(/ECONNREFUSED|connect/i);
    expect(first!.emailNotBefore?.getTime()).toBe(t0.getTime() + 60_000);
    // Before the delay: not tried again.
    expect(await deliverPendingEmails(new Date(t0.getTime() + 30_000), down)).toEqual({ sent: 0, retrying: 0, failed: 0 });

    // The server is back: both go, once.
    const server = await smtp();
    await prisma.notification.updateMany({ where: { dedupKey: "reminder:b" }, data: { emailAttempts: 2 } });
    expect(await deliverPendingEmails(new Date(t0.getTime() + 61_000), down)).toEqual({ sent: 0, retrying: 1, failed: 1 });
    const failed = await prisma.notification.findFirstOrThrow({ where: { dedupKey: "reminder:b" } });
    expect(failed).toMatchObject({ emailState: "failed", emailAttempts: 3 });
    expect(await deliverPendingEmails(new Date(t0.getTime() + 10 * 60_000), config(server.url))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(server.messages).toHaveLength(1);
  });

  it("delivers each e-mail once when two workers send at the same moment", async () => {
    const server = await smtp();
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const found = await createCase(employer.id);
    for (let index = 0; index < 12; index += 1) await pendingReminder(rep.id, found.id, `reminder:${index}`);
    const now = new Date();
    const [one, two] = await Promise.all([deliverPendingEmails(now, config(server.url)), deliverPendingEmails(now, config(server.url))]);
    expect(one.sent + two.sent).toBe(12);
    expect(server.messages).toHaveLength(12);
    expect(new Set(server.messages.map((mail) => mail.messageId)).size).toBe(12);
  });

  it("unsubscribes with the signed link only: the event goes back to in-app, waiting e-mails are not sent", async () => {
    const employer = await createEmployer();
    const [rep, other] = await Promise.all([createActor("rep", { employerIds: [employer.id] }), createActor("rep")]);
    const found = await createCase(employer.id);
    await pendingReminder(rep.id, found.id);
    const token = unsubscribeToken(SECRET, rep.id, "deadline_reminder");
    // Forged: another user's id with this signature, another secret, another scope.
    expect(readUnsubscribeToken(SECRET, token.replace(rep.id, other.id))).toBeNull();
    expect(readUnsubscribeToken("another-secret-another-secret-another", token)).toBeNull();
    expect(readUnsubscribeToken(SECRET, token.replace(".deadline_reminder.", ".task_assigned."))).toBeNull();

    await unsubscribe(rep.id, "deadline_reminder");
    expect(await prisma.notificationPreference.findMany({ where: { userId: rep.id }, select: { event: true, channel: true } })).toEqual([
      { event: "deadline_reminder", channel: "in_app" },
    ]);
    expect(await prisma.notification.findFirstOrThrow({ where: { userId: rep.id } })).toMatchObject({ emailState: "none", readAt: null });
  });
});
