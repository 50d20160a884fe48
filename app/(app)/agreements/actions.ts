"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createAgreement, deleteAgreement } from "@/lib/agreements/save-agreement";
import { ZAgreementInput, ZDeleteAgreement } from "@/lib/agreements/schemas";

// The clauses are facts of flag F18: case pages, lists and dashboards show it.
const revalidate = ["/agreements", "/employers", "/cases", "/"];

export const createAgreementAction = defineAction(ZAgreementInput, createAgreement, { revalidate });
export const deleteAgreementAction = defineAction(ZDeleteAgreement, deleteAgreement, { revalidate });
