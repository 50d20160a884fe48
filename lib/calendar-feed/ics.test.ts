import ICAL from "ical.js";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { MESSAGES } from "@/messages";

import { toFeedEvent } from "./feed-events";
import { buildFeedIcs } from "./ics";
import type { TFeedItem } from "./queries";

const t = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });
const translate = (key: string, params?: Record<string, string>) => t(key, params);
const APP_URL = "https://vigie.example.org/";

const CASE = { caseId: "6f1c1f4e-8a1b-4c41-9d8e-0a8f6f1c1f4e", caseName: "Copilot, agences; Nord", employerName: "Banque Horizon Populaire", toolName: "Microsoft Copilot" };
const ITEMS: TFeedItem[] = [
  { ...CASE, type: "deadline", kind: "consultation", dueOn: "2027-01-31" },
  { ...CASE, type: "task", taskId: "0b0c2d6e-1111-4a4a-8b8b-123456789abc", title: "Préparer la réunion", dueOn: "2026-12-31" },
  { ...CASE, type: "letter_reply", letterId: "9a9a9a9a-2222-4b4b-8c8c-abcdefabcdef", letterKind: "gdpr_access", dueOn: "2027-02-28" },
];

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      return { uid: event.uid, summary: event.summary, description: event.description, start: event.startDate, end: event.endDate, url: component.getFirstPropertyValue("url") };
    }),
  };
}

describe("the deadline feed as iCalendar", () => {
  it("parses back: all-day events in French, the employer and the tool in every summary, links to the case", () => {
    const ics = buildFeedIcs(
      ITEMS.map((item) => toFeedEvent(item, translate, APP_URL)),
      { name: "Vigie IA — échéances" },
    );
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Vigie IA — échéances");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Paris");
    expect(events.map((event) => event.summary)).toEqual([
      "Avis du CSE (fin du délai de consultation) — Banque Horizon Populaire · Microsoft Copilot",
      "Tâche : Préparer la réunion — Banque Horizon Populaire · Microsoft Copilot",
      "Réponse attendue : Demande d'accès RGPD d'un adhérent (art. 15) — Banque Horizon Populaire · Microsoft Copilot",
    ]);
    const [deadline] = events;
    expect(deadline!.start.isDate).toBe(true);
    expect(deadline!.start.toString()).toBe("2027-01-31");
    expect(deadline!.end.toString()).toBe("2027-02-01");
    expect(deadline!.description).toBe(`Dossier : Copilot, agences; Nord\nhttps://vigie.example.org/cases/${CASE.caseId}`);
    expect(deadline!.url).toBe(`https://vigie.example.org/cases/${CASE.caseId}`);
    expect(events.map((event) => event.uid)).toEqual([
      `deadline-${CASE.caseId}-consultation@vigie.example.org`,
      "task-0b0c2d6e-1111-4a4a-8b8b-123456789abc@vigie.example.org",
      "letter-reply-9a9a9a9a-2222-4b4b-8c8c-abcdefabcdef@vigie.example.org",
    ]);
  });

  it("keeps the same UID when a deadline moves, so calendars update it instead of adding one", () => {
    const before = toFeedEvent(ITEMS[0]!, translate, APP_URL);
    const after = toFeedEvent({ ...ITEMS[0]!, dueOn: "2027-03-31" } as TFeedItem, translate, APP_URL);
    expect(after.uid).toBe(before.uid);
    expect(after.date).toBe("2027-03-31");
  });

  it("an empty feed is still a valid calendar", () => {
    const { calendar, events } = parse(buildFeedIcs([], { name: "Vigie IA" }));
    expect(calendar.name).toBe("vcalendar");
    expect(events).toEqual([]);
  });
});
