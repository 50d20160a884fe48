/**
 * The case workflow (DOMAIN C.2) as data: which status may follow which. Pure, shared by the server
 * (the real check) and the status form (which offers only the legal next statuses).
 */
import type { CaseOutcome, CaseStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export type TCaseStatus = CaseStatus;
export type TCaseOutcome = CaseOutcome;

/**
 * Why the table looks like this (DOMAIN C.2 reads as one line with branches):
 * - A case may be dropped (`closed_no_action`) while it is still being established (reported,
 *   qualified, info requested) or after a dispute; once the CSE is seized the case must end in a
 *   recorded avis or a dispute, so "closing" an open consultation is not a shortcut.
 * - `expertise_in_progress` is optional: a consultation may reach its avis directly.
 * - `contentious` is reachable from every step where the employer can break the law (incomplete
 *   information, L2312-15; consultation or expertise obstructed; deployment after the avis).
 * - `resolved` requires a recorded outcome (DOMAIN C.1 Outcome) and is reachable once the avis is
 *   known or the dispute is over. `resolved` and `closed_no_action` can be reopened, back to
 *   `qualified`: the facts are established, the procedure starts again.
 */
export const TRANSITIONS: Readonly<Record<TCaseStatus, readonly TCaseStatus[]>> = {
  reported: ["qualified", "closed_no_action"],
  qualified: ["info_requested", "consultation_open", "closed_no_action"],
  info_requested: ["consultation_open", "contentious", "closed_no_action"],
  consultation_open: ["expertise_in_progress", "avis_given", "deemed_negative", "contentious"],
  expertise_in_progress: ["avis_given", "deemed_negative", "contentious"],
  avis_given: ["deployed_compliant", "deployed_irregular", "contentious", "resolved"],
  deemed_negative: ["deployed_compliant", "deployed_irregular", "contentious", "resolved"],
  deployed_compliant: ["resolved", "contentious"],
  deployed_irregular: ["contentious", "resolved"],
  contentious: ["resolved", "closed_no_action"],
  resolved: ["qualified"],
  closed_no_action: ["qualified"],
};

/** Every status, in workflow order (the order of the table above). */
export const CASE_STATUSES = Object.keys(TRANSITIONS) as TCaseStatus[];

export const CASE_OUTCOMES = [
  "consultation_obtained",
  "info_obtained",
  "expertise_done",
  "tool_modified",
  "suspended_by_court",
  "withdrawn",
  "agreement_signed",
  "job_guarantees",
  "cnil_decision",
  "no_result",
] as const satisfies readonly TCaseOutcome[];

export function nextStatuses(from: TCaseStatus): readonly TCaseStatus[] {
  return TRANSITIONS[from] ?? [];
}

export function canTransition(from: TCaseStatus, to: TCaseStatus): boolean {
  return nextStatuses(from).includes(to);
}

/** Throws the typed error the UI shows ("De « Signalé » vers « Résolu » : …") for an illegal move. */
export function assertTransition(from: TCaseStatus, to: TCaseStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError("invalid", "workflow.errors.illegalTransition", {
      detail: `illegal case transition ${from} → ${to}`,
      details: { from, to },
    });
  }
}

export type TResolutionInput = { outcome?: TCaseOutcome | null; resolutionSummary?: string | null };
export type TResolutionFields = { outcome: TCaseOutcome | null; resolutionSummary: string | null; resolvedOn: string | null };

/** The fields a move to `to` still lacks, with the message key shown next to each (form and server). */
export function missingResolutionFields(to: TCaseStatus, input: TResolutionInput): { field: "outcome" | "resolutionSummary"; messageKey: string }[] {
  if (to !== "resolved") return [];
  const missing: { field: "outcome" | "resolutionSummary"; messageKey: string }[] = [];
  if (!input.outcome) missing.push({ field: "outcome", messageKey: "workflow.errors.outcomeRequired" });
  if (!input.resolutionSummary?.trim()) missing.push({ field: "resolutionSummary", messageKey: "workflow.errors.summaryRequired" });
  return missing;
}

/**
 * The resolution columns after a move. Invariant: outcome, summary and date are set exactly when the
 * case is `resolved`, so reopening clears them and a later resolution records a fresh one.
 */
export function resolutionFor(to: TCaseStatus, input: TResolutionInput, today: string): TResolutionFields {
  const [missing] = missingResolutionFields(to, input);
  if (missing) throw new AppError("invalid", missing.messageKey, { field: missing.field });
  if (to !== "resolved") return { outcome: null, resolutionSummary: null, resolvedOn: null };
  return { outcome: input.outcome!, resolutionSummary: input.resolutionSummary!.trim(), resolvedOn: today };
}
