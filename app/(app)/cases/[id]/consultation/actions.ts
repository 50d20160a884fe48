"use server";

import { defineAction } from "@/lib/actions/define-action";
import { saveConsultation } from "@/lib/consultations/save-consultation";
import { ZClearDeadlineOverride, ZConsultationInput, ZSetDeadlineOverride } from "@/lib/consultations/schemas";
import { clearDeadlineOverride, setDeadlineOverride } from "@/lib/consultations/set-deadline-override";

// The deadlines show on the case, the case list and the home page: re-render every page.
const revalidate = ["/"];

export const saveConsultationAction = defineAction(ZConsultationInput, saveConsultation, { revalidate });
export const setDeadlineOverrideAction = defineAction(ZSetDeadlineOverride, setDeadlineOverride, { revalidate });
export const clearDeadlineOverrideAction = defineAction(ZClearDeadlineOverride, clearDeadlineOverride, { revalidate });
