import { describe, expect, it } from "vitest";

import { casesHref } from "./links";
import { parsePeriod, parseSectorQuery, sectorSortHref, sortFields } from "./schemas";

const EMPLOYER = "8c1f1a8e-2f4b-4c55-9a65-0d1f6c1f2a11";

describe("sector dashboard query", () => {
  it("defaults: every sector, every case, worst consultation rate first", () => {
    expect(parseSectorQuery({})).toEqual({ period: 0, sort: "completeBefore", dir: "asc", page: 1 });
  });

  it("drops bad values one by one", () => {
    expect(parseSectorQuery({ sector: "pêche", period: "1999", sort: "openCases", dir: "up", page: "0" })).toEqual({ period: 0, sort: "openCases", dir: "desc", page: 1 });
    expect(parseSectorQuery({ sector: "assurance", period: "2025", sort: "name", dir: "desc", page: "3" })).toEqual({ sector: "assurance", period: 2025, sort: "name", dir: "desc", page: 3 });
  });

  it("a header link flips the direction of the current sort and goes back to page 1", () => {
    const query = parseSectorQuery({ sort: "overdueCases", page: "2" });
    expect(sectorSortHref("/dashboards", query, "overdueCases")).toBe("/dashboards?sort=overdueCases&dir=asc");
    expect(sectorSortHref("/public", query, "name")).toBe("/public?sort=name");
    expect(sortFields(parseSectorQuery({}))).toEqual({});
    expect(sortFields(query)).toEqual({ sort: "overdueCases" });
  });

  it("periods: 0 or a plausible year", () => {
    expect(parsePeriod("2026")).toBe(2026);
    expect(parsePeriod("abc")).toBe(0);
    expect(parsePeriod(undefined)).toBe(0);
  });
});

describe("links to the cases behind a figure", () => {
  it("filters the list by employer, figure and year of the period", () => {
    expect(casesHref(EMPLOYER, 0, { figure: "live_first" })).toBe(`/cases?employer=${EMPLOYER}&figure=live_first`);
    expect(casesHref(EMPLOYER, 2025, { deadline: "overdue" })).toBe(`/cases?employer=${EMPLOYER}&deadline=overdue&year=2025`);
  });
});
