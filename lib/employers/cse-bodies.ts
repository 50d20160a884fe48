import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { TAddCseBody, TRemoveCseBody, TRenameCseBody } from "@/lib/employers/cse-schemas";
import { actingFor } from "@/lib/db-context";

/**
 * An employer's CSE bodies (the single CSE, the central CSE, establishment CSEs, the CSSCT): the
 * bodies a case's consultation can name. Admins manage them; every change is audited on the employer.
 */
async function loadBody(cseBodyId: string) {
  const body = await prisma.cseBody.findUnique({ where: { id: cseBodyId }, select: { id: true, employerId: true, kind: true, name: true } });
  if (!body) throw notFound();
  return body;
}

export const addCseBody = actingFor(async function addCseBody(actor: TCurrentUser, input: TAddCseBody): Promise<{ id: string }> {
  assertCan(actor, "employer:manage");
  const employer = await prisma.employer.findUnique({ where: { id: input.employerId }, select: { id: true } });
  if (!employer) throw notFound();
  return prisma.$transaction(async (tx) => {
    const body = await tx.cseBody.create({ data: input, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "employer.cse-body.add",
      entityType: "employer",
      entityId: input.employerId,
      changes: { cseBody: { before: null, after: { id: body.id, kind: input.kind, name: input.name } } },
    });
    return body;
  });
});

export const renameCseBody = actingFor(async function renameCseBody(actor: TCurrentUser, input: TRenameCseBody): Promise<void> {
  assertCan(actor, "employer:manage");
  const body = await loadBody(input.cseBodyId);
  if (body.name === input.name) return;
  await prisma.$transaction(async (tx) => {
    await tx.cseBody.update({ where: { id: body.id }, data: { name: input.name } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "employer.cse-body.rename",
      entityType: "employer",
      entityId: body.employerId,
      changes: { [`cseBody.${body.id}.name`]: { before: body.name, after: input.name } },
    });
  });
});

/**
 * Removes a body no consultation names. Invariant: a consultation never silently loses its CSE (the
 * foreign key would set it to null), so the delete itself requires "no consultation", atomically.
 */
export const removeCseBody = actingFor(async function removeCseBody(actor: TCurrentUser, input: TRemoveCseBody): Promise<void> {
  assertCan(actor, "employer:manage");
  const body = await loadBody(input.cseBodyId);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.cseBody.deleteMany({ where: { id: body.id, consultations: { none: {} } } });
    if (count === 0) throw new AppError("conflict", "tools.cse.inUse");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "employer.cse-body.remove",
      entityType: "employer",
      entityId: body.employerId,
      changes: { cseBody: { before: { id: body.id, kind: body.kind, name: body.name }, after: null } },
    });
  });
});
