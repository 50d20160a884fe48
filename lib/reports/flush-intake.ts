import "server-only";

import { randomInt, randomUUID } from "node:crypto";

import type { Prisma } from "@/generated/prisma/client";

import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { aad, encryptJson } from "@/lib/reports/crypto";
import { batchWindow, readSpool, removeSpooled, type TSpooled, type TSpoolMessage, type TSpoolReport } from "@/lib/reports/intake-spool";
import { createReportMessages } from "@/lib/reports/report-messages";
import { asSystem } from "@/lib/db-context";

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

/**
 * The unions each spooled report goes to (issue 15, docs/decisions/0028): the one the member chose if
 * it is (still) present at the employer, else every union present there; a report naming no known
 * employer goes to the chosen union or to every union. A report with no union to read it yet (an
 * instance without unions) gets none and stays in the spool.
 */
async function reportRouting(tx: Prisma.TransactionClient, reports: readonly TSpoolReport[]): Promise<Map<string, string[]>> {
  const employerIds = [...new Set(reports.flatMap((report) => (report.employerId ? [report.employerId] : [])))];
  const [presence, unions] = await Promise.all([
    tx.unionEmployer.findMany({ where: { employerId: { in: employerIds } }, select: { employerId: true, unionId: true }, orderBy: { unionId: "asc" } }),
    tx.union.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  const routing = new Map<string, string[]>();
  for (const report of reports) {
    const candidates = report.employerId
      ? presence.filter((row) => row.employerId === report.employerId).map((row) => row.unionId)
      : unions.map((union) => union.id);
    const chosen = report.unionId && candidates.includes(report.unionId) ? [report.unionId] : candidates;
    routing.set(report.id, chosen);
  }
  return routing;
}

export const flushIntake = asSystem(async function flushIntake(options: { now?: number; includeCurrent?: boolean } = {}): Promise<TFlushResult> {
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
      const routing = await reportRouting(tx, reports);
      const copies = reports.flatMap((report) =>
        (routing.get(report.id) ?? []).map((unionId, index) => ({ report, unionId, id: index === 0 ? report.id : randomUUID() })),
      );
      const inserted = await tx.memberReport.createMany({
        data: shuffled(copies).map(({ report, unionId, id }) => ({
          id,
          unionId,
          receiptHash: report.receiptHash,
          employerId: report.employerId,
          content: encryptJson(report.content, aad.reportContent(id)),
          staffInformed: report.staffInformed,
          concerns: report.concerns,
          status: "new" as const,
          submittedOn: fromCalendarDate(report.submittedOn),
          lastActivityOn: fromCalendarDate(report.submittedOn),
        })),
        // Written again after a crash: the first copy keeps its id, the others their (receipt, union).
        skipDuplicates: true,
      });
      // A reporter's message goes into every copy of its report (one per union, same receipt); a message
      // whose report was purged or deleted meanwhile has nowhere to go.
      const reportIds = [...new Set(messages.map((message) => message.reportId))];
      const named = await tx.memberReport.findMany({ where: { id: { in: reportIds } }, select: { id: true, receiptHash: true } });
      const siblings = await tx.memberReport.findMany({
        where: { receiptHash: { in: named.map((report) => report.receiptHash) } },
        select: { id: true, unionId: true, receiptHash: true },
      });
      const copiesOf = new Map(named.map((report) => [report.id, siblings.filter((sibling) => sibling.receiptHash === report.receiptHash)]));
      const deliverable = shuffled(
        messages.flatMap((message) => (copiesOf.get(message.reportId) ?? []).map((copy) => ({ ...message, reportId: copy.id, unionId: copy.unionId }))),
      );
      const already = new Set(
        (
          await tx.reportMessage.findMany({ where: { intakeKey: { in: deliverable.map((message) => message.key) } }, select: { intakeKey: true, reportId: true } })
        ).map((message) => `${message.intakeKey}|${message.reportId}`),
      );
      const fresh = deliverable.filter((message) => !already.has(`${message.key}|${message.reportId}`));
      await createReportMessages(
        tx,
        fresh.map((message) => ({
          reportId: message.reportId,
          unionId: message.unionId,
          kind: "reporter",
          authorId: null,
          body: message.body,
          sentOn: fromCalendarDate(message.sentOn),
          intakeKey: message.key,
        })),
      );
      const lastDay = new Map<string, string>();
      for (const message of fresh) if ((lastDay.get(message.reportId) ?? "") < message.sentOn) lastDay.set(message.reportId, message.sentOn);
      for (const [reportId, day] of lastDay) {
        await tx.memberReport.updateMany({ where: { id: reportId, lastActivityOn: { lt: fromCalendarDate(day) } }, data: { lastActivityOn: fromCalendarDate(day) } });
      }
      const unrouted = new Set(reports.filter((report) => (routing.get(report.id) ?? []).length === 0).map((report) => report.id));
      return { reports: inserted.count, messages: fresh.length, unrouted };
    },
    { timeout: 60_000 },
  );
  if (!written) return { reports: 0, messages: 0, waiting: spooled.length };
  const { unrouted, ...counts } = written;
  // A report no union can read yet stays in the spool with its messages, for a later batch.
  const kept = (entry: TSpooled["entry"]) => unrouted.has(entry.kind === "report" ? entry.id : entry.reportId);
  const done = due.filter(({ entry }) => !kept(entry));
  await removeSpooled(done.map(({ name }: TSpooled) => name));
  return { ...counts, waiting: spooled.length - done.length };
});

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
