"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addInternalNote } from "@/lib/reports/triage/add-internal-note";
import { assignEmployer } from "@/lib/reports/triage/assign-employer";
import { changeReportStatus } from "@/lib/reports/triage/change-report-status";
import { createCaseFromReport } from "@/lib/reports/triage/create-case-from-report";
import { linkReportToCase } from "@/lib/reports/triage/link-report-to-case";
import { markDuplicate } from "@/lib/reports/triage/mark-duplicate";
import { replyToReporter } from "@/lib/reports/triage/reply-to-reporter";
import {
  ZAddInternalNote,
  ZAssignEmployer,
  ZCaseFromReport,
  ZChangeReportStatus,
  ZLinkReportToCase,
  ZMarkDuplicate,
  ZReplyToReporter,
} from "@/lib/reports/triage/schemas";

// The inbox and the report pages live under /reports; a link also shows on the case (under /cases).
const revalidate = ["/reports"];
const withCases = ["/reports", "/cases", "/"];

export const changeReportStatusAction = defineAction(ZChangeReportStatus, changeReportStatus, { revalidate });
export const replyToReporterAction = defineAction(ZReplyToReporter, replyToReporter, { revalidate });
export const addInternalNoteAction = defineAction(ZAddInternalNote, addInternalNote, { revalidate });
export const linkReportToCaseAction = defineAction(ZLinkReportToCase, linkReportToCase, { revalidate: withCases });
export const markDuplicateAction = defineAction(ZMarkDuplicate, markDuplicate, { revalidate });
export const assignEmployerAction = defineAction(ZAssignEmployer, assignEmployer, { revalidate });
export const createCaseFromReportAction = defineAction(ZCaseFromReport, createCaseFromReport, { revalidate: withCases });
