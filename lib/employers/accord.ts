import "server-only";

import { Prisma } from "@/generated/prisma/client";
import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { refreshFlagsWhere } from "@/lib/compliance/refresh-flags";
import { refreshCaseDeadlines } from "@/lib/consultations/refresh-deadlines";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { TAccordDelays } from "@/lib/consultations/schemas";
import type { TClearAccord, TSetAccord } from "@/lib/employers/cse-schemas";
import { actingFor } from "@/lib/db-context";

type TAccord = { accordName: string | null; accordDelays: TAccordDelays | null };

/**
 * Writes the employer's accord de méthode (or removes it: the legal delays apply again) and, in the
 * same transaction, recomputes the stored deadlines of every case of that employer with a
 * consultation: CaseDeadline must always match the delays in force (refresh-deadlines.ts).
 */
async function writeAccord(actor: TCurrentUser, employerId: string, after: TAccord, action: string): Promise<void> {
  assertCan(actor, "employer:manage");
  const before = await prisma.employer.findUnique({ where: { id: employerId }, select: { accordName: true, accordDelays: true } });
  if (!before) throw notFound();
  const changes = diffFields({ accordName: before.accordName, accordDelays: before.accordDelays } as TAccord, after);
  if (Object.keys(changes).length === 0) return;
  await prisma.$transaction(async (tx) => {
    await tx.employer.update({
      where: { id: employerId },
      data: { accordName: after.accordName, accordDelays: after.accordDelays ?? Prisma.DbNull },
    });
    const cases = await tx.deployment.findMany({ where: { employerId, consultation: { isNot: null } }, select: { id: true } });
    for (const { id } of cases) await refreshCaseDeadlines(tx, id);
    // The accord's delays end the consultation (flag F1) of every case of the employer.
    await refreshFlagsWhere(tx, { employerId });
    await recordAudit(tx, { actorId: actor.id, action, entityType: "employer", entityId: employerId, changes });
  });
}

export const setAccord = actingFor(async function setAccord(actor: TCurrentUser, input: TSetAccord): Promise<void> {
  await writeAccord(actor, input.employerId, { accordName: input.name, accordDelays: input.delays }, "employer.accord.set");
});

export const clearAccord = actingFor(async function clearAccord(actor: TCurrentUser, input: TClearAccord): Promise<void> {
  await writeAccord(actor, input.employerId, { accordName: null, accordDelays: null }, "employer.accord.clear");
});
