import { describe, expect, it } from "vitest";

import {
  caseExportHref,
  caseListHref,
  deadlineUrgency,
  parseCaseListQuery,
  sortHref,
  visiblePages,
} from "@/lib/deployments/list-schemas";

const EMPLOYER = "8c1f1a8e-2f4b-4c55-9a65-0d1f6c1f2a11";

describe("parseCaseListQuery", () => {
  it("gives the defaults for an empty URL: last updated first, page 1 of 25", () => {
    expect(parseCaseListQuery({})).toEqual({ query: { sort: "updatedAt", dir: "desc", page: 1, pageSize: 25 }, ignored: [] });
  });

  it("reads every filter, trimming the search and coercing numbers", () => {
    const { query, ignored } = parseCaseListQuery(
      new URLSearchParams({ employer: EMPLOYER, sector: "banque", status: "consultation_open", concern: "surveillance", deadline: "overdue", q: "  copilot ", page: "3", pageSize: "50", sort: "employer" }),
    );
    expect(ignored).toEqual([]);
    expect(query).toEqual({
      employer: EMPLOYER,
      sector: "banque",
      status: "consultation_open",
      concern: "surveillance",
      deadline: "overdue",
      q: "copilot",
      sort: "employer",
      dir: "asc",
      page: 3,
      pageSize: 50,
    });
  });

  it("drops bad values one by one and names them, keeping the good ones", () => {
    const { query, ignored } = parseCaseListQuery({
      employer: "not-a-uuid",
      status: "bogus",
      page: "-2",
      pageSize: "500",
      sort: "password",
      dir: "sideways",
      q: "x".repeat(101),
      phase: "pilot",
    });
    expect(ignored.sort()).toEqual(["dir", "employer", "page", "pageSize", "q", "sort", "status"]);
    expect(query).toEqual({ phase: "pilot", sort: "updatedAt", dir: "desc", page: 1, pageSize: 25 });
  });

  it("treats the form's empty values as no filter, and takes the first of repeated values", () => {
    const { query, ignored } = parseCaseListQuery({ employer: "", q: "   ", status: ["reported", "qualified"] });
    expect(ignored).toEqual([]);
    expect(query.employer).toBeUndefined();
    expect(query.q).toBeUndefined();
    expect(query.status).toBe("reported");
  });
});

describe("links", () => {
  const { query } = parseCaseListQuery({ status: "reported", page: "4" });

  it("leave defaults out, keep filters, and change only what is asked", () => {
    expect(caseListHref(parseCaseListQuery({}).query)).toBe("/cases");
    expect(caseListHref(query, { page: 5 })).toBe("/cases?status=reported&page=5");
  });

  it("sorting toggles the direction of the active column and restarts at page 1", () => {
    expect(sortHref(query, "updatedAt")).toBe("/cases?status=reported&dir=asc");
    expect(sortHref(query, "employer")).toBe("/cases?status=reported&sort=employer");
    const byEmployer = parseCaseListQuery({ sort: "employer" }).query;
    expect(sortHref(byEmployer, "employer")).toBe("/cases?sort=employer&dir=desc");
  });

  it("the export carries filters and order but no paging", () => {
    const { query: sorted } = parseCaseListQuery({ q: "a&b", sort: "deadline", page: "3", pageSize: "50" });
    expect(caseExportHref(sorted)).toBe("/api/cases/export?q=a%26b&sort=deadline");
  });
});

describe("deadlineUrgency", () => {
  it("is overdue the day after, due soon from today to 7 days ahead, nothing after", () => {
    expect(deadlineUrgency("2026-03-08", "2026-03-09")).toBe("overdue");
    expect(deadlineUrgency("2026-03-09", "2026-03-09")).toBe("due_soon");
    expect(deadlineUrgency("2026-03-16", "2026-03-09")).toBe("due_soon");
    expect(deadlineUrgency("2026-03-17", "2026-03-09")).toBeNull();
  });
});

describe("visiblePages", () => {
  it("shows the ends and two pages around the current one, with gaps", () => {
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
    expect(visiblePages(6, 20)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 20]);
    expect(visiblePages(2, 9)).toEqual([1, 2, 3, 4, "gap", 9]);
  });
});
