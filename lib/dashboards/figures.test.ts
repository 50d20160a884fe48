import { describe, expect, it } from "vitest";

import { classifyRollout, consultationEnd, consultationStart, daysToD0, firstUse, median, ratesOf, share, sumFigures, EMPTY_FIGURES, type TRolloutFacts } from "./figures";

const TODAY = "2026-06-15";
const base: TRolloutFacts = { phase: "production", pilotStartOn: null, goLiveOn: null, avisOn: null, consultationDueOn: null };

describe("classifyRollout (the consultation-before-rollout rule, ADR 0014)", () => {
  it.each<[string, Partial<TRolloutFacts>, ReturnType<typeof classifyRollout>]>([
    ["avis before go-live", { goLiveOn: "2026-03-10", avisOn: "2026-03-01" }, "complete_before"],
    ["avis on the go-live day counts as before", { goLiveOn: "2026-03-10", avisOn: "2026-03-10" }, "complete_before"],
    ["avis the day after go-live", { goLiveOn: "2026-03-10", avisOn: "2026-03-11" }, "live_first"],
    ["a pilot before the avis is a rollout before it (TJ Nanterre 14/02/2025)", { pilotStartOn: "2026-02-01", goLiveOn: "2026-04-01", avisOn: "2026-03-01" }, "live_first"],
    ["pilot on the avis day", { pilotStartOn: "2026-03-01", goLiveOn: "2026-04-01", avisOn: "2026-03-01" }, "complete_before"],
    ["go-live before a later pilot: the earlier date counts", { pilotStartOn: "2026-05-01", goLiveOn: "2026-02-01", avisOn: "2026-03-01" }, "live_first"],
    ["réputé négatif: no avis, deadline passed before go-live", { goLiveOn: "2026-03-10", consultationDueOn: "2026-03-08" }, "complete_before"],
    ["réputé négatif: go-live the day after the deadline", { goLiveOn: "2026-03-09", consultationDueOn: "2026-03-08" }, "complete_before"],
    ["réputé négatif: go-live on the deadline day is before the end", { goLiveOn: "2026-03-08", consultationDueOn: "2026-03-08" }, "live_first"],
    ["avis réputé négatif recorded with its date", { goLiveOn: "2026-03-10", avisOn: "2026-03-09", consultationDueOn: "2026-03-08" }, "complete_before"],
    ["the recorded avis wins over the deadline", { goLiveOn: "2026-03-10", avisOn: "2026-03-20", consultationDueOn: "2026-03-01" }, "live_first"],
    ["consultation still running", { goLiveOn: "2026-03-10", consultationDueOn: "2026-07-01" }, "live_first"],
    ["never consulted (no D0)", { goLiveOn: "2026-03-10" }, "live_first"],
    ["started today", { pilotStartOn: TODAY }, "live_first"],
    ["planned for tomorrow: not started, whatever the phase", { pilotStartOn: "2026-06-16", phase: "pilot" }, "not_started"],
    ["live phase without any date", { phase: "pilot" }, "undated_live"],
    ["suspended without any date", { phase: "suspended" }, "undated_live"],
    ["announced without any date", { phase: "announced" }, "not_started"],
    ["withdrawn without any date", { phase: "withdrawn" }, "not_started"],
  ])("%s", (_, facts, expected) => {
    expect(classifyRollout({ ...base, ...facts }, TODAY)).toBe(expected);
  });
});

describe("dates", () => {
  it("first use is the earlier of pilot and go-live", () => {
    expect(firstUse({ pilotStartOn: null, goLiveOn: null })).toBeNull();
    expect(firstUse({ pilotStartOn: "2026-02-01", goLiveOn: null })).toBe("2026-02-01");
    expect(firstUse({ pilotStartOn: "2026-05-01", goLiveOn: "2026-04-30" })).toBe("2026-04-30");
  });

  it("the consultation ends with the avis, else the day after its deadline (month end included)", () => {
    expect(consultationEnd({ avisOn: "2026-03-05", consultationDueOn: "2026-03-31" })).toBe("2026-03-05");
    expect(consultationEnd({ avisOn: null, consultationDueOn: "2026-02-28" })).toBe("2026-03-01");
    expect(consultationEnd({ avisOn: null, consultationDueOn: null })).toBeNull();
  });

  it("D0 is the earlier of the written information and the BDESE notice", () => {
    expect(consultationStart({ infoGivenOn: "2026-01-10", bdeseNoticeOn: "2026-01-05" })).toBe("2026-01-05");
    expect(consultationStart({ infoGivenOn: "2026-01-10", bdeseNoticeOn: null })).toBe("2026-01-10");
    expect(consultationStart({ infoGivenOn: null, bdeseNoticeOn: null })).toBeNull();
  });

  it("days to D0 never go below zero", () => {
    expect(daysToD0("2026-01-01", "2026-01-31")).toBe(30);
    expect(daysToD0("2026-01-01", "2026-01-01")).toBe(0);
    expect(daysToD0("2026-02-01", "2026-01-01")).toBe(0);
  });
});

describe("median, share", () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[7], 7],
    [[3, 1, 2], 2],
    [[10, 0, 4, 6], 5],
    [[1, 2], 1.5],
  ])("median(%j) = %s (as percentile_cont)", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("a share of nothing is null, not 0 %", () => {
    expect(share(0, 0)).toBeNull();
    expect(share(3, 4)).toBe(0.75);
    expect(() => share(5, 4)).toThrow();
    expect(() => share(-1, 4)).toThrow();
  });
});

describe("ratesOf and sumFigures", () => {
  it("rates use the right denominators", () => {
    const figures = { ...EMPTY_FIGURES, started: 4, completeBefore: 1, liveFirst: 3, undatedLive: 1, consultations: 5, expertise: 2, duerpUpdated: 1 };
    expect(ratesOf(figures)).toEqual({ completeBefore: 0.25, liveFirst: 0.75, expertise: 0.4, duerpUpdated: 0.2 });
    expect(ratesOf(EMPTY_FIGURES)).toEqual({ completeBefore: null, liveFirst: null, expertise: null, duerpUpdated: null });
  });

  it("counts add up and the median is dropped", () => {
    const a = { ...EMPTY_FIGURES, cases: 2, started: 1, liveFirst: 1, medianDaysToD0: 4 };
    const b = { ...EMPTY_FIGURES, cases: 3, started: 2, completeBefore: 2, medianDaysToD0: 10 };
    expect(sumFigures([a, b])).toMatchObject({ cases: 5, started: 3, liveFirst: 1, completeBefore: 2, medianDaysToD0: null });
  });
});
