import "server-only";

import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

import type { TLetterKind } from "./kinds";
import { checkLetterTemplate } from "./render";
import { DEFAULT_LETTER_TEMPLATES, type TLetterTemplate } from "./templates";

/**
 * The template a new letter of this kind is written from: the admins' version (table
 * letter_templates) or the default in code. An admin row that no longer passes the check (a variable
 * removed from the context since it was saved) is ignored, with a warning, rather than printing
 * holes in a legal letter.
 */
export async function getEffectiveTemplate(kind: TLetterKind): Promise<TLetterTemplate & { isCustom: boolean }> {
  const row = await prisma.letterTemplate.findUnique({ where: { kind }, select: { title: true, body: true } });
  if (!row) return { ...DEFAULT_LETTER_TEMPLATES[kind], isCustom: false };
  if (checkLetterTemplate(row.title) || checkLetterTemplate(row.body)) {
    logger.warn({ kind }, "letters: stored template no longer valid, default used");
    return { ...DEFAULT_LETTER_TEMPLATES[kind], isCustom: false };
  }
  return { title: row.title, body: row.body, isCustom: true };
}
