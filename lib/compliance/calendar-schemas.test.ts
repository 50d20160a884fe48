import { describe, expect, it } from "vitest";

import { NOTE_MAX_LENGTH, SOURCE_MAX_LENGTH, ZCalendarEntryInput, ZResetCalendarEntry } from "./calendar-schemas";
import { DEFAULT_LEGAL_CALENDAR, ZLegalCalendar } from "./legal-calendar";

const valid = { ruleId: "F9", appliesFrom: "2027-12-02", legalStatus: "adopted", source: "Digital Omnibus IA", tag: "V", note: "" };

function errorsOf(input: Record<string, unknown>) {
  const result = ZCalendarEntryInput.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("ZCalendarEntryInput (the admin's calendar form)", () => {
  it("accepts an entry, trims texts and turns a blank note into none", () => {
    expect(ZCalendarEntryInput.parse({ ...valid, source: "  Règlement (UE) 2024/1689  " })).toEqual({
      ruleId: "F9",
      appliesFrom: "2027-12-02",
      legalStatus: "adopted",
      source: "Règlement (UE) 2024/1689",
      tag: "V",
      note: null,
    });
  });

  it("gives every default entry back unchanged (the form opens on them)", () => {
    for (const [ruleId, { transition, ...entry }] of Object.entries(DEFAULT_LEGAL_CALENDAR)) {
      const { note, ruleId: parsedRule, ...parsed } = ZCalendarEntryInput.parse({ ...entry, ruleId, note: entry.note ?? "" });
      expect(parsedRule).toBe(ruleId);
      // The Art. 111(2) transition is law set in code, not part of the admin's form.
      expect(ZLegalCalendar.shape.F1.parse({ ...parsed, ...(note ? { note } : {}), ...(transition ? { transition } : {}) })).toEqual({ ...entry, ...(transition ? { transition } : {}) });
    }
  });

  it("names the field of each mistake with a message key", () => {
    expect(errorsOf({ ...valid, ruleId: "F99", legalStatus: "voted", tag: "X" })).toEqual({
      ruleId: ["compliance.calendar.validation.rule"],
      legalStatus: ["compliance.calendar.validation.legalStatus"],
      tag: ["compliance.calendar.validation.tag"],
    });
    expect(errorsOf({ ...valid, appliesFrom: "" })).toEqual({ appliesFrom: ["validation.required"] });
    expect(errorsOf({ ...valid, appliesFrom: "2027-02-30" })).toEqual({ appliesFrom: ["validation.date.invalid"] });
    expect(errorsOf({ ...valid, appliesFrom: "0202-12-02" })).toEqual({ appliesFrom: ["compliance.calendar.validation.dateRange"] });
    expect(errorsOf({ ...valid, appliesFrom: "2101-01-01" })).toEqual({ appliesFrom: ["compliance.calendar.validation.dateRange"] });
    expect(errorsOf({ ...valid, source: "   " })).toEqual({ source: ["validation.required"] });
    expect(errorsOf({ ...valid, source: "x".repeat(SOURCE_MAX_LENGTH + 1), note: "y".repeat(NOTE_MAX_LENGTH + 1) })).toEqual({
      source: ["validation.tooLong"],
      note: ["validation.tooLong"],
    });
  });

  it("resets only a known rule", () => {
    expect(ZResetCalendarEntry.safeParse({ ruleId: "F16" }).success).toBe(true);
    expect(ZResetCalendarEntry.safeParse({ ruleId: "F17" }).success).toBe(true);
    expect(ZResetCalendarEntry.safeParse({ ruleId: "F99" }).success).toBe(false);
  });
});
