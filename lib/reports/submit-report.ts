import "server-only";

import { randomUUID } from "node:crypto";

import { todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TReportContent } from "@/lib/reports/content";
import { generateReceipt, hashReceipt } from "@/lib/reports/crypto";
import { consumeSubmission, type TIntakeClient, withHashSlot } from "@/lib/reports/intake-throttle";
import { findSpooledReport, spool } from "@/lib/reports/intake-spool";
import type { TReportSubmission } from "@/lib/reports/schemas";

export type TSubmittedReport = { receipt: string };

const RECEIPT_ATTEMPTS = 3;

/**
 * Files an anonymous member report and returns its receipt, which exists nowhere else afterwards
 * (only its argon2id hash is stored). The report waits in the intake spool until its batch is written
 * (lib/reports/intake-spool.ts): reps see it within REPORT_BATCH_MINUTES. Invariants (ADR 0010):
 * - nothing about the sender is stored: no address, no user agent, no time finer than the day
 *   (Europe/Paris); the free text is encrypted; no audit row, no log line carries the report;
 * - a filled honeypot gets a receipt that opens nothing, and nothing is written, not even a counter;
 * - an unknown employer id is a field error and writes nothing; a throttled client is refused
 *   before any argon2 work.
 */
export async function submitReport(input: TReportSubmission, client: TIntakeClient): Promise<TSubmittedReport> {
  if (input.website !== "") return { receipt: generateReceipt() };

  const employer = await resolveEmployer(input);
  await assertUnionChoice(input.unionId, employer?.id ?? null);
  await consumeSubmission(client);

  const content: TReportContent = {
    employerName: input.employerName ?? employer?.legalName,
    site: input.site ?? undefined,
    toolName: input.toolName ?? undefined,
    whatItDoes: input.whatItDoes,
    howNoticed: input.howNoticed ?? "",
    details: input.details ?? undefined,
  };

  for (let attempt = 1; ; attempt += 1) {
    const receipt = generateReceipt();
    const receiptHash = await withHashSlot(() => hashReceipt(receipt));
    // Two equal 16-digit receipts: astronomically rare, but never give one report's receipt to two.
    if (!(await receiptTaken(receiptHash))) {
      await spool({
        kind: "report",
        id: randomUUID(),
        receiptHash,
        employerId: employer?.id ?? null,
        content,
        staffInformed: input.staffInformed,
        concerns: input.concerns,
        submittedOn: todayInParis(),
        unionId: input.unionId,
      });
      return { receipt };
    }
    if (attempt >= RECEIPT_ATTEMPTS) throw new Error("No free receipt");
  }
}

/** A chosen union must exist and, for a known employer, be present there (issue 15): else a field error. */
async function assertUnionChoice(unionId: string | null, employerId: string | null): Promise<void> {
  if (!unionId) return;
  const found = employerId
    ? await prisma.unionEmployer.count({ where: { unionId, employerId } })
    : await prisma.union.count({ where: { id: unionId } });
  if (found === 0) throw new AppError("invalid", "reportForm.validation.unionId", { field: "unionId" });
}

async function receiptTaken(receiptHash: string): Promise<boolean> {
  const stored = await prisma.memberReport.count({ where: { receiptHash } });
  return stored > 0 || (await findSpooledReport({ receiptHash })) !== null;
}

/**
 * The employer the report names: the one picked by id (which must exist), else a known employer whose
 * name is exactly the one typed (the form without JavaScript sends only the name), else none: admins
 * assign it later from the typed name.
 */
async function resolveEmployer(input: TReportSubmission): Promise<{ id: string; legalName: string } | null> {
  const select = { id: true, legalName: true } as const;
  if (input.employerId) {
    const employer = await prisma.employer.findUnique({ where: { id: input.employerId }, select });
    if (!employer) throw new AppError("invalid", "reportForm.validation.unknownEmployer", { field: "employerId" });
    return employer;
  }
  if (!input.employerName) return null;
  return prisma.employer.findFirst({ where: { legalName: { equals: input.employerName, mode: "insensitive" } }, select, orderBy: { legalName: "asc" } });
}
