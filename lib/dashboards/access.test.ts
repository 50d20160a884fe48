import { describe, expect, it } from "vitest";

import { canLinkCases, canLinkCasesOfOwnUnionOnly, canSeeDashboard, openVisibilities, type TDashboardReader, type TVisibility } from "./access";

const MINE = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";
const readers: Record<string, TDashboardReader> = {
  visitor: null,
  viewer: { id: "v", role: "viewer", employerIds: [] },
  rep: { id: "r", role: "rep", employerIds: [MINE] },
  admin: { id: "a", role: "admin", employerIds: [] },
};

describe("who sees which employer dashboard (ADR 0015)", () => {
  // [reader, visibility, own employer?, sees?]
  it.each<[string, TVisibility, boolean, boolean]>([
    ["visitor", "public", false, true],
    ["visitor", "viewers", false, false],
    ["visitor", "reps", false, false],
    ["viewer", "public", false, true],
    ["viewer", "viewers", false, true],
    ["viewer", "reps", false, false],
    ["rep", "public", false, true],
    ["rep", "viewers", false, true],
    ["rep", "reps", false, false],
    ["rep", "reps", true, true],
    ["admin", "reps", false, true],
  ])("%s, %s dashboard (own: %s) → %s", (reader, visibility, own, sees) => {
    expect(canSeeDashboard(readers[reader]!, { id: own ? MINE : OTHER, visibility })).toBe(sees);
  });

  it("only those who can open the cases get links to them", () => {
    expect(canLinkCases(readers.visitor!, MINE)).toBe(false);
    expect(canLinkCases(readers.viewer!, MINE)).toBe(false);
    expect(canLinkCases(readers.rep!, MINE)).toBe(true);
    expect(canLinkCases(readers.rep!, OTHER)).toBe(false);
    expect(canLinkCases(readers.admin!, OTHER)).toBe(true);
  });

  it("a rep's links open only their union's cases where other unions work too, and say so", () => {
    expect(canLinkCasesOfOwnUnionOnly(readers.rep!, MINE, 2)).toBe(true);
    expect(canLinkCasesOfOwnUnionOnly(readers.rep!, MINE, 1)).toBe(false);
    expect(canLinkCasesOfOwnUnionOnly(readers.rep!, OTHER, 2)).toBe(false);
    expect(canLinkCasesOfOwnUnionOnly(readers.admin!, MINE, 3)).toBe(false);
    expect(canLinkCasesOfOwnUnionOnly(readers.viewer!, MINE, 2)).toBe(false);
    expect(canLinkCasesOfOwnUnionOnly(readers.visitor!, MINE, 2)).toBe(false);
  });

  it("the visibilities open to each reader", () => {
    expect(openVisibilities(null)).toEqual(["public"]);
    expect(openVisibilities(readers.viewer!)).toEqual(["public", "viewers"]);
    expect(openVisibilities(readers.rep!)).toEqual(["public", "viewers"]);
    expect(openVisibilities(readers.admin!)).toEqual(["public", "viewers", "reps"]);
  });
});
