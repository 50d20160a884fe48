/**
 * Cost of the daily deadline-reminder scan (issue 17.6) on the database in DATABASE_URL, e.g. the
 * scale seed (README "Scale data and benchmark"):
 *
 *   npm run bench:reminders [-- --days 2026-10-01,2027-01-15] [--runs 3]
 *
 * For each scan day (default: five days spread over the open deadlines' due dates), times
 * scanDeadlineReminders() on a first run (which writes the reminders) and on repeat runs (nothing new:
 * the steady daily cost), with the number of open deadlines in the scan window; then the same for the
 * task reminders (scanTaskReminders, same job) and the open tasks in their window. Deletes the reminders
 * it wrote before exiting. A benchmark prints figures; it asserts nothing.
 */
import { parseArgs } from "node:util";

import { z } from "zod";

import { isCalendarDate } from "@/lib/consultations/calendar-date";

import { allowServerOnly } from "./lib/allow-server-only";

const ZArgs = z.object({
  days: z
    .string()
    .optional()
    .transform((text) => text?.split(",").map((part) => part.trim()))
    .pipe(z.array(z.string().refine(isCalendarDate, { error: "expected YYYY-MM-DD" })).optional()),
  runs: z.coerce.number().int().min(1).max(50).default(3),
});

const { values } = parseArgs({ options: { days: { type: "string" }, runs: { type: "string" } } });
const args = ZArgs.parse(values);
if (!process.env.DATABASE_URL) {
  process.stderr.write("DATABASE_URL is not set\n");
  process.exit(2);
}

allowServerOnly();
const { disconnectDb, prisma } = await import("@/lib/db");
const { runAsSystem } = await import("@/lib/db-context");
const { scanDeadlineReminders } = await import("@/lib/reminders/scan");
const { scanTaskReminders } = await import("@/lib/reminders/task-reminders");

const ms = (since: number) => Math.round(performance.now() - since);

// Maintenance and benchmarks work for every union (row-level security, ADR 0037).
await runAsSystem(async () => {
try {
  const startedAt = new Date();
  const [counts] = await prisma.$queryRaw<{ cases: number; open: number; openOfOpenCases: number }[]>`
    SELECT (SELECT count(*)::int FROM deployments) AS cases,
           (SELECT count(*)::int FROM case_deadlines WHERE done_on IS NULL) AS open,
           (SELECT count(*)::int FROM case_deadlines d JOIN deployments c ON c.id = d.deployment_id
             WHERE d.done_on IS NULL AND c.status NOT IN ('resolved', 'closed_no_action')) AS "openOfOpenCases"`;
  const { cases, open, openOfOpenCases } = counts!;
  const days =
    args.days ??
    (
      await prisma.$queryRaw<{ day: string }[]>`
        SELECT to_char(percentile_disc(p) WITHIN GROUP (ORDER BY due_on) - 10, 'YYYY-MM-DD') AS day
          FROM case_deadlines, unnest(ARRAY[0.1, 0.3, 0.5, 0.7, 0.9]) AS p
         WHERE done_on IS NULL GROUP BY p ORDER BY p`
    ).map((row) => row.day);
  console.log(`${cases} cases, ${open} open deadlines (${openOfOpenCases} of open cases); scan days: ${days.join(", ")}`);
  console.log("day         window  reminders  first run  repeat runs (ms)");
  for (const day of days) {
    const now = new Date(`${day}T06:00:00Z`);
    let started = performance.now();
    const first = await scanDeadlineReminders(now);
    const firstMs = ms(started);
    const repeats: number[] = [];
    for (let run = 0; run < args.runs; run += 1) {
      started = performance.now();
      await scanDeadlineReminders(now);
      repeats.push(ms(started));
    }
    console.log(`${day}  ${String(first.deadlines).padStart(6)}  ${String(first.notified).padStart(9)}  ${String(firstMs).padStart(9)}  ${repeats.join(" / ")}`);
  }
  // The task part of the same job (task_due): open tasks due from tomorrow back to a week ago.
  const [taskCounts] = await prisma.$queryRaw<{ tasks: number }[]>`SELECT count(*)::int AS tasks FROM case_tasks WHERE done_at IS NULL AND due_on IS NOT NULL`;
  const tasks = taskCounts!.tasks;
  console.log(`${tasks} open tasks with a due date\nday         window  reminders  first run  repeat runs (ms)`);
  for (const day of days) {
    const now = new Date(`${day}T06:00:00Z`);
    let started = performance.now();
    const first = await scanTaskReminders(now);
    const firstMs = ms(started);
    const repeats: number[] = [];
    for (let run = 0; run < args.runs; run += 1) {
      started = performance.now();
      await scanTaskReminders(now);
      repeats.push(ms(started));
    }
    console.log(`${day}  ${String(first.tasks).padStart(6)}  ${String(first.notified).padStart(9)}  ${String(firstMs).padStart(9)}  ${repeats.join(" / ")}`);
  }
  const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN SELECT d.deployment_id FROM case_deadlines d JOIN deployments c ON c.id = d.deployment_id
      WHERE d.done_on IS NULL AND d.due_on BETWEEN '${days[0]}'::date - 7 AND '${days[0]}'::date + 15`,
  );
  console.log(`plan of the window query:\n  ${plan.map((row) => row["QUERY PLAN"]).join("\n  ")}`);
  const { count } = await prisma.notification.deleteMany({ where: { event: { in: ["deadline_reminder", "task_due"] }, createdAt: { gte: startedAt } } });
  console.log(`(${count} reminders written by the benchmark deleted)`);
} finally {
  await disconnectDb();
}
});
