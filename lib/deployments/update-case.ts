import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { caseScope } from "@/lib/authz/scope";
import { refreshCaseFlags } from "@/lib/compliance/refresh-flags";
import { prisma } from "@/lib/db";
import { assertCanWriteCases } from "@/lib/deployments/access";
import { assertRepInChargeValid, assertToolExists, CASE_FACT_SELECT, pickFacts, toAuditedFacts, toColumns } from "@/lib/deployments/case-data";
import { readCaseHistory, type THistoryEntry } from "@/lib/deployments/history";
import type { TUpdateCase } from "@/lib/deployments/schemas";
import { AppError, notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

/** What a conflict tells the user: the version now stored and what others changed since theirs. */
export type TCaseConflict = { currentVersion: number; changes: THistoryEntry[] };

/**
 * One version per case: any save (facts, consultation, status) moves it on, so that a form loaded
 * before someone else's save is refused with what they changed.
 */
export async function caseConflictError(caseId: string, loadedVersion: number): Promise<AppError> {
  const current = await prisma.deployment.findUnique({ where: { id: caseId }, select: { version: true } });
  const details: TCaseConflict = {
    currentVersion: current?.version ?? loadedVersion,
    changes: await readCaseHistory(caseId, { newerThanVersion: loadedVersion }),
  };
  return new AppError("conflict", "cases.conflict.message", { details });
}

/**
 * Saves an edited case with optimistic concurrency: the row is written only if its version is still
 * the one the form loaded (UPDATE … WHERE version = expected), and the version moves on by one.
 * Invariant: a stale form never overwrites someone else's change; it gets a `conflict` describing it.
 */
export const updateCase = actingFor(async function updateCase(actor: TCurrentUser, input: TUpdateCase): Promise<{ id: string; version: number }> {
  assertCanWriteCases(actor);
  const stored = await prisma.deployment.findFirst({
    where: { AND: [{ id: input.id }, caseScope(actor, "write")] },
    select: { ...CASE_FACT_SELECT, employerId: true, unionId: true, version: true },
  });
  if (!stored) throw notFound();
  const { employerId, unionId, version, ...storedFacts } = stored;
  if (version !== input.version) throw await caseConflictError(input.id, input.version);
  await assertToolExists(input.toolId);
  await assertRepInChargeValid(input.repInChargeId, employerId, unionId);

  const facts = pickFacts(input);
  const changes = diffFields(toAuditedFacts(storedFacts), facts);
  if (Object.keys(changes).length === 0) return { id: input.id, version };

  const nextVersion = input.version + 1;
  const saved = await prisma.$transaction(async (tx) => {
    // Someone may have saved between the read above and this write: the version check is repeated here.
    const { count } = await tx.deployment.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...toColumns(facts), version: nextVersion },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "case.update",
      entityType: "case",
      entityId: input.id,
      changes: { ...changes, version: { before: input.version, after: nextVersion } },
    });
    await refreshCaseFlags(tx, input.id);
    return true;
  });
  if (!saved) throw await caseConflictError(input.id, input.version);
  return { id: input.id, version: nextVersion };
});
