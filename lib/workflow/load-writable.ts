import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { actingFor } from "@/lib/db-context";

/**
 * The case the actor may change, or `not_found`. Invariant: a case of another employer, a viewer and
 * a missing id all get the same answer, so nothing about foreign cases leaks.
 */
export const loadWritableCase = actingFor(async function loadWritableCase(actor: TCurrentUser, caseId: string) {
  const found = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "write")] },
    select: { id: true, unionId: true, employerId: true, status: true, version: true, outcome: true, resolutionSummary: true },
  });
  if (!found) throw notFound();
  return found;
});

/** A task of a case the actor may change, or `not_found` (same invariant as loadWritableCase). */
export const loadWritableTask = actingFor(async function loadWritableTask(actor: TCurrentUser, taskId: string) {
  const found = await prisma.caseTask.findFirst({
    where: { id: taskId, deployment: caseScope(actor, "write") },
    select: { id: true, deploymentId: true, unionId: true, title: true, doneAt: true },
  });
  if (!found) throw notFound();
  return found;
});
