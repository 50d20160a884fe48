import "server-only";

import { randomInt } from "node:crypto";

import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { aad, encryptJson } from "@/lib/reports/crypto";
import { batchWindow, readSpool, removeSpooled, type TSpooled, type TSpoolMessage, type TSpoolReport } from "@/lib/reports/intake-spool";
import { createReportMessages } from "@/lib/reports/report-messages";

/**
 * Writes the waiting batches of the intake spool to the database (lib/reports/intake-spool.ts): every
 * report and reporter message of every window that has ended, in one transaction (one transaction id
 * for all) and in random order (their places in the tables tell nothing of the order they were sent).
 * Idempotent: a report keeps its id and a message its intake key, so a batch written again after a crash
 * between the commit and the removal of its files adds nothing. Instances sharing a spool folder take
 * turns (advisory lock).
 *
 * `includeCurrent` also writes the window still open: only for tests and demos, since it dates those
 * entries to the moment of the call.
 */
export type TFlushResult = { reports: number; messages: number; waiting: number; unreadable?: number };

const FLUSH_LOCK = 0x76_69_67_14; // "vig" + issue 14

export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let index = out.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}

export async function flushIntake(options: { now?: number; includeCurrent?: boolean } = {}): Promise<TFlushResult> {
  const { batch: current } = batchWindow(options.now);
  let unreadable = 0;
  const spooled = await readSpool(undefined, () => (unreadable += 1));
  if (unreadable > 0) logger.error({ event: "intake.spool_unreadable", count: unreadable }, "intake spool entries that do not open were set aside");
  const due = spooled.filter(({ entry }) => options.includeCurrent || entry.batch < current);
  if (due.length === 0) return { reports: 0, messages: 0, waiting: spooled.length };

  const reports = due.flatMap(({ entry }) => (entry.kind === "report" ? [entry as TSpoolReport] : []));
  const messages = due.flatMap(({ entry }) => (entry.kind === "message" ? [entry as TSpoolMessage] : []));

  const written = await prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${FLUSH_LOCK}) AS locked`;
      if (!lock?.locked) return null;
      const inserted = await tx.memberReport.createMany({
        data: shuffled(reports).map((report) => ({
          id: report.id,
          receiptHash: report.receiptHash,
          employerId: report.employerId,
          content: encryptJson(report.content, aad.reportContent(report.id)),
          staffInformed: report.staffInformed,
          concerns: report.concerns,
          status: "new" as const,
          submittedOn: fromCalendarDate(report.submittedOn),
          lastActivityOn: fromCalendarDate(report.submittedOn),
        })),
        skipDuplicates: true,
      });
      // A message whose report was purged or deleted meanwhile has nowhere to go.
      const reportIds = [...new Set(messages.map((message) => message.reportId))];
      const existing = new Set(
        (await tx.memberReport.findMany({ where: { id: { in: reportIds } }, select: { id: true } })).map((report) => report.id),
      );
      const deliverable = shuffled(messages.filter((message) => existing.has(message.reportId)));
      const already = new Set(
        (await tx.reportMessage.findMany({ where: { intakeKey: { in: deliverable.map((message) => message.key) } }, select: { intakeKey: true } })).map(
          (message) => message.intakeKey,
        ),
      );
      const fresh = deliverable.filter((message) => !already.has(message.key));
      await createReportMessages(
        tx,
        fresh.map((message) => ({ reportId: message.reportId, kind: "reporter", authorId: null, body: message.body, sentOn: fromCalendarDate(message.sentOn), intakeKey: message.key })),
      );
      const lastDay = new Map<string, string>();
      for (const message of fresh) if ((lastDay.get(message.reportId) ?? "") < message.sentOn) lastDay.set(message.reportId, message.sentOn);
      for (const [reportId, day] of lastDay) {
        await tx.memberReport.updateMany({ where: { id: reportId, lastActivityOn: { lt: fromCalendarDate(day) } }, data: { lastActivityOn: fromCalendarDate(day) } });
      }
      return { reports: inserted.count, messages: fresh.length };
    },
    { timeout: 60_000 },
  );
  if (!written) return { reports: 0, messages: 0, waiting: spooled.length };
  await removeSpooled(due.map(({ name }: TSpooled) => name));
  return { ...written, waiting: spooled.length - due.length };
}

let timer: NodeJS.Timeout | undefined;

/**
 * Flushes ended windows now and then every minute, in this process (instrumentation.ts). A failure is
 * logged by name only and retried at the next tick: the entries stay in the spool.
 */
export function startIntakeFlusher(onError: (error: unknown) => void): void {
  if (timer) return;
  const tick = () => void flushIntake().catch(onError);
  tick();
  timer = setInterval(tick, 60_000);
  timer.unref();
}
