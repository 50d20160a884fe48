import { describe, expect, it } from "vitest";

import { CaseOutcome, CaseStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import {
  assertTransition,
  CASE_OUTCOMES,
  CASE_STATUSES,
  canTransition,
  nextStatuses,
  resolutionFor,
  type TCaseStatus,
} from "@/lib/workflow/workflow";

/** The table of the brief (DOMAIN C.2), written out move by move so that any edit to it shows here. */
const ALLOWED: [TCaseStatus, TCaseStatus][] = [
  ["reported", "qualified"],
  ["reported", "closed_no_action"],
  ["qualified", "info_requested"],
  ["qualified", "consultation_open"],
  ["qualified", "closed_no_action"],
  ["info_requested", "consultation_open"],
  ["info_requested", "contentious"],
  ["info_requested", "closed_no_action"],
  ["consultation_open", "expertise_in_progress"],
  ["consultation_open", "avis_given"],
  ["consultation_open", "deemed_negative"],
  ["consultation_open", "contentious"],
  ["expertise_in_progress", "avis_given"],
  ["expertise_in_progress", "deemed_negative"],
  ["expertise_in_progress", "contentious"],
  ...(["avis_given", "deemed_negative"] as const).flatMap((from) =>
    (["deployed_compliant", "deployed_irregular", "contentious", "resolved"] as const).map((to): [TCaseStatus, TCaseStatus] => [from, to]),
  ),
  ["deployed_compliant", "resolved"],
  ["deployed_compliant", "contentious"],
  ["deployed_irregular", "contentious"],
  ["deployed_irregular", "resolved"],
  ["contentious", "resolved"],
  ["contentious", "closed_no_action"],
  ["resolved", "qualified"],
  ["closed_no_action", "qualified"],
];

const isAllowed = (from: TCaseStatus, to: TCaseStatus) => ALLOWED.some(([a, b]) => a === from && b === to);
const ALL_PAIRS = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to): [TCaseStatus, TCaseStatus] => [from, to]));

describe("case transition table", () => {
  it("covers every status of the database, and every outcome", () => {
    expect([...CASE_STATUSES].sort()).toEqual(Object.values(CaseStatus).sort());
    expect([...CASE_OUTCOMES].sort()).toEqual(Object.values(CaseOutcome).sort());
  });

  it.each(ALLOWED)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(nextStatuses(from)).toContain(to);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it("refuses every other move, staying put included", () => {
    const forbidden = ALL_PAIRS.filter(([from, to]) => !isAllowed(from, to));
    expect(forbidden.length).toBe(CASE_STATUSES.length ** 2 - ALLOWED.length);
    for (const [from, to] of forbidden) expect(canTransition(from, to), `${from} → ${to}`).toBe(false);
  });

  it.each([
    ["reported", "resolved"],
    ["reported", "consultation_open"],
    ["consultation_open", "closed_no_action"],
    ["resolved", "contentious"],
    ["closed_no_action", "reported"],
    ["qualified", "qualified"],
  ] as const)("throws a typed error naming both statuses for %s → %s", (from, to) => {
    let caught: unknown;
    try {
      assertTransition(from, to);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: "invalid", messageKey: "workflow.errors.illegalTransition", details: { from, to } });
  });

  it("every status can be left (no dead end: closed cases reopen)", () => {
    for (const status of CASE_STATUSES) expect(nextStatuses(status).length, status).toBeGreaterThan(0);
  });
});

describe("resolution guard", () => {
  const today = "2026-11-24";

  it("resolving records the outcome, the trimmed summary and today's date", () => {
    expect(resolutionFor("resolved", { outcome: "tool_modified", resolutionSummary: "  Analyse vocale désactivée.  " }, today)).toEqual({
      outcome: "tool_modified",
      resolutionSummary: "Analyse vocale désactivée.",
      resolvedOn: today,
    });
  });

  it.each([
    [{ resolutionSummary: "Résumé" }, "outcome", "workflow.errors.outcomeRequired"],
    [{ outcome: "withdrawn" as const }, "resolutionSummary", "workflow.errors.summaryRequired"],
    [{ outcome: "withdrawn" as const, resolutionSummary: "   " }, "resolutionSummary", "workflow.errors.summaryRequired"],
  ])("resolving without %o is a field error on %s", (input, field, messageKey) => {
    expect(() => resolutionFor("resolved", input, today)).toThrow(expect.objectContaining({ code: "invalid", field, messageKey }));
  });

  it("any other target clears the resolution (reopening forgets the old outcome)", () => {
    expect(resolutionFor("qualified", { outcome: "withdrawn", resolutionSummary: "Ancien résumé" }, today)).toEqual({
      outcome: null,
      resolutionSummary: null,
      resolvedOn: null,
    });
  });
});
