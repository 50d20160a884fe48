"use server";

import { defineAction } from "@/lib/actions/define-action";
import { clearAccord, setAccord } from "@/lib/employers/accord";
import { addCseBody, removeCseBody, renameCseBody } from "@/lib/employers/cse-bodies";
import { ZAddCseBody, ZClearAccord, ZRemoveCseBody, ZRenameCseBody, ZSetAccord } from "@/lib/employers/cse-schemas";
import { createEmployer, updateEmployer } from "@/lib/employers/save-employer";
import { ZEmployerInput, ZUpdateEmployer } from "@/lib/employers/schemas";

const revalidate = ["/employers", "/"];
// The accord moves case deadlines, which case pages and lists show.
const revalidateWithCases = [...revalidate, "/cases"];

export const createEmployerAction = defineAction(ZEmployerInput, createEmployer, { revalidate });
export const updateEmployerAction = defineAction(ZUpdateEmployer, updateEmployer, { revalidate });
export const addCseBodyAction = defineAction(ZAddCseBody, addCseBody, { revalidate });
export const renameCseBodyAction = defineAction(ZRenameCseBody, renameCseBody, { revalidate: revalidateWithCases });
export const removeCseBodyAction = defineAction(ZRemoveCseBody, removeCseBody, { revalidate });
export const setAccordAction = defineAction(ZSetAccord, setAccord, { revalidate: revalidateWithCases });
export const clearAccordAction = defineAction(ZClearAccord, clearAccord, { revalidate: revalidateWithCases });
