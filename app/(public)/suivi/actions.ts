"use server";

import { headers } from "next/headers";

import { leaveFollowUp, openReportFromForm, sendReporterMessageFromForm, type TFollowUpState } from "@/lib/reports/public-intake";

/** Receipt → the report opens in this browser for a few minutes (sealed HttpOnly cookie on /suivi). */
export async function openReportAction(_previous: TFollowUpState, formData: FormData): Promise<TFollowUpState> {
  return openReportFromForm(formData, await headers());
}

export async function sendReporterMessageAction(_previous: TFollowUpState, formData: FormData): Promise<TFollowUpState> {
  return sendReporterMessageFromForm(formData, await headers());
}

export async function leaveFollowUpAction(): Promise<void> {
  await leaveFollowUp();
}
