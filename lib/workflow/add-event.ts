import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { loadWritableCase } from "@/lib/workflow/load-writable";
import type { TAddEvent } from "@/lib/workflow/schemas";
import { actingFor } from "@/lib/db-context";

/**
 * Adds a dated entry to the case timeline (meeting, letter, employer reply, internal note…).
 * The audit row (flat fields, as the case history shows them) names the entry but never copies its
 * text: an internal note's body stays in the timeline only.
 * The case row itself is untouched, so its version does not move and no edit form is disturbed.
 */
export const addCaseEvent = actingFor(async function addCaseEvent(actor: TCurrentUser, input: TAddEvent): Promise<{ id: string }> {
  const found = await loadWritableCase(actor, input.caseId);
  return prisma.$transaction(async (tx) => {
    const event = await tx.caseEvent.create({
      data: {
        deploymentId: found.id,
        unionId: found.unionId,
        type: input.type,
        occurredOn: fromCalendarDate(input.occurredOn),
        title: input.title,
        body: input.body ?? null,
        authorId: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "case.event",
      entityType: "case",
      entityId: found.id,
      changes: diffFields({}, { eventType: input.type, eventTitle: input.title, occurredOn: input.occurredOn }),
    });
    return event;
  });
});
