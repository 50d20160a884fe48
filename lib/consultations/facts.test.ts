import { describe, expect, it } from "vitest";

import { computeDeadlines } from "./deadlines";
import { EMPTY_RECORD, missingDocuments, readAccordDelays, readOverrides, toConsultationFacts } from "./facts";

describe("toConsultationFacts", () => {
  it("turns unknown dates into absent facts and keeps the accord and the overrides", () => {
    const record = {
      ...EMPTY_RECORD,
      infoCommunicatedDate: "2026-01-31",
      expert: { ...EMPTY_RECORD.expert, isAppointed: true, firm: "Cabinet Syndex", designationDate: "2026-02-02" },
      overrides: { court_referral: { date: "2026-03-01", reason: "Avancée" } },
    };
    const facts = toConsultationFacts(record, { withExpert: { days: 45 } });
    expect(facts).toEqual({
      infoCommunicatedDate: "2026-01-31",
      bdeseNoticeDate: undefined,
      isMultiLevel: false,
      expert: { isAppointed: true, deliberationDate: undefined, designationDate: "2026-02-02", infoRequestDate: undefined, costNoticeDate: undefined },
      accord: { withExpert: { days: 45 } },
      avisDate: undefined,
      overrides: { court_referral: { date: "2026-03-01", reason: "Avancée" } },
    });
    expect(computeDeadlines(facts).deadlines.find((deadline) => deadline.id === "consultation")?.dueDate).toBe("2026-03-17");
  });
});

describe("readAccordDelays", () => {
  it("reads no accord as the legal delays", () => {
    expect(readAccordDelays(null)).toEqual({ isValid: true });
  });

  it("reads a valid accord", () => {
    expect(readAccordDelays({ simple: { days: 20 } })).toEqual({ delays: { simple: { days: 20 } }, isValid: true });
  });

  it.each([[{ simple: { days: 10 } }], [{ simple: "un mois" }], [{ other: { days: 30 } }]])("reports %j as unreadable rather than half-using it", (value) => {
    expect(readAccordDelays(value)).toEqual({ isValid: false });
  });
});

describe("readOverrides", () => {
  it("keeps well-formed overrides and drops anything else", () => {
    expect(readOverrides({ consultation: { date: "2026-05-15", reason: "Juge" } })).toEqual({ consultation: { date: "2026-05-15", reason: "Juge" } });
    expect(readOverrides({ consultation: { date: "15/05/2026", reason: "Juge" } })).toEqual({});
    expect(readOverrides(null)).toEqual({});
  });
});

describe("missingDocuments", () => {
  it("lists the checklist documents not received, in checklist order", () => {
    expect(missingDocuments(["dpia", "project_note", "data_flows", "vendor_and_model", "training_plan", "duerp_update", "environmental_data"])).toEqual([
      "ai_act_classification",
      "jobs_workload_impact",
    ]);
  });
});
