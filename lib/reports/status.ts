/**
 * The triage of a member report (DOMAIN C.2, issue 4 point 6) as data: which status may follow which,
 * and what each move does to the report's other columns. Pure, shared by the server (the real check)
 * and the triage page (which offers only the legal moves). ADR 0012 explains the choices.
 */
import type { ReportStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export type TReportStatus = ReportStatus;

/**
 * - `new` and `needs_info` are the open statuses; a rep may go back from `needs_info` to `new` once the
 *   reporter has answered (their answer does not move the status by itself: the inbox shows that the
 *   reporter wrote last).
 * - `linked` is reached only by linking the report to a case (or creating one from it), `duplicate`
 *   only by naming the report it duplicates: both carry a target.
 * - `duplicate` and `not_ai` may be undone (back to `new`) when the triage was wrong; `linked` may not,
 *   since the case's timeline records the link. All three end in `closed`.
 * - `closed` may be reopened (back to `new`), e.g. when the reporter comes back with something new.
 */
export const REPORT_TRANSITIONS = {
  new: ["needs_info", "linked", "duplicate", "not_ai", "closed"],
  needs_info: ["new", "linked", "duplicate", "not_ai", "closed"],
  linked: ["closed"],
  duplicate: ["new", "closed"],
  not_ai: ["new", "closed"],
  closed: ["new"],
} as const satisfies Readonly<Record<TReportStatus, readonly TReportStatus[]>>;

/** Every status, in triage order (the order of the table above). */
export const REPORT_STATUSES = Object.keys(REPORT_TRANSITIONS) as TReportStatus[];

/** Statuses a rep picks in the status form: the others need a target (a case, the original report). */
export const MANUAL_REPORT_STATUSES = ["new", "needs_info", "not_ai", "closed"] as const satisfies readonly TReportStatus[];
export type TManualReportStatus = (typeof MANUAL_REPORT_STATUSES)[number];

/** A report nobody needs to act on any more: it counts as closed for retention (closedOn is set). */
export const FINAL_REPORT_STATUSES = ["duplicate", "not_ai", "closed"] as const satisfies readonly TReportStatus[];

/** Open statuses: what the inbox shows by default. */
export const OPEN_REPORT_STATUSES = ["new", "needs_info"] as const satisfies readonly TReportStatus[];

export function nextReportStatuses(from: TReportStatus): readonly TReportStatus[] {
  return REPORT_TRANSITIONS[from] ?? [];
}

export function canMoveReport(from: TReportStatus, to: TReportStatus): boolean {
  return nextReportStatuses(from).includes(to);
}

/** The moves the status form offers from `from` (linking and duplicates have their own forms). */
export function manualNextStatuses(from: TReportStatus): TManualReportStatus[] {
  return MANUAL_REPORT_STATUSES.filter((to) => canMoveReport(from, to));
}

export function isFinalReportStatus(status: TReportStatus): boolean {
  return (FINAL_REPORT_STATUSES as readonly TReportStatus[]).includes(status);
}

/** Throws the typed error the page shows ("De « Nouveau » vers « Nouveau » : …") for an illegal move. */
export function assertReportTransition(from: TReportStatus, to: TReportStatus): void {
  if (!canMoveReport(from, to)) {
    throw new AppError("invalid", "reports.errors.illegalTransition", {
      detail: `illegal report transition ${from} → ${to}`,
      details: { from, to },
    });
  }
}

/**
 * The columns a legal move writes besides the status. Invariants: `closedOn` is the day the report
 * reached a final status and is null while it is open (retention counts from it); going back to `new`
 * forgets a duplicate mark (the triage starts again), while a case link stays (the case's timeline
 * keeps it).
 */
export function columnsAfterMove(to: TReportStatus, today: string): { status: TReportStatus; closedOn: string | null; clearDuplicateOf: boolean } {
  return { status: to, closedOn: isFinalReportStatus(to) ? today : null, clearDuplicateOf: to === "new" };
}
