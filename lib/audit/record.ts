import "server-only";

import type { Prisma } from "@/generated/prisma/client";

type TTx = Prisma.TransactionClient;
export type TChanges = Record<string, { before: unknown; after: unknown }>;

/** The fields whose value differs between two snapshots, with before and after. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): TChanges {
  const changes: TChanges = {};
  for (const [field, value] of Object.entries(after)) {
    if (value !== undefined && JSON.stringify(before[field]) !== JSON.stringify(value)) {
      changes[field] = { before: before[field] ?? null, after: value ?? null };
    }
  }
  return changes;
}

/**
 * Appends to the audit trail inside the caller's transaction, so the trail and the change commit
 * together. Invariant: callers never pass passwords, hashes or tokens in `changes`.
 */
export async function recordAudit(
  tx: TTx,
  event: { actorId: string | null; action: string; entityType: string; entityId: string; changes?: TChanges },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      changes: (event.changes ?? {}) as Prisma.InputJsonValue,
    },
  });
}
