"use server";

import { defineAction } from "@/lib/actions/define-action";
import { resetLetterTemplate } from "@/lib/letters/reset-letter-template";
import { saveLetterTemplate } from "@/lib/letters/save-letter-template";
import { ZResetLetterTemplate, ZSaveLetterTemplate } from "@/lib/letters/schemas";

const revalidate = ["/admin/letter-templates"];

export const saveLetterTemplateAction = defineAction(ZSaveLetterTemplate, saveLetterTemplate, { revalidate });
export const resetLetterTemplateAction = defineAction(ZResetLetterTemplate, resetLetterTemplate, { revalidate });
