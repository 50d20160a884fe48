import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { CLOSED_STATUSES } from "@/lib/dashboards/figures";
import { AppError } from "@/lib/errors";
import { withdrawStaleReminders } from "@/lib/reminders/scan";
import { withdrawStaleTaskReminders } from "@/lib/reminders/task-reminders";
import { loadWritableCase } from "@/lib/workflow/load-writable";
import type { TTransitionCase } from "@/lib/workflow/schemas";
import { assertTransition, resolutionFor, type TCaseStatus } from "@/lib/workflow/workflow";
import { actingFor } from "@/lib/db-context";

const isClosedStatus = (status: TCaseStatus) => (CLOSED_STATUSES as readonly string[]).includes(status);

/** Someone changed the case since the user loaded it; `details` tells them where it stands now. */
const conflict = (status: TCaseStatus) => new AppError("conflict", "workflow.errors.conflict", { details: { status } });

/**
 * Moves a case to its next status. The status row, its timeline event and the audit row commit
 * together; the version guard makes a concurrent change (another status move, part B's edit form)
 * a conflict instead of a silent overwrite.
 */
export const transitionCase = actingFor(async function transitionCase(actor: TCurrentUser, input: TTransitionCase): Promise<{ version: number }> {
  const current = await loadWritableCase(actor, input.caseId);
  if (current.version !== input.version) throw conflict(current.status);
  assertTransition(current.status, input.toStatus);
  const today = todayInParis();
  const resolution = resolutionFor(input.toStatus, input, today);

  return prisma.$transaction(async (tx) => {
    const updated = await tx.deployment.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        status: input.toStatus,
        outcome: resolution.outcome,
        resolutionSummary: resolution.resolutionSummary,
        resolvedOn: fromCalendarDate(resolution.resolvedOn),
        version: { increment: 1 },
      },
    });
    // Throwing rolls back: no event or audit row for a move that did not happen.
    if (updated.count === 0) throw conflict(current.status);
    await tx.caseEvent.create({
      data: {
        deploymentId: current.id,
        unionId: current.unionId,
        type: "status_change",
        occurredOn: fromCalendarDate(today),
        title: `${current.status} → ${input.toStatus}`,
        fromStatus: current.status,
        toStatus: input.toStatus,
        authorId: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "case.status",
      entityType: "case",
      entityId: current.id,
      changes: {
        ...diffFields(
          { status: current.status, outcome: current.outcome, resolutionSummary: current.resolutionSummary },
          { status: input.toStatus, outcome: resolution.outcome, resolutionSummary: resolution.resolutionSummary },
        ),
        // Lets a stale edit form name this change in its conflict message (see caseConflictError).
        version: { before: input.version, after: input.version + 1 },
      },
    });
    // A closed case reminds nobody: its unsent deadline and task reminders go with the change.
    if (isClosedStatus(input.toStatus)) {
      await withdrawStaleReminders(tx, current.id);
      await withdrawStaleTaskReminders(tx, { caseId: current.id });
    }
    return { version: input.version + 1 };
  });
});
