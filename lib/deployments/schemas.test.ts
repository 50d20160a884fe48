import { describe, expect, it } from "vitest";

import { CaseSource, Concern, DeploymentPhase, MonitoredSignal, TriState } from "@/generated/prisma/enums";
import { addDays, todayInParis } from "@/lib/consultations/calendar-date";
import { BLANK_AI_ACT_FACTS } from "@/lib/deployments/ai-act-schemas";
import { CONCERNS, MONITORS, PHASES, SOURCES, splitList, TRI_STATES, ZCaseInput, ZUpdateCase } from "@/lib/deployments/schemas";

const EMPLOYER = "8d0c3f7e-3c1b-4e5a-9d2f-0a1b2c3d4e5f";
const TOOL = "1f2e3d4c-5b6a-4798-8a6b-5c4d3e2f1a0b";

const valid = {
  employerId: EMPLOYER,
  toolId: TOOL,
  localName: "Assistant conseiller",
  description: "",
  servicesAffected: "Accueil, Recouvrement\nAccueil",
  jobFamilies: "",
  headcountAffected: "120",
  phase: "pilot",
  firstKnownOn: "2026-03-02",
  announcedOn: "",
  pilotStartOn: "2026-04-01",
  goLiveOn: "2026-09-01",
  source: "member_report",
  concerns: ["surveillance", "job_cuts", "surveillance"],
  monitors: [],
  individualMonitoring: "unknown",
  jobsThreatened: "",
  jobsCut: "0",
  statedGoal: "économiser 30 % du temps d'appel",
  repInChargeId: "",
  ...BLANK_AI_ACT_FACTS,
};

