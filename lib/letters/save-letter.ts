import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { CONSULTATION_REQUEST_LETTERS } from "@/lib/compliance/case-facts";
import { refreshCaseFlags } from "@/lib/compliance/refresh-flags";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadWritableCase } from "@/lib/workflow/load-writable";

import { composeLetterText, oneLine } from "./compose";
import { letterUnavailableReason } from "./queries";
import type { TSaveLetter } from "./schemas";
import { actingFor } from "@/lib/db-context";

/**
 * Saves a letter the rep wrote from a case: the full text as it is sent (frame + body, see
 * compose.ts), its sent date and reply due date, and a "Courrier envoyé" entry on the case timeline
 * dated the day it was sent. Needs the case's write scope (not_found otherwise, like a missing case);
 * a kind the case does not offer today (availability.ts) is refused. Letter, timeline entry and audit
 * row commit together. The case row is untouched: no open edit form becomes stale.
 */
export const saveLetter = actingFor(async function saveLetter(actor: TCurrentUser, input: TSaveLetter): Promise<{ id: string; caseId: string }> {
  const found = await loadWritableCase(actor, input.caseId);
  if (await letterUnavailableReason(actor, found.id, input.kind)) throw new AppError("invalid", "letters.validation.kindUnavailable");
  const title = oneLine(input.title);
  const body = composeLetterText({ ...input, title, date: input.sentOn });
  return prisma.$transaction(async (tx) => {
    const letter = await tx.letter.create({
      data: {
        deploymentId: found.id,
        unionId: found.unionId,
        kind: input.kind,
        title,
        body,
        sentOn: fromCalendarDate(input.sentOn),
        replyDueOn: fromCalendarDate(input.replyDueOn ?? null),
        createdById: actor.id,
      },
      select: { id: true },
    });
    await tx.caseEvent.create({
      data: {
        deploymentId: found.id,
        unionId: found.unionId,
        type: "letter_sent",
        occurredOn: fromCalendarDate(input.sentOn),
        title,
        letterId: letter.id,
        authorId: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "letter.create",
      entityType: "letter",
      entityId: letter.id,
      changes: diffFields({}, { caseId: found.id, kind: input.kind, title, sentOn: input.sentOn, replyDueOn: input.replyDueOn ?? null }),
    });
    // A written request to consult is a fact of the délit d'entrave indicator (F19).
    if ((CONSULTATION_REQUEST_LETTERS as readonly string[]).includes(input.kind)) await refreshCaseFlags(tx, found.id);
    return { id: letter.id, caseId: found.id };
  });
});
