import { describe, expect, it } from "vitest";

import { ZConsultationFacts, ZConsultationInput, type TConsultationFactsInput } from "./schemas";

const VALID: TConsultationFactsInput = {
  infoCommunicatedDate: "2026-03-10",
  bdeseNoticeDate: "2026-03-05",
  isMultiLevel: true,
  expert: {
    isAppointed: true,
    deliberationDate: "2026-03-12",
    designationDate: "2026-03-13",
    infoRequestDate: "2026-03-15",
    costNoticeDate: "2026-03-20",
  },
  accord: { simple: { days: 15 }, withExpert: { months: 2 }, multiLevelWithExperts: { days: 90 } },
  avisDate: "2026-05-01",
  overrides: { consultation: { date: "2026-06-20", reason: "Prolongé par le juge" } },
};

/** The issues of a parse, as the form shows it: field path and message key. */
function issuesOf(input: unknown) {
  const result = ZConsultationFacts.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe("ZConsultationFacts", () => {
  it("accepts a complete record", () => {
    expect(ZConsultationFacts.parse(VALID)).toEqual(VALID);
  });

  it("reads empty date inputs as unknown and defaults the flags", () => {
    expect(ZConsultationFacts.parse({ infoCommunicatedDate: "", expert: { designationDate: "" } })).toEqual({
      infoCommunicatedDate: undefined,
      isMultiLevel: false,
      expert: { isAppointed: false, designationDate: undefined },
      overrides: {},
    });
  });

  it.each([
    ["2028-02-29", "leap day"],
    ["2000-02-29", "leap day of a 400-year"],
    ["2026-12-31", "last day of the year"],
  ])("accepts %s (%s)", (date) => {
    expect(issuesOf({ infoCommunicatedDate: date })).toBeUndefined();
  });

  it.each<[string, unknown, (string | number)[]]>([
    ["day 30 of February", { infoCommunicatedDate: "2026-02-30" }, ["infoCommunicatedDate"]],
    ["29 February of a non-leap year", { bdeseNoticeDate: "2027-02-29" }, ["bdeseNoticeDate"]],
    ["29 February 2100 (not leap)", { avisDate: "2100-02-29" }, ["avisDate"]],
    ["31 April", { expert: { designationDate: "2026-04-31" } }, ["expert", "designationDate"]],
    ["month 13", { expert: { costNoticeDate: "2026-13-01" } }, ["expert", "costNoticeDate"]],
    ["no zero padding", { expert: { infoRequestDate: "2026-3-5" } }, ["expert", "infoRequestDate"]],
    ["French format", { expert: { deliberationDate: "10/03/2026" } }, ["expert", "deliberationDate"]],
    [
      "override date",
      { overrides: { consultation: { date: "2026-02-30", reason: "x" } } },
      ["overrides", "consultation", "date"],
    ],
  ])("rejects a date that does not exist: %s", (_label, input, path) => {
    expect(issuesOf(input)).toEqual([{ path, message: "validation.date.invalid" }]);
  });

  it.each<[string, TConsultationFactsInput, (string | number)[], string]>([
    [
      "designation before the deliberation",
      { expert: { isAppointed: true, deliberationDate: "2026-03-12", designationDate: "2026-03-11" } },
      ["expert", "designationDate"],
      "validation.date.beforeDeliberation",
    ],
    [
      "information request before the designation",
      { expert: { isAppointed: true, designationDate: "2026-03-13", infoRequestDate: "2026-03-12" } },
      ["expert", "infoRequestDate"],
      "validation.date.beforeDesignation",
    ],
    [
      "cost notice before the designation",
      { expert: { isAppointed: true, designationDate: "2026-03-13", costNoticeDate: "2026-03-01" } },
      ["expert", "costNoticeDate"],
      "validation.date.beforeDesignation",
    ],
    [
      "avis before D0 (the BDESE notice, earlier than the information)",
      { infoCommunicatedDate: "2026-03-10", bdeseNoticeDate: "2026-03-05", avisDate: "2026-03-04" },
      ["avisDate"],
      "validation.date.beforeD0",
    ],
  ])("rejects %s on that field", (_label, input, path, message) => {
    expect(issuesOf(input)).toEqual([{ path, message }]);
  });

  it.each<[string, TConsultationFactsInput]>([
    [
      "designation on the deliberation day",
      { expert: { deliberationDate: "2026-03-12", designationDate: "2026-03-12" } },
    ],
    [
      "avis between the BDESE notice and the information",
      { infoCommunicatedDate: "2026-03-10", bdeseNoticeDate: "2026-03-05", avisDate: "2026-03-07" },
    ],
    ["avis without any D0", { avisDate: "2026-03-07" }],
  ])("accepts %s", (_label, input) => {
    expect(issuesOf(input)).toBeUndefined();
  });

  it.each<[string, unknown, string, string[]]>([
    ["simple", { days: 14 }, "validation.accord.delayBelowMinimum", []],
    ["withExpert", { days: 1 }, "validation.accord.delayBelowMinimum", []],
    ["multiLevelWithExperts", { months: 0 }, "validation.accord.delayBelowMinimum", []],
    ["simple", { days: -3 }, "validation.duration.invalid", ["days"]],
    ["simple", { days: 15.5 }, "validation.duration.invalid", []],
    ["simple", { weeks: 3 }, "validation.duration.invalid", []],
    ["simple", { months: 1, days: 3 }, "validation.duration.invalid", []],
  ])("rejects the accord delay %s = %j with %s", (delayCase, delay, message, subPath) => {
    expect(issuesOf({ accord: { [delayCase]: delay } })).toEqual([
      { path: ["accord", delayCase, ...subPath], message },
    ]);
  });

  it.each([[{ days: 15 }], [{ months: 1 }]])("accepts the accord delay %j", (delay) => {
    expect(issuesOf({ accord: { simple: delay } })).toBeUndefined();
  });

  it.each<[string, unknown, (string | number)[], string]>([
    [
      "override without a reason",
      { overrides: { expert_report: { date: "2026-04-20", reason: "   " } } },
      ["overrides", "expert_report", "reason"],
      "validation.override.reasonRequired",
    ],
    [
      "override of an unknown deadline",
      { overrides: { holidays: { date: "2026-04-20", reason: "x" } } },
      ["overrides"],
      "validation.override.unknownDeadline",
    ],
    [
      "accord case that does not exist",
      { accord: { yearly: { months: 1 } } },
      ["accord"],
      "validation.accord.unknownCase",
    ],
  ])("rejects an %s", (_label, input, path, message) => {
    expect(issuesOf(input)).toEqual([{ path, message }]);
  });
});

describe("ZConsultationInput", () => {
  const caseId = "6f1c2a4e-8b1d-4c3e-9a7f-0d2b3c4d5e6f";
  const issues = (input: object) =>
    ZConsultationInput.safeParse({ caseId, caseVersion: 3, ...input }).error?.issues.map((issue) => [issue.path.join("."), issue.message]);

  it("reads the form's empty strings as unknown and defaults the rest", () => {
    expect(
      ZConsultationInput.parse({ caseId, caseVersion: 3, cseBodyId: "", avis: "", infoCommunicatedDate: "", expert: { isAppointed: false, firm: " " } }),
    ).toEqual({
      caseId,
      caseVersion: 3,
      cseBodyId: undefined,
      avis: undefined,
      infoCommunicatedDate: undefined,
      isMultiLevel: false,
      legalBases: [],
      documentsReceived: [],
      expert: { isAppointed: false, firm: undefined },
      dpiaShown: "unknown",
      aiTrainingOffered: "unknown",
    });
  });

  it("keeps the facts' date order checks on the same fields", () => {
    expect(issues({ infoCommunicatedDate: "2026-03-10", avisDate: "2026-03-01" })).toEqual([["avisDate", "validation.date.beforeD0"]]);
  });

  it("needs the date of a recorded avis", () => {
    expect(issues({ avis: "favourable" })).toEqual([["avisDate", "consultation.validation.avisDateRequired"]]);
  });

  it("refuses an employer answer before the avis and a report before the designation", () => {
    expect(
      issues({
        avis: "defavorable",
        avisDate: "2026-04-10",
        employerAnswerDate: "2026-04-01",
        expert: { isAppointed: true, designationDate: "2026-02-02", reportDate: "2026-02-01" },
      }),
    ).toEqual([
      ["employerAnswerDate", "consultation.validation.beforeAvis"],
      ["expert.reportDate", "validation.date.beforeDesignation"],
    ]);
  });

  it.each([
    ["an unknown legal basis", { legalBases: ["l9999"] }, "legalBases.0"],
    ["an unknown document", { documentsReceived: ["crystal_ball"] }, "documentsReceived.0"],
    ["a malformed CSE body id", { cseBodyId: "cse-1" }, "cseBodyId"],
    ["an unknown avis", { avis: "maybe" }, "avis"],
    ["a malformed case id", { caseId: "42" }, "caseId"],
    ["a missing case version", { caseVersion: undefined }, "caseVersion"],
  ])("refuses %s on its field", (_label, input, path) => {
    expect(issues(input)?.map(([field]) => field)).toEqual([path]);
  });
});
