import { describe, expect, it } from "vitest";

import { reminderKey, reminderStage, taskDueKey, taskDueStage } from "./stages";

describe("reminder stages", () => {
  it.each([
    ["2027-03-31", null], // 16 days ahead
    ["2027-03-30", "d15"],
    ["2027-03-23", "d15"], // 8 days
    ["2027-03-22", "d7"],
    ["2027-03-18", "d7"], // 3 days
    ["2027-03-17", "d2"],
    ["2027-03-15", "d2"], // due today
    ["2027-03-14", "overdue"],
    ["2027-03-08", "overdue"], // 7 days late
    ["2027-03-07", null], // older: no reminder
  ])("due %s, seen on 2027-03-15 → %s", (dueOn, stage) => {
    expect(reminderStage("2027-03-15", dueOn)).toBe(stage);
  });

  it("crosses month ends and leap days in calendar days", () => {
    expect(reminderStage("2028-02-27", "2028-03-01")).toBe("d7"); // 3 days across 29 February
    expect(reminderStage("2028-02-28", "2028-03-01")).toBe("d2");
  });

  it("keys a reminder by case, deadline, due date and stage", () => {
    expect(reminderKey("c1", "consultation", "2027-03-30", "d15")).toBe("reminder:c1:consultation:2027-03-30:d15");
  });
});

describe("task due stages", () => {
  it.each([
    ["2027-03-17", null], // 2 days ahead: not yet
    ["2027-03-16", "due"], // tomorrow
    ["2027-03-15", "due"], // today
    ["2027-03-14", "overdue"], // yesterday
    ["2027-03-08", "overdue"], // 7 days late
    ["2027-03-07", null], // older: no reminder
  ])("due %s, seen on 2027-03-15 → %s", (dueOn, stage) => {
    expect(taskDueStage("2027-03-15", dueOn)).toBe(stage);
  });

  it("keys a task reminder by task, date, stage and assignee (or the case when unassigned)", () => {
    expect(taskDueKey("t1", "2027-03-15", "due", "u1")).toBe("task-due:t1:2027-03-15:due:u1");
    expect(taskDueKey("t1", "2027-03-15", "overdue", null)).toBe("task-due:t1:2027-03-15:overdue:case");
  });
});
