import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";

import type { TResetLetterTemplate } from "./schemas";
import { DEFAULT_LETTER_TEMPLATES } from "./templates";
import { actingFor } from "@/lib/db-context";

/** An admin goes back to the default template of one kind (the row is deleted; audited). A no-op when already default. */
export const resetLetterTemplate = actingFor(async function resetLetterTemplate(actor: TCurrentUser, input: TResetLetterTemplate): Promise<{ kind: string }> {
  assertCan(actor, "letter-template:manage");
  return prisma.$transaction(async (tx) => {
    const row = await tx.letterTemplate.findUnique({ where: { kind: input.kind }, select: { title: true, body: true } });
    if (!row) return { kind: input.kind };
    await tx.letterTemplate.delete({ where: { kind: input.kind } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "letter_template.reset",
      entityType: "letter_template",
      entityId: input.kind,
      changes: diffFields(row, DEFAULT_LETTER_TEMPLATES[input.kind]),
    });
    return { kind: input.kind };
  });
});
