import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { createReportMessages } from "@/lib/reports/report-messages";
import { loadTriageReport } from "@/lib/reports/triage/load";
import type { TAddInternalNote } from "@/lib/reports/triage/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * A note between reps about a report (kind `internal`). Invariants: the reporter's view selects
 * reporter and rep messages only, so an internal note never reaches them; the note leaves the report's
 * activity day alone (a reporter could otherwise see that something happened internally, and
 * retention counts from the exchanges with the reporter); the audit row carries the id, not the text.
 */
export const addInternalNote = actingFor(async function addInternalNote(actor: TCurrentUser, input: TAddInternalNote): Promise<{ noteId: string }> {
  const report = await loadTriageReport(actor, input.reportId);
  const today = fromCalendarDate(todayInParis());
  return prisma.$transaction(async (tx) => {
    const [id] = await createReportMessages(tx, [{ reportId: report.id, unionId: report.unionId, kind: "internal", authorId: actor.id, body: input.body, sentOn: today }]);
    const noteId = id!.toString();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.note",
      entityType: "report",
      entityId: report.id,
      changes: { internalNote: { before: null, after: noteId } },
    });
    return { noteId };
  });
});
