"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createEmployer, updateEmployer } from "@/lib/employers/save-employer";
import { ZEmployerInput, ZUpdateEmployer } from "@/lib/employers/schemas";

const revalidate = ["/employers", "/"];

export const createEmployerAction = defineAction(ZEmployerInput, createEmployer, { revalidate });
export const updateEmployerAction = defineAction(ZUpdateEmployer, updateEmployer, { revalidate });
