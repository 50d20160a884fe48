import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { caseScope } from "@/lib/authz/scope";
import { refreshCaseFlags } from "@/lib/compliance/refresh-flags";
import { readOverrides, type TOverrides } from "@/lib/consultations/facts";
import { refreshCaseDeadlines } from "@/lib/consultations/refresh-deadlines";
import type { TClearDeadlineOverride, TSetDeadlineOverride } from "@/lib/consultations/schemas";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

type TDeadlineId = TSetDeadlineOverride["deadlineId"];

async function loadOverrides(actor: TCurrentUser, caseId: string): Promise<{ unionId: string; overrides: TOverrides }> {
  const target = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "write")] },
    select: { unionId: true, consultation: { select: { deadlineOverrides: true } } },
  });
  if (!target) throw notFound();
  return { unionId: target.unionId, overrides: readOverrides(target.consultation?.deadlineOverrides) };
}

/** Writes the new overrides, the deadlines they move and the audit row, together. */
async function writeOverrides(actor: TCurrentUser, caseId: string, unionId: string, deadlineId: TDeadlineId, before: TOverrides, after: TOverrides) {
  const deadlineOverrides = after as Prisma.InputJsonValue;
  await prisma.$transaction(async (tx) => {
    // A consultation is created on its first save; an override may come first (e.g. a judge's date).
    await tx.consultation.upsert({
      where: { deploymentId: caseId },
      create: { deploymentId: caseId, unionId, deadlineOverrides },
      update: { deadlineOverrides },
    });
    await refreshCaseDeadlines(tx, caseId);
    // An overridden consultation deadline moves the end of the consultation (flag F1).
    await refreshCaseFlags(tx, caseId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: after[deadlineId] ? "consultation.override" : "consultation.override.clear",
      entityType: "consultation",
      entityId: caseId,
      changes: { [`override.${deadlineId}`]: { before: before[deadlineId] ?? null, after: after[deadlineId] ?? null } },
    });
  });
}

/** A rep replaces one deadline's date (a judge's extension, an agreed postponement) and says why. */
export const setDeadlineOverride = actingFor(async function setDeadlineOverride(actor: TCurrentUser, input: TSetDeadlineOverride): Promise<{ caseId: string }> {
  const { unionId, overrides: before } = await loadOverrides(actor, input.caseId);
  const after = { ...before, [input.deadlineId]: { date: input.date, reason: input.reason } };
  await writeOverrides(actor, input.caseId, unionId, input.deadlineId, before, after);
  return { caseId: input.caseId };
});

/** Back to the computed date. Clearing an override that is not there changes nothing. */
export const clearDeadlineOverride = actingFor(async function clearDeadlineOverride(actor: TCurrentUser, input: TClearDeadlineOverride): Promise<{ caseId: string }> {
  const { unionId, overrides: before } = await loadOverrides(actor, input.caseId);
  if (!before[input.deadlineId]) return { caseId: input.caseId };
  const after: TOverrides = Object.fromEntries(Object.entries(before).filter(([id]) => id !== input.deadlineId));
  await writeOverrides(actor, input.caseId, unionId, input.deadlineId, before, after);
  return { caseId: input.caseId };
});
