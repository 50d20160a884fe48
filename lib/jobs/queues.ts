/**
 * The app's job queues (docs/decisions/0024): what runs in the background, when, and how failures are
 * retried. Pure data: lib/jobs/worker.ts creates the queues and schedules in pg-boss, lib/jobs/handlers.ts
 * says what each job does.
 */

/** Every schedule is read in Paris time: "just after midnight" is midnight in France. */
export const JOB_TIME_ZONE = "Europe/Paris";

export type TQueueDefinition = {
  name: string;
  /** Five-field cron in Europe/Paris, or null for a queue fed by the app (no schedule). */
  cron: string | null;
  /** Retries after the first attempt, the first delay in seconds, doubled each time when backoff is on. */
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A job running longer than this is considered lost (its process died) and is retried. */
  expireInMinutes: number;
  /** "singleton": at most one job of the queue is queued or running at once (recurring scans). */
  policy: "standard" | "singleton";
};

/** Where a job goes once it has failed every retry: kept there for the admin page, never run. */
export const DEAD_LETTER_QUEUE = "dead-letters";

export const QUEUES = [
  // Rules become applicable with time (AI Act dates, a pilot that starts): flags are recomputed daily.
  { name: "compliance-refresh", cron: "10 0 * * *", retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true, expireInMinutes: 60, policy: "singleton" },
  // After the flags, so that the dashboards' flag counts are those of the new day.
  { name: "dashboards-refresh", cron: "40 0 * * *", retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true, expireInMinutes: 60, policy: "singleton" },
  // Member reports past their retention period (ADR 0012).
  { name: "reports-purge", cron: "30 3 * * *", retryLimit: 3, retryDelaySeconds: 600, retryBackoff: true, expireInMinutes: 30, policy: "singleton" },
  // D-15 / D-7 / D-2 / overdue reminders of the legal deadlines, in the morning (Paris).
  { name: "deadline-reminders", cron: "0 7 * * *", retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true, expireInMinutes: 30, policy: "singleton" },
  // The e-mail outbox: notifications to e-mail at once; each e-mail has its own retries (deliver.ts).
  { name: "email-send", cron: "* * * * *", retryLimit: 0, retryDelaySeconds: 60, retryBackoff: false, expireInMinutes: 10, policy: "singleton" },
  // The daily digest, in the morning after the reminders.
  { name: "email-digest", cron: "30 7 * * *", retryLimit: 4, retryDelaySeconds: 600, retryBackoff: true, expireInMinutes: 30, policy: "singleton" },
  // New member reports and reporters' messages → the reps' notifications; hourly, never on the spot (ADR 0027).
  { name: "reports-notify", cron: "5 * * * *", retryLimit: 3, retryDelaySeconds: 120, retryBackoff: true, expireInMinutes: 15, policy: "singleton" },
  // Run history past 30 days, notifications read more than 180 days ago.
  { name: "housekeeping", cron: "15 4 * * *", retryLimit: 3, retryDelaySeconds: 600, retryBackoff: true, expireInMinutes: 30, policy: "singleton" },
] as const satisfies readonly TQueueDefinition[];

export type TQueueName = (typeof QUEUES)[number]["name"];

export const QUEUE_NAMES: readonly TQueueName[] = QUEUES.map((queue) => queue.name);

export function isQueueName(value: string): value is TQueueName {
  return (QUEUE_NAMES as readonly string[]).includes(value);
}

/** JOB_CRON_COMPLIANCE_REFRESH for compliance-refresh, etc. */
export function cronVariable(name: string): string {
  return `JOB_CRON_${name.toUpperCase().replaceAll("-", "_")}`;
}

const CRON_FIELD = /^[\d*,/-]+$/;

/**
 * A queue's schedule: its JOB_CRON_<NAME> variable when set ("off" turns the schedule off), else the
 * default above. A malformed value is refused here rather than silently never firing.
 */
export function scheduleOf(queue: TQueueDefinition, source: Record<string, string | undefined>): string | null {
  const raw = source[cronVariable(queue.name)]?.trim();
  if (raw === undefined || raw === "") return queue.cron;
  if (raw === "off") return null;
  const fields = raw.split(/\s+/);
  if (fields.length !== 5 || !fields.every((field) => CRON_FIELD.test(field))) {
    throw new Error(`${cronVariable(queue.name)}: expected a five-field cron expression or "off", got "${raw}"`);
  }
  return fields.join(" ");
}
