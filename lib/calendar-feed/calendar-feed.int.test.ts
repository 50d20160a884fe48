import ICAL from "ical.js";
import { createTranslator } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";

import { GET } from "@/app/api/calendar/[token]/route";
import { buildCalendarFeed } from "@/lib/calendar-feed/build-feed";
import { buildCaseIcs } from "@/lib/calendar-feed/case-ics";
import { issueCalendarFeed } from "@/lib/calendar-feed/issue-feed";
import { getCalendarFeedStatus, listFeedItems } from "@/lib/calendar-feed/queries";
import { revokeCalendarFeed } from "@/lib/calendar-feed/revoke-feed";
import { hashFeedToken } from "@/lib/calendar-feed/token";
import { addDays, fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase, createTool } from "@/tests/factories/cases";
import { expectAppError } from "@/tests/setup/expect-app-error";
import { MESSAGES } from "@/messages";
import { testUnion } from "@/tests/factories/unions";

const TODAY = todayInParis();
const t = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });
const translate = (key: string, params?: Record<string, string>) => t(key, params);
const day = (offset: number) => fromCalendarDate(addDays(TODAY, offset));
const tokenOf = (url: string) => /\/api\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)![1]!;

/** An employer with a rep and one open case holding a deadline, a done deadline, tasks and a letter awaiting its reply. */
async function employerWithDeadlines(name: string) {
  const employer = await createEmployer({ legalName: name });
  const rep = await createActor("rep", { employerIds: [employer.id] });
  const colleague = await createActor("rep", { employerIds: [employer.id] });
  const tool = await createTool({ vendor: "Microsoft", productName: `Copilot ${name}` });
  const open = await createCase(employer.id, { toolId: tool.id, localName: `Copilot chez ${name}`, status: "consultation_open" });
  const closed = await createCase(employer.id, { toolId: tool.id, localName: `Ancien dossier ${name}`, status: "resolved", outcome: "withdrawn", resolvedOn: day(-1) });
  await prisma.caseDeadline.createMany({
    data: [
      { deploymentId: open.id, unionId: open.unionId, kind: "consultation", dueOn: day(10) },
      { deploymentId: open.id, unionId: open.unionId, kind: "court_referral", dueOn: day(9) },
      { deploymentId: open.id, unionId: open.unionId, kind: "expert_report", dueOn: day(3), doneOn: day(-1) },
      { deploymentId: closed.id, unionId: closed.unionId, kind: "consultation", dueOn: day(5) },
    ],
  });
  await prisma.caseTask.createMany({
    data: [
      { deploymentId: open.id, unionId: open.unionId, title: `Tâche de ${name} pour moi`, dueOn: day(2), assigneeId: rep.id },
      { deploymentId: open.id, unionId: open.unionId, title: `Tâche de ${name} pour personne`, dueOn: day(4) },
      { deploymentId: open.id, unionId: open.unionId, title: `Tâche de ${name} pour un collègue`, dueOn: day(4), assigneeId: colleague.id },
      { deploymentId: open.id, unionId: open.unionId, title: `Tâche de ${name} faite`, dueOn: day(1), doneAt: new Date() },
    ],
  });
  const letter = await prisma.letter.create({
    data: { deploymentId: open.id, unionId: open.unionId, kind: "precise_information", title: "Demande L2312-15", body: "…", sentOn: day(-3), replyDueOn: day(5), createdById: rep.id },
  });
  return { employer, rep, colleague, caseId: open.id, letterId: letter.id };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, date: event.startDate.toString(), isDate: event.startDate.isDate };
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a rep's calendar feed", () => {
  it("holds only their employers' open deadlines, their tasks and awaited replies, and parses back", async () => {
    const mine = await employerWithDeadlines("Banque Alpha");
    await employerWithDeadlines("Banque Beta");
    const { url } = await issueCalendarFeed(mine.rep);
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const ics = await buildCalendarFeed(tokenOf(url), translate);
    const events = parse(ics!);
    expect(events.map((event) => [event.date, event.summary])).toEqual([
      [addDays(TODAY, 2), "Tâche : Tâche de Banque Alpha pour moi — Banque Alpha · Microsoft Copilot Banque Alpha"],
      [addDays(TODAY, 4), "Tâche : Tâche de Banque Alpha pour personne — Banque Alpha · Microsoft Copilot Banque Alpha"],
      [addDays(TODAY, 5), "Réponse attendue : Demande d'informations précises et écrites (L2312-15) — Banque Alpha · Microsoft Copilot Banque Alpha"],
      [addDays(TODAY, 9), "Saisine du tribunal judiciaire — Banque Alpha · Microsoft Copilot Banque Alpha"],
      [addDays(TODAY, 10), "Avis du CSE (fin du délai de consultation) — Banque Alpha · Microsoft Copilot Banque Alpha"],
    ]);
    expect(events.every((event) => event.isDate)).toBe(true);
    expect(events.map((event) => event.uid)).toContain(`deadline-${mine.caseId}-consultation@localhost`);
    expect(events.map((event) => event.uid)).toContain(`letter-reply-${mine.letterId}@localhost`);
    // Fetched again: the same UIDs.
    expect(parse((await buildCalendarFeed(tokenOf(url), translate))!).map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  });

  it("an admin's feed covers every employer; a recorded employer reply removes the awaited reply", async () => {
    const alpha = await employerWithDeadlines("Banque Alpha");
    await employerWithDeadlines("Banque Beta");
    const admin = await createActor("admin");
    const items = await listFeedItems(admin);
    expect(new Set(items.map((item) => item.employerName))).toEqual(new Set(["Banque Alpha", "Banque Beta"]));
    await prisma.caseEvent.create({ data: { deploymentId: alpha.caseId, unionId: await testUnion(), type: "employer_reply", occurredOn: day(-1), title: "Réponse" } });
    const after = await listFeedItems(admin);
    expect(after.filter((item) => item.type === "letter_reply").map((item) => item.employerName)).toEqual(["Banque Beta"]);
  });

  it("the route answers text/calendar with no-store; unknown, replaced and revoked tokens answer 404", async () => {
    const { rep } = await employerWithDeadlines("Banque Alpha");
    const first = tokenOf((await issueCalendarFeed(rep)).url);
    const get = (token: string) => GET(new Request(`http://localhost/api/calendar/${token}`), { params: Promise.resolve({ token }) });

    const ok = await get(`${first}.ics`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(parse(await ok.text())).toHaveLength(5);

    const second = tokenOf((await issueCalendarFeed(rep)).url);
    expect(second).not.toBe(first);
    expect((await get(`${first}.ics`)).status).toBe(404);
    expect((await get(`${second}.ics`)).status).toBe(200);
    expect((await get(second)).status).toBe(404);
    expect((await get("not-a-token.ics")).status).toBe(404);

    expect(await revokeCalendarFeed(rep)).toEqual({ revoked: true });
    const revoked = await get(`${second}.ics`);
    expect(revoked.status).toBe(404);
    expect(revoked.headers.get("cache-control")).toBe("no-store");
    expect(await getCalendarFeedStatus(rep)).toEqual({ isAvailable: true, createdAt: null });
  });

  it("stores only the token's hash, never logs or audits the token, and stops for a deactivated account", async () => {
    const { rep } = await employerWithDeadlines("Banque Alpha");
    const calls: unknown[] = [];
    for (const level of ["info", "warn", "error", "debug"] as const) {
      vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => void calls.push(args)) as never);
    }
    const token = tokenOf((await issueCalendarFeed(rep)).url);
    const row = await prisma.calendarFeed.findUniqueOrThrow({ where: { userId: rep.id } });
    expect(row.tokenHash).toBe(hashFeedToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    await buildCalendarFeed(token, translate);
    // One character changed (never the same one: a token ending in "A" once made this the right token).
    const wrong = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    await buildCalendarFeed(wrong, translate);
    expect(JSON.stringify(calls)).not.toContain(token);
    const audits = await prisma.auditEvent.findMany({ where: { entityId: rep.id }, orderBy: { id: "asc" } });
    // The fetch with the right token is a recorded read (ADR 0033); the wrong one records nothing.
    expect(audits.map((audit) => audit.action)).toEqual(["calendar_feed.create", "read.calendar_feed"]);
    expect(JSON.stringify(audits.map((audit) => audit.changes))).not.toContain(token);

    await prisma.user.update({ where: { id: rep.id }, data: { deactivatedAt: new Date() } });
    expect(await buildCalendarFeed(token, translate)).toBeNull();
  });

  it("gives legal deadlines the D-15 / D-7 / D-2 alarms at 09:00, none to tasks, and none once the user turned reminders off", async () => {
    const mine = await employerWithDeadlines("Banque Gamma");
    const { url } = await issueCalendarFeed(mine.rep);
    const alarmsOf = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((component) => ({
        summary: String(component.getFirstPropertyValue("summary")),
        triggers: component.getAllSubcomponents("valarm").map((alarm) => String(alarm.getFirstPropertyValue("trigger"))),
        descriptions: component.getAllSubcomponents("valarm").map((alarm) => String(alarm.getFirstPropertyValue("description"))),
      }));

    const events = alarmsOf((await buildCalendarFeed(tokenOf(url), translate))!);
    const deadline = events.find((event) => event.summary.startsWith("Saisine du tribunal"))!;
    expect(deadline.triggers).toEqual(["-P14DT15H", "-P6DT15H", "-P1DT15H"]);
    expect(deadline.descriptions[0]).toBe("Dans 15 jours : Saisine du tribunal judiciaire");
    expect(events.find((event) => event.summary.startsWith("Tâche"))!.triggers).toEqual([]);

    await prisma.notificationPreference.create({ data: { userId: mine.rep.id, event: "deadline_reminder", channel: "off" } });
    expect(alarmsOf((await buildCalendarFeed(tokenOf(url), translate))!).flatMap((event) => event.triggers)).toEqual([]);
  });

  it("a case's one-off .ics holds its open deadlines with the feed's UIDs and alarms, for those who may read it only", async () => {
    const mine = await employerWithDeadlines("Banque Delta");
    const other = await employerWithDeadlines("Banque Epsilon");
    const built = await buildCaseIcs(mine.rep, mine.caseId, translate);
    const events = new ICAL.Component(ICAL.parse(built!.ics)).getAllSubcomponents("vevent");
    expect(events.map((event) => String(event.getFirstPropertyValue("uid")).split("@")[0]).sort()).toEqual(
      [`deadline-${mine.caseId}-consultation`, `deadline-${mine.caseId}-court_referral`].sort(),
    );
    expect(events.every((event) => event.getAllSubcomponents("valarm").length === 3)).toBe(true);
    expect(await buildCaseIcs(other.rep, mine.caseId, translate)).toBeNull();
    expect(await buildCaseIcs(await createActor("viewer"), mine.caseId, translate)).toBeNull();
    expect(await buildCaseIcs(await createActor("admin"), mine.caseId, translate)).not.toBeNull();
  });

  it("a viewer has no feed to create", async () => {
    const viewer = await createActor("viewer");
    await expectAppError(issueCalendarFeed(viewer), "forbidden");
    expect(await getCalendarFeedStatus(viewer)).toEqual({ isAvailable: false, createdAt: null });
    expect(await prisma.calendarFeed.count()).toBe(0);
  });
});
