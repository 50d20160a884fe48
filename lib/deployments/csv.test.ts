import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { buildCasesCsv, casesCsvFileName, neutraliseFormula, toFrenchDate, toFrenchDateTime } from "@/lib/deployments/csv";
import type { TCaseListRow } from "@/lib/deployments/list";
import { MESSAGES } from "@/messages";

const t = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });
const label = (key: string) => t(key);

function row(overrides: Partial<TCaseListRow> = {}): TCaseListRow {
  return {
    id: "0b6d1c55-1111-4c55-9a65-0d1f6c1f2a11",
    localName: "Assistant Copilot",
    employer: { id: "e", legalName: "Société Générale d'Épargne", sector: "banque" },
    tool: { id: "t", vendor: "Microsoft", productName: "Copilot" },
    phase: "pilot",
    status: "consultation_open",
    concerns: ["surveillance", "job_cuts"],
    repInCharge: "Zoé Lefèvre",
    firstKnownOn: "2026-01-05",
    goLiveOn: null,
    nextDeadline: { kind: "consultation", dueOn: "2026-03-02", urgency: "overdue" },
    flags: [
      { ruleId: "F1", severity: "critical", status: "confirmed" },
      { ruleId: "F8", severity: "critical", status: "suspected" },
    ],
    updatedAt: new Date("2026-03-09T13:05:00Z"),
    ...overrides,
  };
}

/** The CSV's records, split the way a spreadsheet does (CRLF outside quotes). */
function lines(csv: string): string[] {
  return csv.replace(/^\uFEFF/, "").split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
}

describe("buildCasesCsv", () => {
  it("starts with a UTF-8 BOM, uses ; and CRLF, and has a French header", () => {
    const csv = buildCasesCsv([row()], label);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines(csv)[0]).toBe(
      "Nom du projet;Employeur;Secteur;Éditeur;Outil;Phase;Statut;Préoccupations;Élu en charge;Connu le;Mise en production;Prochaine échéance;Nature de l'échéance;Alerte;Alertes de conformité;Mis à jour le",
    );
  });

  it("writes French labels, dd/mm/yyyy dates and Paris time, accents intact", () => {
    const [, record] = lines(buildCasesCsv([row()], label));
    expect(record).toBe(
      "Assistant Copilot;Société Générale d'Épargne;Banque;Microsoft;Copilot;Pilote / expérimentation;Consultation ouverte;" +
        "Surveillance, Suppressions d'emplois;Zoé Lefèvre;05/01/2026;;02/03/2026;Avis du CSE;En retard;F1 (Confirmée), F8 (À vérifier);09/03/2026 14:05",
    );
  });

  it("quotes separators, quotes and line breaks so that each case stays one row", () => {
    const csv = buildCasesCsv([row({ localName: 'Projet "Atlas"; phase 2', repInCharge: "Ligne 1\nLigne 2", tool: { id: "t", vendor: "A\rB", productName: "X" } })], label);
    const records = lines(csv);
    expect(records).toHaveLength(2);
    expect(records[1]).toContain('"Projet ""Atlas""; phase 2"');
    expect(records[1]).toContain('"Ligne 1\nLigne 2"');
    expect(records[1]).toContain('"A\rB"');
  });

  it("neutralises formulas in every text cell", () => {
    const [, record] = lines(buildCasesCsv([row({ localName: "=HYPERLINK(\"http://x\")", repInCharge: "@SUM(A1)", employer: { id: "e", legalName: "+33 Banque", sector: "autre" }, tool: { id: "t", vendor: "-1+2", productName: "\tOutil" } })], label));
    expect(record).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)";'\+33 Banque;Autre;'-1\+2;'\tOutil;/);
    expect(record).toContain(";'@SUM(A1);");
  });

  it("leaves empty cells empty when a case has no rep, go-live, deadline or flag", () => {
    const [, record] = lines(buildCasesCsv([row({ repInCharge: null, nextDeadline: null, concerns: [], flags: [] })], label));
    expect(record).toBe("Assistant Copilot;Société Générale d'Épargne;Banque;Microsoft;Copilot;Pilote / expérimentation;Consultation ouverte;;;05/01/2026;;;;;;09/03/2026 14:05");
  });
});

describe("CSV helpers", () => {
  it("neutraliseFormula only touches dangerous first characters", () => {
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula("-")).toBe("'-");
    expect(neutraliseFormula("Banque = assurance")).toBe("Banque = assurance");
    expect(neutraliseFormula("")).toBe("");
  });

  it("formats dates the French way, in Paris time across DST", () => {
    expect(toFrenchDate("2026-12-31")).toBe("31/12/2026");
    expect(toFrenchDate(null)).toBe("");
    expect(toFrenchDateTime(new Date("2026-07-01T22:30:00Z"))).toBe("02/07/2026 00:30");
    expect(casesCsvFileName("2026-03-09")).toBe("vigie-dossiers-2026-03-09.csv");
  });
});
