"use server";

import { defineAction } from "@/lib/actions/define-action";
import { mergeTools } from "@/lib/tools/merge-tools";
import { createTool, updateTool } from "@/lib/tools/save-tool";
import { ZMergeTools, ZToolInput, ZUpdateTool } from "@/lib/tools/schemas";

const revalidate = ["/tools"];

export const createToolAction = defineAction(ZToolInput, createTool, { revalidate });
export const updateToolAction = defineAction(ZUpdateTool, updateTool, { revalidate });
// Merging moves cases: their pages show the tool too.
export const mergeToolsAction = defineAction(ZMergeTools, mergeTools, { revalidate: [...revalidate, "/cases"] });
