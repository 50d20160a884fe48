import { describe, expect, it } from "vitest";

import { addDays, addMonths, type TDuration } from "./calendar-date";
import {
  computeDeadlines,
  deadlineStatus,
  pickNextDeadlines,
  type TDeadlineId,
  type TDeadlineSchedule,
} from "./deadlines";
import type { TConsultationFacts } from "./schemas";

type TExpert = TConsultationFacts["expert"];

function facts(overrides: Partial<TConsultationFacts> = {}): TConsultationFacts {
  return { isMultiLevel: false, expert: { isAppointed: false }, overrides: {}, ...overrides };
}

function dueDates(schedule: TDeadlineSchedule): Partial<Record<TDeadlineId, string>> {
  return Object.fromEntries(schedule.deadlines.map((deadline) => [deadline.id, deadline.dueDate]));
}

function deadline(schedule: TDeadlineSchedule, id: TDeadlineId) {
  const found = schedule.deadlines.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} deadline`);
  return found;
}

const EXPERT: TExpert = {
  isAppointed: true,
  deliberationDate: "2026-03-12",
  designationDate: "2026-03-13",
  infoRequestDate: "2026-03-15",
  costNoticeDate: "2026-03-20",
};

describe("consultation deadline: French calendar months (R2312-6 I)", () => {
  it.each([
    ["2026-03-10", "2026-04-10"],
    ["2026-01-29", "2026-02-28"],
    ["2026-01-30", "2026-02-28"],
    ["2026-01-31", "2026-02-28"],
    ["2027-01-31", "2027-02-28"],
    ["2028-01-29", "2028-02-29"],
    ["2028-01-31", "2028-02-29"],
    ["2100-01-31", "2100-02-28"],
    ["2000-01-31", "2000-02-29"],
    ["2026-02-28", "2026-03-28"],
    ["2026-03-31", "2026-04-30"],
    ["2026-04-30", "2026-05-30"],
    ["2026-05-31", "2026-06-30"],
    ["2026-08-31", "2026-09-30"],
    ["2026-12-15", "2027-01-15"],
    ["2026-12-31", "2027-01-31"],
  ])("D0 %s + 1 month = %s", (d0, expected) => {
    expect(dueDates(computeDeadlines(facts({ infoCommunicatedDate: d0 }))).consultation).toBe(expected);
  });

  it.each([
    ["expert, one level: 2 months", false, "2026-12-31", "2027-02-28"],
    ["expert, one level: 2 months", false, "2027-12-31", "2028-02-29"],
    ["expert, one level: 2 months", false, "2026-01-31", "2026-03-31"],
    ["experts, several levels: 3 months", true, "2026-11-30", "2027-02-28"],
    ["experts, several levels: 3 months", true, "2027-11-30", "2028-02-29"],
    ["experts, several levels: 3 months", true, "2026-01-31", "2026-04-30"],
  ])("%s: D0 %s → %s", (_label, isMultiLevel, d0, expected) => {
    const schedule = computeDeadlines(facts({ infoCommunicatedDate: d0, isMultiLevel, expert: EXPERT }));
    expect(deadline(schedule, "consultation").dueDate).toBe(expected);
  });
});

describe("D0 = earliest of the information and the BDESE notice (R2312-5)", () => {
  it.each([
    ["info only", "2026-03-10", undefined, "infoCommunicatedDate", "2026-04-10"],
    ["BDESE only", undefined, "2026-03-10", "bdeseNoticeDate", "2026-04-10"],
    ["BDESE earlier", "2026-03-20", "2026-03-05", "bdeseNoticeDate", "2026-04-05"],
    ["info earlier", "2026-03-05", "2026-03-20", "infoCommunicatedDate", "2026-04-05"],
  ])("%s", (_label, infoCommunicatedDate, bdeseNoticeDate, source, expected) => {
    const schedule = computeDeadlines(facts({ infoCommunicatedDate, bdeseNoticeDate }));
    expect(schedule.d0?.source).toBe(source);
    expect(deadline(schedule, "consultation")).toMatchObject({
      dueDate: expected,
      computedFrom: [{ source, date: schedule.d0?.date }],
    });
  });
});

describe("every rule, by kind of consultation", () => {
  it.each<[string, Partial<TConsultationFacts>, Partial<Record<TDeadlineId, string>>]>([
    ["one level, no expert", {}, { consultation: "2026-04-10", court_referral: "2026-04-09" }],
    [
      "multi-level, no expert",
      { isMultiLevel: true },
      { consultation: "2026-04-10", establishment_avis: "2026-04-03", court_referral: "2026-04-09" },
    ],
    [
      "one level, expert",
      { expert: EXPERT },
      {
        consultation: "2026-05-10",
        court_referral: "2026-05-09",
        expert_info_request: "2026-03-16",
        employer_reply: "2026-03-20",
        expert_cost_notice: "2026-03-23",
        expert_report: "2026-04-25",
        employer_contest: "2026-03-30",
      },
    ],
    [
      "multi-level, experts",
      { isMultiLevel: true, expert: EXPERT },
      {
        consultation: "2026-06-10",
        establishment_avis: "2026-06-03",
        court_referral: "2026-06-09",
        expert_info_request: "2026-03-16",
        employer_reply: "2026-03-20",
        expert_cost_notice: "2026-03-23",
        expert_report: "2026-05-26",
        employer_contest: "2026-03-30",
      },
    ],
  ])("%s", (_label, extra, expected) => {
    const schedule = computeDeadlines(facts({ infoCommunicatedDate: "2026-03-10", ...extra }));
    expect(dueDates(schedule)).toEqual(expected);
    expect(schedule.missing).toEqual([]);
  });

  it.each([
    ["court referral across new year", false, "2026-12-01", "court_referral", "2026-12-31"],
    ["establishment avis, non-leap February", true, "2027-02-01", "establishment_avis", "2027-02-22"],
    ["establishment avis, leap February", true, "2028-02-01", "establishment_avis", "2028-02-23"],
  ])("%s", (_label, isMultiLevel, d0, id, expected) => {
    const schedule = computeDeadlines(facts({ infoCommunicatedDate: d0, isMultiLevel }));
    expect(dueDates(schedule)[id as TDeadlineId]).toBe(expected);
  });

  it("runs the employer's contest window from the deliberation when no cost notice is recorded", () => {
    const expert = { ...EXPERT, costNoticeDate: undefined };
    const schedule = computeDeadlines(facts({ infoCommunicatedDate: "2026-03-10", expert }));
    expect(deadline(schedule, "employer_contest")).toMatchObject({
      dueDate: "2026-03-22",
      computedFrom: [{ source: "expert.deliberationDate", date: "2026-03-12" }],
    });
  });

  it.each<[TDeadlineId, string[]]>([
    ["consultation", ["R2312-5", "R2312-6 I", "L2312-16"]],
    ["establishment_avis", ["R2312-6 II"]],
    ["court_referral", ["L2312-15"]],
    ["expert_info_request", ["R2315-45"]],
    ["employer_reply", ["R2315-45"]],
    ["expert_cost_notice", ["R2315-46"]],
    ["expert_report", ["R2315-47"]],
    ["employer_contest", ["R2315-49", "L2315-86"]],
  ])("%s cites %j and names its rule by key", (id, articles) => {
    const schedule = computeDeadlines(
      facts({ infoCommunicatedDate: "2026-03-10", isMultiLevel: true, expert: EXPERT }),
    );
    expect(deadline(schedule, id)).toMatchObject({ articles, rule: { messageKey: `deadline.rule.${id}` } });
  });
});

describe("accord de méthode delays (L2312-16)", () => {
  it.each<[string, TConsultationFacts["accord"], Partial<TConsultationFacts>, string, "accord" | "law"]>([
    ["simple, 15 days (the floor)", { simple: { days: 15 } }, {}, "2026-03-25", "accord"],
    ["simple, 45 days", { simple: { days: 45 } }, {}, "2026-04-24", "accord"],
    ["simple, 2 months", { simple: { months: 2 } }, {}, "2026-05-10", "accord"],
    ["with expert, 30 days", { withExpert: { days: 30 } }, { expert: EXPERT }, "2026-04-09", "accord"],
    ["with expert, 3 months", { withExpert: { months: 3 } }, { expert: EXPERT }, "2026-06-10", "accord"],
    [
      "multi-level with experts, 4 months",
      { multiLevelWithExperts: { months: 4 } },
      { expert: EXPERT, isMultiLevel: true },
      "2026-07-10",
      "accord",
    ],
    ["silent on the expert case: legal 2 months", { simple: { days: 20 } }, { expert: EXPERT }, "2026-05-10", "law"],
    ["expert delay only, no expert: legal 1 month", { withExpert: { days: 30 } }, {}, "2026-04-10", "law"],
  ])("%s", (_label, accord, extra, expected, origin) => {
    const schedule = computeDeadlines(facts({ infoCommunicatedDate: "2026-03-10", accord, ...extra }));
    expect(deadline(schedule, "consultation")).toMatchObject({ dueDate: expected, rule: { params: { origin } } });
    expect(schedule.warnings).toEqual([]);
  });

  it("keeps 7 days for establishment avis under a multi-level accord delay", () => {
    const accord = { simple: { days: 21 } };
    const schedule = computeDeadlines(facts({ infoCommunicatedDate: "2026-03-10", isMultiLevel: true, accord }));
    expect(dueDates(schedule)).toMatchObject({ consultation: "2026-03-31", establishment_avis: "2026-03-24" });
  });

  it.each<[string, TConsultationFacts["accord"], Partial<TConsultationFacts>, TDuration, string]>([
    ["simple, 14 days", { simple: { days: 14 } }, {}, { days: 14 }, "2026-04-10"],
    ["with expert, 1 day", { withExpert: { days: 1 } }, { expert: EXPERT }, { days: 1 }, "2026-05-10"],
    ["simple, 0 months", { simple: { months: 0 } }, {}, { months: 0 }, "2026-04-10"],
  ])("invalid accord (%s): legal delay applies, with a warning", (_label, accord, extra, delay, expected) => {
    const schedule = computeDeadlines(facts({ infoCommunicatedDate: "2026-03-10", accord, ...extra }));
    expect(deadline(schedule, "consultation")).toMatchObject({
      dueDate: expected,
      rule: { params: { origin: "law" } },
    });
    const amount = "days" in delay ? delay.days : delay.months;
    expect(schedule.warnings).toEqual([
      expect.objectContaining({
        messageKey: "deadline.warning.accordDelayBelowMinimum",
        params: expect.objectContaining({ amount }),
      }),
    ]);
  });
});

describe("rep overrides", () => {
  const reason = "Délai prolongé par le juge (L2312-15)";

  it("replaces the consultation deadline, keeps the computed one, and moves what hangs on it", () => {
    const overrides = { consultation: { date: "2026-05-15", reason } };
    const schedule = computeDeadlines(facts({ infoCommunicatedDate: "2026-03-10", expert: EXPERT, overrides }));
    expect(deadline(schedule, "consultation")).toMatchObject({
      dueDate: "2026-05-15",
      override: { computedDate: "2026-05-10", reason },
    });
    expect(deadline(schedule, "court_referral")).toMatchObject({
      dueDate: "2026-05-14",
      computedFrom: [{ source: "deadline.consultation", date: "2026-05-15" }],
    });
    expect(deadline(schedule, "expert_report").dueDate).toBe("2026-04-30");
    expect(deadline(schedule, "court_referral").override).toBeUndefined();
  });

  it("replaces one dependent deadline without touching the consultation", () => {
    const overrides = { expert_report: { date: "2026-04-20", reason } };
    const schedule = computeDeadlines(facts({ infoCommunicatedDate: "2026-03-10", expert: EXPERT, overrides }));
    expect(dueDates(schedule)).toMatchObject({ consultation: "2026-05-10", expert_report: "2026-04-20" });
    expect(deadline(schedule, "expert_report").override).toEqual({ computedDate: "2026-04-25", reason });
  });

  it("stands in when the facts are missing, which stay listed", () => {
    const overrides = { consultation: { date: "2026-05-15", reason } };
    const schedule = computeDeadlines(facts({ overrides }));
    expect(deadline(schedule, "consultation").override).toEqual({ computedDate: undefined, reason });
    expect(dueDates(schedule)).toEqual({ consultation: "2026-05-15", court_referral: "2026-05-14" });
    expect(schedule.missing).toEqual([
      { deadlineId: "consultation", needsOneOf: ["infoCommunicatedDate", "bdeseNoticeDate"] },
    ]);
  });
});

describe("missing facts", () => {
  const D0 = ["infoCommunicatedDate", "bdeseNoticeDate"];
  const CONTEST = ["expert.costNoticeDate", "expert.deliberationDate"];

  it.each<[string, Partial<TConsultationFacts>, Partial<Record<TDeadlineId, string>>, [TDeadlineId, string[]][]]>([
    [
      "no D0, no expert",
      {},
      {},
      [
        ["consultation", D0],
        ["court_referral", D0],
      ],
    ],
    [
      "no D0, expert designated",
      { expert: { isAppointed: true, designationDate: "2026-03-13" } },
      { expert_info_request: "2026-03-16", expert_cost_notice: "2026-03-23" },
      [
        ["consultation", D0],
        ["court_referral", D0],
        ["employer_reply", ["expert.infoRequestDate"]],
        ["expert_report", D0],
        ["employer_contest", CONTEST],
      ],
    ],
    [
      "expert appointed without any date",
      { infoCommunicatedDate: "2026-03-10", expert: { isAppointed: true } },
      { consultation: "2026-05-10", court_referral: "2026-05-09", expert_report: "2026-04-25" },
      [
        ["expert_info_request", ["expert.designationDate"]],
        ["employer_reply", ["expert.infoRequestDate"]],
        ["expert_cost_notice", ["expert.designationDate"]],
        ["employer_contest", CONTEST],
      ],
    ],
    [
      "expert dates recorded but no expert appointed",
      { infoCommunicatedDate: "2026-03-10", expert: { ...EXPERT, isAppointed: false } },
      { consultation: "2026-04-10", court_referral: "2026-04-09" },
      [],
    ],
  ])("%s", (_label, extra, expected, missing) => {
    const schedule = computeDeadlines(facts(extra));
    expect(dueDates(schedule)).toEqual(expected);
    expect(schedule.missing).toEqual(missing.map(([deadlineId, needsOneOf]) => ({ deadlineId, needsOneOf })));
  });
});

describe("deadlineStatus", () => {
  it.each([
    ["2026-04-10", "2026-04-11", false, "overdue"],
    ["2026-04-10", "2026-04-10", false, "due_soon"],
    ["2026-04-10", "2026-04-03", false, "due_soon"],
    ["2026-04-10", "2026-04-02", false, "upcoming"],
    ["2027-01-03", "2026-12-27", false, "due_soon"],
    ["2027-01-03", "2026-12-26", false, "upcoming"],
    ["2028-03-01", "2028-02-23", false, "due_soon"],
    ["2028-03-01", "2028-02-22", false, "upcoming"],
    ["2027-03-01", "2027-02-22", false, "due_soon"],
    ["2026-04-10", "2026-04-30", true, "done"],
    ["2026-04-10", "2026-01-01", true, "done"],
  ])("due %s, today %s, done %s → %s", (dueDate, today, done, expected) => {
    expect(deadlineStatus(dueDate, today, { done })).toBe(expected);
  });
});

describe("pickNextDeadlines", () => {
  const schedule = computeDeadlines(facts({ infoCommunicatedDate: "2026-03-10", expert: EXPERT }));

  it.each([
    [
      "2026-03-21",
      3,
      [
        ["employer_reply", "overdue"],
        ["employer_contest", "upcoming"],
        ["expert_report", "upcoming"],
      ],
    ],
    [
      "2026-04-20",
      2,
      [
        ["employer_reply", "overdue"],
        ["employer_contest", "overdue"],
      ],
    ],
    [
      "2026-03-14",
      2,
      [
        ["employer_reply", "due_soon"],
        ["employer_contest", "upcoming"],
      ],
    ],
  ])("on %s, the next %i open ones", (today, limit, expected) => {
    const next = pickNextDeadlines(schedule.deadlines, today, limit);
    expect(next.map((d) => [d.id, d.status])).toEqual(expected);
  });

  it("drops the deadlines closed by the avis", () => {
    const closed = computeDeadlines(facts({ infoCommunicatedDate: "2026-03-10", avisDate: "2026-04-01" }));
    expect(closed.deadlines.map((d) => d.doneOn)).toEqual(["2026-04-01", "2026-04-01"]);
    expect(pickNextDeadlines(closed.deadlines, "2026-04-05")).toEqual([]);
  });
});

describe("calendar arithmetic outside 1970–2099", () => {
  it.each([
    [addDays, "0099-12-31", 1, "0100-01-01"],
    [addMonths, "0099-12-31", 2, "0100-02-28"],
    [addMonths, "2099-12-31", 2, "2100-02-28"],
    [addDays, "2100-02-28", 1, "2100-03-01"],
  ])("%o(%s, %i) = %s", (add, date, amount, expected) => {
    expect(add(date, amount)).toBe(expected);
  });

  it("refuses a date that does not exist", () => {
    expect(() => addMonths("2026-02-30", 1)).toThrow(RangeError);
  });
});