/** The field errors of a parse, as { field: [message keys] }. */
function errorsOf(input: Record<string, unknown>, schema: typeof ZCaseInput | typeof ZUpdateCase = ZCaseInput) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("ZCaseInput", () => {
  it("accepts a well-formed case and normalises blanks, lists and numbers", () => {
    const parsed = ZCaseInput.parse(valid);
    expect(parsed).toMatchObject({
      description: null,
      servicesAffected: ["Accueil", "Recouvrement"],
      jobFamilies: [],
      headcountAffected: 120,
      announcedOn: null,
      concerns: ["surveillance", "job_cuts"],
      jobsThreatened: null,
      jobsCut: 0,
      repInChargeId: null,
    });
  });

  it("knows exactly the enum values of the database", () => {
    expect([...PHASES].sort()).toEqual(Object.values(DeploymentPhase).sort());
    expect([...SOURCES].sort()).toEqual(Object.values(CaseSource).sort());
    expect([...CONCERNS].sort()).toEqual(Object.values(Concern).sort());
    expect([...MONITORS].sort()).toEqual(Object.values(MonitoredSignal).sort());
    expect([...TRI_STATES].sort()).toEqual(Object.values(TriState).sort());
  });

  it("refuses unknown enum values on their field", () => {
    expect(errorsOf({ ...valid, phase: "beta" })).toEqual({ phase: ["cases.validation.phase"] });
    expect(errorsOf({ ...valid, source: "rumeur" })).toEqual({ source: ["cases.validation.source"] });
    expect(errorsOf({ ...valid, individualMonitoring: "maybe" })).toEqual({ individualMonitoring: ["cases.validation.triState"] });
    expect(errorsOf({ ...valid, concerns: ["surveillance", "boredom"] })).toEqual({ "concerns.1": ["cases.validation.concern"] });
    expect(errorsOf({ ...valid, monitors: ["mood"] })).toEqual({ "monitors.0": ["cases.validation.monitor"] });
  });

  it("refuses bad whole numbers", () => {
    for (const bad of ["-3", "2.5", "1 200", "douze"]) {
      expect(errorsOf({ ...valid, headcountAffected: bad })).toEqual({ headcountAffected: ["cases.validation.wholeNumber"] });
    }
    expect(errorsOf({ ...valid, jobsThreatened: "1000001" })).toEqual({ jobsThreatened: ["cases.validation.tooLarge"] });
    expect(errorsOf({ ...valid, jobsCut: "99999999999999999999" })).toEqual({ jobsCut: ["cases.validation.tooLarge"] });
  });

  it("bounds text lengths and list sizes", () => {
    expect(errorsOf({ ...valid, localName: "x".repeat(201) })).toEqual({ localName: ["validation.tooLong"] });
    expect(errorsOf({ ...valid, localName: " a " })).toEqual({ localName: ["validation.required"] });
    expect(errorsOf({ ...valid, description: "x".repeat(5001) })).toEqual({ description: ["validation.tooLong"] });
    expect(errorsOf({ ...valid, statedGoal: "x".repeat(501) })).toEqual({ statedGoal: ["validation.tooLong"] });
    const many = Array.from({ length: 31 }, (_, index) => `Service ${index}`).join("\n");
    expect(errorsOf({ ...valid, jobFamilies: many })).toEqual({ jobFamilies: ["cases.validation.tooManyItems"] });
    expect(errorsOf({ ...valid, servicesAffected: `Accueil, ${"x".repeat(121)}` })).toEqual({ servicesAffected: ["cases.validation.itemTooLong"] });
  });

  it("requires the employer, the tool and a real first-known date", () => {
    expect(errorsOf({ ...valid, employerId: "" })).toEqual({ employerId: ["validation.unknownEmployer"] });
    expect(errorsOf({ ...valid, toolId: "" })).toEqual({ toolId: ["cases.validation.tool"] });
    expect(errorsOf({ ...valid, firstKnownOn: "" })).toEqual({ firstKnownOn: ["validation.required"] });
    expect(errorsOf({ ...valid, firstKnownOn: "2026-02-30" })).toEqual({ firstKnownOn: ["validation.date.invalid"] });
    expect(errorsOf({ ...valid, goLiveOn: "01/09/2026" })).toEqual({ goLiveOn: ["validation.date.invalid"] });
    expect(errorsOf({ ...valid, repInChargeId: "someone" })).toEqual({ repInChargeId: ["cases.validation.repInCharge"] });
  });

  it("puts each date-order error on the field to fix", () => {
    const tomorrow = addDays(todayInParis(), 1);
    expect(errorsOf({ ...valid, firstKnownOn: tomorrow })).toEqual({ firstKnownOn: ["cases.validation.date.future"] });
    expect(errorsOf({ ...valid, announcedOn: tomorrow })).toEqual({ announcedOn: ["cases.validation.date.future"] });
    expect(errorsOf({ ...valid, firstKnownOn: todayInParis(), announcedOn: todayInParis() })).toEqual({});
    expect(errorsOf({ ...valid, pilotStartOn: "2026-09-02", goLiveOn: "2026-09-01" })).toEqual({ goLiveOn: ["cases.validation.date.goLiveBeforePilot"] });
    expect(errorsOf({ ...valid, pilotStartOn: "2026-09-01", goLiveOn: "2026-09-01" })).toEqual({});
  });

  it("lets planned pilot and go-live dates lie in the future (within ten years), and a pilot precede first knowledge", () => {
    const inFiveYears = `${Number(todayInParis().slice(0, 4)) + 5}-01-01`;
    expect(errorsOf({ ...valid, pilotStartOn: inFiveYears, goLiveOn: inFiveYears })).toEqual({});
    expect(errorsOf({ ...valid, pilotStartOn: "2999-01-01", goLiveOn: "0001-06-01" })).toEqual({
      pilotStartOn: ["validation.date.outOfRange"],
      goLiveOn: ["validation.date.outOfRange"],
    });
    expect(errorsOf({ ...valid, firstKnownOn: "2026-03-02", pilotStartOn: "2025-11-01" })).toEqual({});
  });
});

describe("ZUpdateCase", () => {
  const facts = { ...valid, employerId: undefined };
  it("needs the case id and the version the form loaded", () => {
    expect(errorsOf({ ...facts, id: EMPLOYER, version: 3 }, ZUpdateCase)).toEqual({});
    expect(errorsOf({ ...facts, id: "x", version: 0 }, ZUpdateCase)).toEqual({ id: ["validation.invalidId"], version: ["validation.invalidId"] });
  });

  it("applies the same date rules", () => {
    expect(errorsOf({ ...facts, id: EMPLOYER, version: 1, pilotStartOn: "2026-05-01", goLiveOn: "2026-04-01" }, ZUpdateCase)).toEqual({
      goLiveOn: ["cases.validation.date.goLiveBeforePilot"],
    });
  });
});

describe("splitList", () => {
  it("splits on lines, commas and semicolons, trims, drops blanks and repeats", () => {
    expect(splitList(" Accueil ;Crédit\n\nAccueil,  , Sinistres ")).toEqual(["Accueil", "Crédit", "Sinistres"]);
  });
});
