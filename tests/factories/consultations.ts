import type { Prisma } from "@/generated/prisma/client";
import { getPool, prisma } from "@/lib/db";
import { ZConsultationInput, type TConsultationData, type TConsultationInput } from "@/lib/consultations/schemas";

/** A CSE body of an employer. */
export async function createCseBody(employerId: string, overrides: Partial<Prisma.CseBodyUncheckedCreateInput> = {}) {
  return prisma.cseBody.create({ data: { kind: "cse", name: "CSE", ...overrides, employerId } });
}

/**
 * The consultation form's input for a case, parsed as the action would (so defaults apply), at the
 * case's current version.
 */
export async function consultationInput(caseId: string, overrides: Partial<TConsultationInput> = {}): Promise<TConsultationData> {
  // An unknown case keeps version 1: the operation, not the factory, must refuse it.
  const stored = await prisma.deployment.findUnique({ where: { id: caseId }, select: { version: true } }).catch(() => null);
  return ZConsultationInput.parse({ caseId, caseVersion: stored?.version ?? 1, ...overrides });
}

/** Every consultation and deadline row, to prove a refused mutation changed nothing. */
export async function snapshotConsultations() {
  const [consultations, deadlines, audit] = await Promise.all(
    ["consultations", "case_deadlines", "audit_events"].map(async (table) => (await getPool().query(`SELECT * FROM ${table} ORDER BY 1`)).rows),
  );
  return { consultations, deadlines, audit };
}

/** A case's CaseDeadline rows as 'YYYY-MM-DD', by kind. */
export async function deadlineRows(caseId: string) {
  const rows = await prisma.caseDeadline.findMany({ where: { deploymentId: caseId }, orderBy: { kind: "asc" } });
  return Object.fromEntries(
    rows.map((row) => [
      row.kind,
      { dueOn: row.dueOn.toISOString().slice(0, 10), overridden: row.overridden, doneOn: row.doneOn?.toISOString().slice(0, 10) ?? null },
    ]),
  );
}
