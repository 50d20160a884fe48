import { describe, expect, it } from "vitest";

import { compareTasks, isTaskOverdue } from "@/lib/workflow/tasks";

const created = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));
const task = (name: string, dueOn: string | null, doneAt: Date | null = null, minute = 0) => ({ name, dueOn, doneAt, createdAt: created(minute) });

describe("isTaskOverdue", () => {
  const today = "2026-11-24";
  it.each([
    ["an open task due yesterday", task("a", "2026-11-23"), true],
    ["an open task due today", task("a", "2026-11-24"), false],
    ["an open task without a due date", task("a", null), false],
    ["a done task due long ago", task("a", "2026-01-01", created(0)), false],
  ])("%s → %s", (_label, value, expected) => {
    expect(isTaskOverdue(value, today)).toBe(expected);
  });
});

describe("compareTasks", () => {
  it("lists open tasks by due date (undated last, then by creation), then done tasks, latest done first", () => {
    const tasks = [
      task("done early", "2026-11-01", new Date("2026-11-02T10:00:00Z")),
      task("undated, later", null, null, 5),
      task("due in December", "2026-12-01"),
      task("done late", null, new Date("2026-11-20T10:00:00Z")),
      task("undated, first", null, null, 1),
      task("due in November", "2026-11-15"),
    ];
    expect(tasks.sort(compareTasks).map((value) => value.name)).toEqual([
      "due in November",
      "due in December",
      "undated, first",
      "undated, later",
      "done late",
      "done early",
    ]);
  });
});
