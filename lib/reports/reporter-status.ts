/**
 * What the anonymous reporter sees of the reps' handling (GlobaLeaks' "simplified status for the
 * reporter", DOMAIN.md B.3 #4): fewer, plainer steps than the triage statuses, and never a detail of
 * the internal handling. Pure mapping, labels in messages (reportForm.reporterStatus.<value>).
 */
import type { ReportStatus } from "@/generated/prisma/enums";

export const REPORTER_STATUSES = ["received", "in_review", "needs_info", "in_case", "closed"] as const;
export type TReporterStatus = (typeof REPORTER_STATUSES)[number];

const REPORTER_STATUS: Record<ReportStatus, TReporterStatus> = {
  new: "received",
  // Grouped with another report on the same tool, which the reps handle: it is still being looked at.
  duplicate: "in_review",
  needs_info: "needs_info",
  linked: "in_case",
  // "Not an AI tool" is a reason to close; the reps explain it in a message if they wish.
  not_ai: "closed",
  closed: "closed",
};

export function reporterStatus(status: ReportStatus): TReporterStatus {
  return REPORTER_STATUS[status];
}
