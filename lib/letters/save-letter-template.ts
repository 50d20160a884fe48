import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/guard";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";

import type { TSaveLetterTemplate } from "./schemas";
import { DEFAULT_LETTER_TEMPLATES } from "./templates";
import { actingFor } from "@/lib/db-context";

/**
 * An admin replaces the template of one kind (the schema already refused broken syntax and unknown
 * variables). Letters already saved keep their text: only new letters use the new template. The audit
 * row keeps the text before and after.
 */
export const saveLetterTemplate = actingFor(async function saveLetterTemplate(actor: TCurrentUser, input: TSaveLetterTemplate): Promise<{ kind: string }> {
  assertCan(actor, "letter-template:manage");
  return prisma.$transaction(async (tx) => {
    const before = (await tx.letterTemplate.findUnique({ where: { kind: input.kind }, select: { title: true, body: true } })) ?? DEFAULT_LETTER_TEMPLATES[input.kind];
    const after = { title: input.title, body: input.body };
    await tx.letterTemplate.upsert({
      where: { kind: input.kind },
      create: { kind: input.kind, ...after, updatedById: actor.id },
      update: { ...after, updatedById: actor.id },
    });
    await recordAudit(tx, { actorId: actor.id, action: "letter_template.update", entityType: "letter_template", entityId: input.kind, changes: diffFields(before, after) });
    return { kind: input.kind };
  });
});
