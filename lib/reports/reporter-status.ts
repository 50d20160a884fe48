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

/**
 * Where the report stands for its reporter when several unions read it (issue 15): one copy per union,
 * each with its own triage. The headline must not depend on which copy the receipt happens to name, so
 * it is the step that matters most to the reporter: a question waiting for them first, then a case
 * opened by any union, then any union still looking at it; "closed" only once every union has closed it.
 */
const HEADLINE_ORDER: readonly TReporterStatus[] = ["needs_info", "in_case", "in_review", "received", "closed"];

export function headlineReporterStatus(statuses: readonly TReporterStatus[]): TReporterStatus {
  return HEADLINE_ORDER.find((status) => statuses.includes(status)) ?? "received";
}
