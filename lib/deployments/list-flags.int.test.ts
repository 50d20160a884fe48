import { describe, expect, it } from "vitest";

import { buildCasesCsv } from "@/lib/deployments/csv";
import { listCases, listCasesForExport } from "@/lib/deployments/list";
import { parseCaseListQuery } from "@/lib/deployments/list-schemas";
import { prisma } from "@/lib/db";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { testUnion } from "@/tests/factories/unions";

const query = (params: Record<string, string> = {}) => parseCaseListQuery(params).query;
const names = async (...args: Parameters<typeof listCases>) => (await listCases(...args)).rows.map((row) => row.localName).sort();

/** Stored flags as the refresh writes them (lib/compliance/refresh-flags.ts), set directly. */
async function flag(deploymentId: string, ruleId: string, status: "confirmed" | "suspected") {
  await prisma.caseFlag.create({ data: { deploymentId, unionId: await testUnion(), ruleId, status, severity: ruleId === "F8" ? "critical" : "medium" } });
}

async function seedFlaggedCases() {
  const bank = await createEmployer({ legalName: "Banque Étoile" });
  const insurer = await createEmployer({ legalName: "Assureur Phare" });
  const rep = await createActor("rep", { employerIds: [bank.id] });
  const admin = await createActor("admin");
  const emotion = await createCase(bank.id, { localName: "Analyse vocale" });
  const training = await createCase(bank.id, { localName: "Copilot" });
  await createCase(bank.id, { localName: "Sans alerte" });
  const foreign = await createCase(insurer.id, { localName: "Tri des sinistres" });
  await flag(emotion.id, "F8", "confirmed");
  await flag(emotion.id, "F12", "suspected");
  await flag(training.id, "F12", "suspected");
  await flag(foreign.id, "F8", "confirmed");
  return { rep, admin };
}

describe("case list: filter by compliance flag", () => {
  it("any flag, one rule's, confirmed ones only — within the actor's scope", async () => {
    const { rep, admin } = await seedFlaggedCases();
    expect(await names(rep, query({ flag: "any" }))).toEqual(["Analyse vocale", "Copilot"]);
    expect(await names(rep, query({ flag: "F8" }))).toEqual(["Analyse vocale"]);
    expect(await names(rep, query({ flag: "F12", flagStatus: "confirmed" }))).toEqual([]);
    expect(await names(rep, query({ flagStatus: "confirmed" }))).toEqual(["Analyse vocale"]);
    expect(await names(rep, query({ flag: "any", flagStatus: "suspected" }))).toEqual(["Analyse vocale", "Copilot"]);
    expect(await names(admin, query({ flag: "F8", flagStatus: "confirmed" }))).toEqual(["Analyse vocale", "Tri des sinistres"]);
  });

  it("drops an unknown rule or status from the address instead of failing", () => {
    const { query: parsed, ignored } = parseCaseListQuery({ flag: "F99", flagStatus: "maybe" });
    expect(ignored).toEqual(["flag", "flagStatus"]);
    expect(parsed.flag).toBeUndefined();
  });

  it("shows each case's flags in rule order, and exports them in the flags column", async () => {
    const { rep } = await seedFlaggedCases();
    const { rows } = await listCases(rep, query({ flag: "F8" }));
    expect(rows[0]!.flags).toEqual([
      { ruleId: "F8", severity: "critical", status: "confirmed" },
      { ruleId: "F12", severity: "medium", status: "suspected" },
    ]);
    const csv = buildCasesCsv(await listCasesForExport(rep, query({ flag: "any" })), (key) => key);
    expect(csv).toContain("caseList.csv.flags");
    expect(csv).toContain("F8 (enums.flagStatus.confirmed), F12 (enums.flagStatus.suspected)");
  });
});
