"use server";

import { defineAction } from "@/lib/actions/define-action";
import { answerToolCorrection } from "@/lib/tools/answer-correction";
import { arbitrateToolCorrection } from "@/lib/tools/arbitrate-correction";
import { mergeTools } from "@/lib/tools/merge-tools";
import { createTool, updateTool } from "@/lib/tools/save-tool";
import { ZAnswerCorrection, ZArbitrateCorrection, ZMergeTools, ZToolInput, ZUpdateTool } from "@/lib/tools/schemas";

const revalidate = ["/tools"];

export const createToolAction = defineAction(ZToolInput, createTool, { revalidate });
export const updateToolAction = defineAction(ZUpdateTool, updateTool, { revalidate });
// Merging moves cases: their pages show the tool too.
export const mergeToolsAction = defineAction(ZMergeTools, mergeTools, { revalidate: [...revalidate, "/cases"] });
export const answerCorrectionAction = defineAction(ZAnswerCorrection, answerToolCorrection, { revalidate });
export const arbitrateCorrectionAction = defineAction(ZArbitrateCorrection, arbitrateToolCorrection, { revalidate: [...revalidate, "/cases"] });
