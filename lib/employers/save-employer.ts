import "server-only";

import type { z } from "zod";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { refreshFlagsWhere } from "@/lib/compliance/refresh-flags";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { ZEmployerInput, ZUpdateEmployer } from "@/lib/employers/schemas";
import { actingFor } from "@/lib/db-context";

type TFields = z.output<typeof ZEmployerInput>;

async function assertSirenFree(siren: string | null | undefined, exceptId?: string) {
  if (!siren) return;
  const holder = await prisma.employer.findUnique({ where: { siren }, select: { id: true } });
  if (holder && holder.id !== exceptId) throw new AppError("conflict", "validation.sirenTaken", { field: "siren" });
}

function toData(input: TFields) {
  return {
    legalName: input.legalName,
    groupName: input.groupName ?? null,
    sector: input.sector,
    siren: input.siren ?? null,
    idcc: input.idcc ?? null,
    headcountBand: input.headcountBand ?? null,
  };
}

export const createEmployer = actingFor(async function createEmployer(actor: TCurrentUser, input: TFields): Promise<{ id: string }> {
  assertCan(actor, "employer:manage");
  await assertSirenFree(input.siren);
  const data = toData(input);
  return prisma.$transaction(async (tx) => {
    const employer = await tx.employer.create({ data, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "employer.create",
      entityType: "employer",
      entityId: employer.id,
      changes: diffFields({}, data),
    });
    return employer;
  });
});

export const updateEmployer = actingFor(async function updateEmployer(actor: TCurrentUser, input: z.output<typeof ZUpdateEmployer>): Promise<{ id: string }> {
  assertCan(actor, "employer:manage");
  const before = await prisma.employer.findUnique({
    where: { id: input.id },
    select: { legalName: true, groupName: true, sector: true, siren: true, idcc: true, headcountBand: true },
  });
  if (!before) throw notFound();
  await assertSirenFree(input.siren, input.id);
  const data = toData(input);
  const changes = diffFields(before, data);
  if (Object.keys(changes).length === 0) return { id: input.id };
  await prisma.$transaction(async (tx) => {
    await tx.employer.update({ where: { id: input.id }, data });
    await recordAudit(tx, { actorId: actor.id, action: "employer.update", entityType: "employer", entityId: input.id, changes });
    // The staff band is a fact of the consultation rules (F1, F2, F3, F5, F17, F19): its cases' flags follow it.
    if ("headcountBand" in changes) await refreshFlagsWhere(tx, { employerId: input.id });
  });
  return { id: input.id };
});
