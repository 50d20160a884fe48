"use server";

import { headers } from "next/headers";

import { submitReportFromForm, type TSubmitReportState } from "@/lib/reports/public-intake";

/** The anonymous report form (works without JavaScript: a plain form post re-renders with this state). */
export async function submitReportAction(_previous: TSubmitReportState, formData: FormData): Promise<TSubmitReportState> {
  return submitReportFromForm(formData, await headers());
}
