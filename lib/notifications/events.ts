/**
 * Notification events and the channels a user may choose for each (docs/decisions/0027). Pure.
 *
 * Anonymity (ADR 0010): member-report events are never e-mailed on the spot — an e-mail sent the
 * minute a report arrives would date it to the minute in mail logs — only in the app or in the daily
 * digest; their rows carry the day only, and nothing of the report's text or of the reporter.
 */
export const NOTIFICATION_EVENTS = [
  "deadline_reminder",
  "report_received",
  "reporter_replied",
  "flag_raised",
  "task_assigned",
  "tool_correction_proposed",
  "tool_correction_decided",
  "account_locked",
  "task_due",
] as const;
export type TNotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NOTIFICATION_CHANNELS = ["in_app", "email", "digest", "off"] as const;
export type TNotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

const REPORT_EVENTS: readonly TNotificationEvent[] = ["report_received", "reporter_replied"];

export function isReportEvent(event: TNotificationEvent): boolean {
  return REPORT_EVENTS.includes(event);
}

/** The channels offered for an event: report events cannot be e-mailed at once. */
export function channelsFor(event: TNotificationEvent): readonly TNotificationChannel[] {
  return isReportEvent(event) ? NOTIFICATION_CHANNELS.filter((channel) => channel !== "email") : NOTIFICATION_CHANNELS;
}

/** What a user gets until they choose: legal deadlines and tasks by e-mail, the rest in the app. */
export const DEFAULT_CHANNELS: Readonly<Record<TNotificationEvent, TNotificationChannel>> = {
  deadline_reminder: "email",
  report_received: "in_app",
  reporter_replied: "in_app",
  flag_raised: "in_app",
  task_assigned: "email",
  tool_correction_proposed: "in_app",
  tool_correction_decided: "in_app",
  account_locked: "email",
  task_due: "email",
};

/** The channel in force: the stored choice when it is one the event allows, else the default. */
export function channelOf(event: TNotificationEvent, stored: TNotificationChannel | undefined): TNotificationChannel {
  if (stored && channelsFor(event).includes(stored)) return stored;
  return DEFAULT_CHANNELS[event];
}

/** The e-mail state a new notification starts in, for its channel. */
export function emailStateFor(channel: Exclude<TNotificationChannel, "off">): "none" | "pending" | "digest" {
  return channel === "email" ? "pending" : channel === "digest" ? "digest" : "none";
}

/** Reminder stages, from the first to the last (ADR 0027: D-15, D-7, D-2, then overdue). */
export const REMINDER_STAGES = ["d15", "d7", "d2", "overdue"] as const;
export type TReminderStage = (typeof REMINDER_STAGES)[number];

/** Parameters of each event's message: names and dates only (rendered by lib/notifications/text.ts). */
export type TNotificationParams = {
  deadline_reminder: { caseName: string; employerName: string; deadlineKind: string; stage: TReminderStage; dueOn: string };
  report_received: { employerName: string };
  reporter_replied: { employerName: string };
  flag_raised: { caseName: string; employerName: string; ruleId: string; status: "suspected" | "confirmed" };
  task_assigned: { caseName: string; taskTitle: string; dueOn: string | null };
  /** Another union (its short name) proposes a correction of a catalogue tool my union's cases use. */
  tool_correction_proposed: { toolName: string; unionName: string };
  /** A tool my union's cases use: a correction was accepted or refused, or its facts were changed. */
  tool_correction_decided: { toolName: string; outcome: "accepted" | "refused" | "changed" };
  /** Sign-in failures on my account passed the limit (issue 16, point 3): when, and until when without a second factor. */
  account_locked: { failures: number; lockedUntil: string };
  /** An open task falls due (the day before or the day itself) or is overdue: the task's and the case's titles only. */
  task_due: { caseName: string; taskTitle: string; dueOn: string; stage: "due" | "overdue" };
};
