import { describe, expect, it } from "vitest";

import { TriState } from "@/generated/prisma/enums";
import { addDays, todayInParis } from "@/lib/consultations/calendar-date";
import { AI_ACT_TRI_FIELDS, BLANK_AI_ACT_FACTS, MONTHS_MAX } from "@/lib/deployments/ai-act-schemas";
import { ZCaseInput, ZUpdateCase } from "@/lib/deployments/schemas";

const base = {
  employerId: "8d0c3f7e-3c1b-4e5a-9d2f-0a1b2c3d4e5f",
  toolId: "1f2e3d4c-5b6a-4798-8a6b-5c4d3e2f1a0b",
  localName: "Analyse vocale",
  description: "",
  servicesAffected: "",
  jobFamilies: "",
  headcountAffected: "",
  phase: "pilot",
  firstKnownOn: "2026-03-02",
  announcedOn: "",
  pilotStartOn: "2026-04-01",
  goLiveOn: "",
  source: "member_report",
  concerns: [],
  monitors: ["calls"],
  individualMonitoring: "yes",
  jobsThreatened: "",
  jobsCut: "",
  statedGoal: "",
  repInChargeId: "",
  ...BLANK_AI_ACT_FACTS,
};

function errorsOf(input: Record<string, unknown>, schema: typeof ZCaseInput | typeof ZUpdateCase = ZCaseInput) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("the case's AI Act and GDPR facts", () => {
  it("start unknown: blank numbers are null, not 0", () => {
    expect(ZCaseInput.parse(base)).toMatchObject({
      customerChatbot: "unknown",
      annexEmployment: "unknown",
      callRecordingPercent: null,
      recordingRetentionMonths: null,
      analysisRetentionMonths: null,
      infoToReps: "unknown",
      infoToRepsOn: null,
      fria: "unknown",
      friaOn: null,
      dpiaDone: "unknown",
    });
  });

  it("keeps the tri-states aligned with the database enum", () => {
    expect(Object.values(TriState).sort()).toEqual(["no", "unknown", "yes"]);
    for (const field of AI_ACT_TRI_FIELDS) {
      expect(errorsOf({ ...base, [field]: "peut-être" }), field).toEqual({ [field]: ["cases.validation.triState"] });
      expect(errorsOf({ ...base, [field]: "yes" }), field).toEqual({});
    }
  });

  it("takes a percentage of recorded calls from 0 to 100, next to the field", () => {
    expect(ZCaseInput.parse({ ...base, callRecordingPercent: " 100 " }).callRecordingPercent).toBe(100);
    expect(ZCaseInput.parse({ ...base, callRecordingPercent: "0" }).callRecordingPercent).toBe(0);
    for (const bad of ["101", "-1", "50,5", "12.5", "beaucoup"]) {
      expect(errorsOf({ ...base, callRecordingPercent: bad }), bad).toEqual({ callRecordingPercent: ["compliance.validation.percent"] });
    }
  });

  it("takes retention periods as whole months ≥ 0, up to a century", () => {
    expect(ZCaseInput.parse({ ...base, recordingRetentionMonths: "6", analysisRetentionMonths: "0" })).toMatchObject({ recordingRetentionMonths: 6, analysisRetentionMonths: 0 });
    expect(errorsOf({ ...base, recordingRetentionMonths: "-3", analysisRetentionMonths: String(MONTHS_MAX + 1) })).toEqual({
      recordingRetentionMonths: ["compliance.validation.months"],
      analysisRetentionMonths: ["compliance.validation.months"],
    });
    expect(errorsOf({ ...base, analysisRetentionMonths: String(MONTHS_MAX) })).toEqual({});
  });

  it("needs the day when the information or the FRIA was done, and refuses a day to come", () => {
    expect(errorsOf({ ...base, infoToReps: "yes", fria: "yes" })).toEqual({
      infoToRepsOn: ["compliance.validation.dateWhenYes"],
      friaOn: ["compliance.validation.dateWhenYes"],
    });
    const tomorrow = addDays(todayInParis(), 1);
    expect(errorsOf({ ...base, infoToReps: "yes", infoToRepsOn: tomorrow })).toEqual({ infoToRepsOn: ["cases.validation.date.future"] });
    expect(errorsOf({ ...base, fria: "yes", friaOn: "2026-02-30" })).toEqual({ friaOn: ["validation.date.invalid"] });
    expect(ZCaseInput.parse({ ...base, infoToReps: "yes", infoToRepsOn: todayInParis() }).infoToRepsOn).toBe(todayInParis());
  });

  it("accepts a hidden date left with 'no' or 'unknown' (the data layer drops it), and checks edits the same way", () => {
    expect(errorsOf({ ...base, infoToReps: "no", infoToRepsOn: addDays(todayInParis(), 3) })).toEqual({});
    const edit = { ...base, employerId: undefined, id: base.employerId, version: 2 };
    expect(errorsOf({ ...edit, fria: "yes" }, ZUpdateCase)).toEqual({ friaOn: ["compliance.validation.dateWhenYes"] });
  });
});
