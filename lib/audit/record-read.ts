import "server-only";

import { prisma } from "@/lib/db";

/** What a read audit row names (issue 16, point 6; ADR 0033). */
export const READ_ACTIONS = [
  "read.report",
  "read.report_inbox",
  "read.cases_export",
  "read.letter_pdf",
  "read.case_facts",
  "read.calendar_feed",
  "read.audit_export",
] as const;
export type TReadAction = (typeof READ_ACTIONS)[number];

/**
 * Appends one row saying that an account read something sensitive: the account, the action, the
 * record's id and the time. Invariant (docs/threat-model.md, ADR 0033): nothing else, never a
 * report's text, its reporter's messages, a filter's free text, an address or a user agent; a
 * reporter's own follow-up (/suivi) is never audited.
 */
export async function recordRead(actorId: string, action: TReadAction, entity: { type: string; id: string }): Promise<void> {
  await prisma.auditEvent.create({ data: { actorId, action, entityType: entity.type, entityId: entity.id.slice(0, 64), changes: {} } });
}
