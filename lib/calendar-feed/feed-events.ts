/**
 * Feed items → calendar events, with French summaries ("Avis du CSE … — Banque X · Microsoft Copilot").
 * `t` is a French translator (the route passes one): the feed is read outside the app, in French. Pure.
 */
import type { TFeedEvent } from "./ics";
import type { TFeedItem } from "./queries";

export type TTranslate = (key: string, params?: Record<string, string>) => string;

function what(item: TFeedItem, t: TTranslate): string {
  switch (item.type) {
    case "deadline":
      return t(`consultation.deadline.label.${item.kind}`);
    case "task":
      return t("letters.feed.task", { title: item.title });
    case "letter_reply":
      return t("letters.feed.reply", { kind: t(`enums.letterKind.${item.letterKind}`) });
  }
}

function uidOf(item: TFeedItem): string {
  switch (item.type) {
    case "deadline":
      return `deadline-${item.caseId}-${item.kind}`;
    case "task":
      return `task-${item.taskId}`;
    case "letter_reply":
      return `letter-reply-${item.letterId}`;
  }
}

/**
 * `appUrl`: the app's public address, for links back to the case and the UIDs' domain.
 * `alarmDays`: the reminders a legal deadline gets in the reader's calendar (the owner's choice for
 * deadline reminders: D-15, D-7, D-2, or none when they turned them off).
 */
export function toFeedEvent(item: TFeedItem, t: TTranslate, appUrl: string, alarmDays: readonly number[] = []): TFeedEvent {
  const base = appUrl.replace(/\/+$/, "");
  const url = `${base}/cases/${item.caseId}`;
  const alarms =
    item.type === "deadline" && alarmDays.length > 0
      ? alarmDays.map((days) => ({ daysBefore: days, description: t("letters.feed.alarm", { days: String(days), what: what(item, t) }) }))
      : undefined;
  return {
    ...(alarms ? { alarms } : {}),
    uid: `${uidOf(item)}@${new URL(base).hostname}`,
    date: item.dueOn,
    summary: t("letters.feed.summary", { what: what(item, t), employer: item.employerName, tool: item.toolName }),
    description: t("letters.feed.description", { caseName: item.caseName, url }),
    url,
  };
}
