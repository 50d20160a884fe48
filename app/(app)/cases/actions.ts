"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createCase } from "@/lib/deployments/create-case";
import { ZCaseInput, ZUpdateCase } from "@/lib/deployments/schemas";
import { updateCase } from "@/lib/deployments/update-case";

const revalidate = ["/cases", "/"];

export const createCaseAction = defineAction(ZCaseInput, createCase, { revalidate });
export const updateCaseAction = defineAction(ZUpdateCase, updateCase, { revalidate });
