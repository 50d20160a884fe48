import { describe, expect, it } from "vitest";

import { fieldErrorsOf } from "@/lib/actions/result";
import { ZAddEvent, ZCreateTask, ZTransitionCase } from "@/lib/workflow/schemas";

const caseId = "7d0b8a0e-3c0f-4c5e-9d61-8f3c1f2a9b10";
const errorsOf = (result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) => (result.error ? fieldErrorsOf(result.error) : {});

describe("ZTransitionCase", () => {
  it("asks for an outcome and a summary, on their fields, only when resolving", () => {
    expect(errorsOf(ZTransitionCase.safeParse({ caseId, version: 3, toStatus: "resolved", outcome: "", resolutionSummary: " " }))).toEqual({
      outcome: ["workflow.errors.outcomeRequired"],
      resolutionSummary: ["workflow.errors.summaryRequired"],
    });
    expect(ZTransitionCase.safeParse({ caseId, version: 3, toStatus: "qualified", outcome: "", resolutionSummary: "" }).success).toBe(true);
  });

  it("refuses an unknown status or outcome", () => {
    expect(errorsOf(ZTransitionCase.safeParse({ caseId, version: 1, toStatus: "archived" }))).toMatchObject({ toStatus: ["workflow.errors.statusRequired"] });
    expect(errorsOf(ZTransitionCase.safeParse({ caseId, version: 1, toStatus: "resolved", outcome: "victory", resolutionSummary: "x" }))).toMatchObject({
      outcome: ["workflow.errors.outcomeRequired"],
    });
  });
});

describe("ZAddEvent", () => {
  const valid = { caseId, type: "cse_meeting", occurredOn: "2027-01-15", title: "Réunion extraordinaire du CSE", body: "" };

  it("accepts a planned meeting (future date) and an empty text", () => {
    expect(ZAddEvent.parse(valid)).toEqual({ ...valid, body: undefined });
  });

  it.each([
    [{ type: "status_change" }, "type", "workflow.errors.eventType"],
    [{ occurredOn: "2026-02-30" }, "occurredOn", "validation.date.invalid"],
    [{ title: "   " }, "title", "validation.required"],
    [{ title: "x".repeat(201) }, "title", "validation.tooLong"],
    [{ body: "x".repeat(10_001) }, "body", "validation.tooLong"],
  ])("refuses %o on %s", (override, field, key) => {
    expect(errorsOf(ZAddEvent.safeParse({ ...valid, ...override }))[field]).toEqual([key]);
  });
});

describe("ZCreateTask", () => {
  it("treats empty due date and assignee as not given", () => {
    expect(ZCreateTask.parse({ caseId, title: "Relancer la DRH", dueOn: "", assigneeId: "" })).toEqual({ caseId, title: "Relancer la DRH" });
  });

  it("refuses an impossible due date", () => {
    expect(errorsOf(ZCreateTask.safeParse({ caseId, title: "Relancer", dueOn: "2026-13-01" }))).toEqual({ dueOn: ["validation.date.invalid"] });
  });
});
