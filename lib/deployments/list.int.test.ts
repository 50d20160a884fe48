import { describe, expect, it } from "vitest";

import { addDays, todayInParis } from "@/lib/consultations/calendar-date";
import { buildCasesCsv } from "@/lib/deployments/csv";
import { getCaseListOptions, listCases, listCasesForExport, searchCaseListEmployers } from "@/lib/deployments/list";
import { EMPLOYER_SEARCH_RESULTS, parseCaseListQuery } from "@/lib/deployments/list-schemas";
import { AppError } from "@/lib/errors";
import { createActor, createEmployer } from "@/tests/factories";
import { createDeadline, setUpdatedAt } from "@/tests/factories/case-list";
import { createCase, createTool } from "@/tests/factories/cases";

const query = (params: Record<string, string> = {}) => parseCaseListQuery(params).query;
const names = async (...args: Parameters<typeof listCases>) => (await listCases(...args)).rows.map((row) => row.localName).sort();

/** Two employers in two sectors, a rep on the bank, and cases that differ on one field each. */
async function seedKnownCases() {
  const bank = await createEmployer({ legalName: "Banque Étoile", sector: "banque" });
  const insurer = await createEmployer({ legalName: "Assureur Phare", sector: "assurance" });
  const rep = await createActor("rep", { employerIds: [bank.id] });
  const admin = await createActor("admin");
  const copilot = await createTool({ vendor: "Microsoft", productName: "Copilot" });
  const scorer = await createTool({ vendor: "Callmetrix", productName: "Score 100%" });
  const cases = {
    copilot: await createCase(bank.id, { localName: "Copilot agences", toolId: copilot.id, status: "consultation_open", phase: "pilot", concerns: ["surveillance"], repInChargeId: rep.id }),
    scoring: await createCase(bank.id, { localName: "Notation des appels", toolId: scorer.id, status: "reported", phase: "rumour", description: "Écoute des conseillers" }),
    claims: await createCase(insurer.id, { localName: "Tri des sinistres", toolId: copilot.id, status: "reported", phase: "production", concerns: ["job_cuts"] }),
  };
  return { bank, insurer, rep, admin, copilot, scorer, cases };
}

describe("case list scope", () => {
  it("a rep sees only their employers' cases, even when asking for another employer", async () => {
    const { rep, insurer, cases } = await seedKnownCases();
    expect(await names(rep, query())).toEqual(["Copilot agences", "Notation des appels"]);
    const foreign = await listCases(rep, query({ employer: insurer.id }));
    expect(foreign).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1 });
    expect(await listCasesForExport(rep, query({ employer: insurer.id }))).toEqual([]);
    expect((await listCasesForExport(rep, query())).map((row) => row.id)).not.toContain(cases.claims.id);
  });

  it("offers as filter options only what the actor may see", async () => {
    const { rep, admin, bank, scorer } = await seedKnownCases();
    const options = await getCaseListOptions(rep);
    expect(options.employers?.map((employer) => employer.legalName)).toEqual([bank.legalName]);
    expect(options.vendors).toEqual(["Callmetrix", "Microsoft"]);
    expect(options.tools.map((tool) => tool.id)).toContain(scorer.id);
    expect(options.reps.map((person) => person.id)).toEqual([rep.id]);
    expect((await getCaseListOptions(admin)).employers).toHaveLength(2);
  });

  it("lists employers up to the limit, then leaves them to the search and keeps the filtered one", async () => {
    const { rep, admin, bank, insurer } = await seedKnownCases();
    expect(await getCaseListOptions(admin, insurer.id, 2)).toMatchObject({ employers: [{ id: insurer.id }, { id: bank.id }], selectedEmployer: { id: insurer.id } });
    const many = await getCaseListOptions(admin, insurer.id, 1);
    expect(many.employers).toBeNull();
    expect(many.selectedEmployer).toEqual({ id: insurer.id, legalName: insurer.legalName });
    expect((await getCaseListOptions(admin, undefined, 1)).selectedEmployer).toBeNull();
    // A rep filtering on an employer they do not follow gets no name for it, listed or searched.
    expect((await getCaseListOptions(rep, insurer.id, 1)).selectedEmployer).toBeNull();
    expect((await getCaseListOptions(rep, insurer.id)).selectedEmployer).toBeNull();
  });

  it("searches employers by part of their name, case-insensitive, among those the actor may read", async () => {
    const { rep, admin, bank, insurer } = await seedKnownCases();
    await createEmployer({ legalName: "Banque Sans Dossier", sector: "banque" });
    expect(await searchCaseListEmployers(admin, "ÉTOILE")).toEqual([{ id: bank.id, legalName: "Banque Étoile" }]);
    expect((await searchCaseListEmployers(admin, "an")).map((employer) => employer.id)).toEqual([bank.id]);
    expect((await searchCaseListEmployers(admin, "r P")).map((employer) => employer.id)).toEqual([insurer.id]);
    expect(await searchCaseListEmployers(rep, "Phare")).toEqual([]);
    expect(await searchCaseListEmployers(rep, "Banque")).toEqual([{ id: bank.id, legalName: "Banque Étoile" }]);
    // The first EMPLOYER_SEARCH_RESULTS by name, however many match.
    for (let index = 1; index <= EMPLOYER_SEARCH_RESULTS; index += 1) {
      const employer = await createEmployer({ legalName: `Groupe Vingt ${String(index).padStart(2, "0")}`, sector: "assurance" });
      await createCase(employer.id, { localName: `Dossier ${index}` });
    }
    const twenty = await searchCaseListEmployers(admin, "groupe vingt");
    expect(twenty.map((employer) => employer.legalName)).toEqual(Array.from({ length: EMPLOYER_SEARCH_RESULTS }, (_, index) => `Groupe Vingt ${String(index + 1).padStart(2, "0")}`));
    expect(await searchCaseListEmployers(admin, "Vingt 20")).toHaveLength(1);
    await createCase((await createEmployer({ legalName: "Groupe Vingt 00", sector: "banque" })).id, { localName: "Dossier 0" });
    expect((await searchCaseListEmployers(admin, "groupe vingt"))[0]!.legalName).toBe("Groupe Vingt 00");
    expect(await searchCaseListEmployers(admin, "groupe vingt")).toHaveLength(EMPLOYER_SEARCH_RESULTS);
    // LIKE's wildcards are taken literally.
    expect(await searchCaseListEmployers(admin, "%")).toEqual([]);
    expect(await searchCaseListEmployers(admin, "_a")).toEqual([]);
  });

  it("refuses viewers outright", async () => {
    const { bank } = await seedKnownCases();
    const viewer = await createActor("viewer", { employerIds: [bank.id] });
    for (const attempt of [listCases(viewer, query()), listCasesForExport(viewer, query()), getCaseListOptions(viewer), searchCaseListEmployers(viewer, "Banque")]) {
      await expect(attempt).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === "forbidden");
    }
  });
});

describe("case list filters", () => {
  it("each filter narrows the list to the matching cases", async () => {
    const { admin, bank, rep, copilot } = await seedKnownCases();
    expect(await names(admin, query())).toHaveLength(3);
    expect(await names(admin, query({ employer: bank.id }))).toEqual(["Copilot agences", "Notation des appels"]);
    expect(await names(admin, query({ sector: "assurance" }))).toEqual(["Tri des sinistres"]);
    expect(await names(admin, query({ phase: "rumour" }))).toEqual(["Notation des appels"]);
    expect(await names(admin, query({ status: "reported" }))).toEqual(["Notation des appels", "Tri des sinistres"]);
    expect(await names(admin, query({ tool: copilot.id }))).toEqual(["Copilot agences", "Tri des sinistres"]);
    expect(await names(admin, query({ vendor: "Callmetrix" }))).toEqual(["Notation des appels"]);
    expect(await names(admin, query({ concern: "job_cuts" }))).toEqual(["Tri des sinistres"]);
    expect(await names(admin, query({ rep: rep.id }))).toEqual(["Copilot agences"]);
    expect(await names(admin, query({ status: "reported", sector: "banque" }))).toEqual(["Notation des appels"]);
  });

  it("searches, case-insensitively, the name, description, employer and tool", async () => {
    const { admin } = await seedKnownCases();
    expect(await names(admin, query({ q: "SINISTRES" }))).toEqual(["Tri des sinistres"]);
    expect(await names(admin, query({ q: "écoute" }))).toEqual(["Notation des appels"]);
    expect(await names(admin, query({ q: "phare" }))).toEqual(["Tri des sinistres"]);
    expect(await names(admin, query({ q: "microsoft" }))).toEqual(["Copilot agences", "Tri des sinistres"]);
    // LIKE wildcards typed by a user are literal characters.
    expect(await names(admin, query({ q: "100%" }))).toEqual(["Notation des appels"]);
    expect(await names(admin, query({ q: "_" }))).toEqual([]);
  });

  it("filters overdue and due-soon from open CaseDeadline rows and shows the next one", async () => {
    const { admin, cases } = await seedKnownCases();
    await createDeadline(cases.copilot.id, "consultation", -1);
    await createDeadline(cases.copilot.id, "expert_report", 20);
    await createDeadline(cases.scoring.id, "consultation", 7);
    await createDeadline(cases.claims.id, "consultation", -30, { done: true });
    await createDeadline(cases.claims.id, "expert_report", 8);

    expect(await names(admin, query({ deadline: "overdue" }))).toEqual(["Copilot agences"]);
    expect(await names(admin, query({ deadline: "due_soon" }))).toEqual(["Notation des appels"]);
    const rows = (await listCases(admin, query({ sort: "deadline" }))).rows;
    const today = todayInParis();
    expect(rows.map((row) => [row.localName, row.nextDeadline])).toEqual([
      ["Copilot agences", { kind: "consultation", dueOn: addDays(today, -1), urgency: "overdue" }],
      ["Notation des appels", { kind: "consultation", dueOn: addDays(today, 7), urgency: "due_soon" }],
      ["Tri des sinistres", { kind: "expert_report", dueOn: addDays(today, 8), urgency: null }],
    ]);
  });
});

describe("case list paging and order", () => {
  /** Seven cases at one employer, updated one day apart (ties on purpose for two of them). */
  async function sevenCases() {
    const employer = await createEmployer();
    const admin = await createActor("admin");
    const ids: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      const created = await createCase(employer.id, { localName: `Cas ${index}` });
      await setUpdatedAt(created.id, new Date(Date.UTC(2026, 0, Math.min(index, 5) + 1)));
      ids.push(created.id);
    }
    return { admin, ids };
  }

  it("pages cover every case once, with the total and the page count", async () => {
    const { admin, ids } = await sevenCases();
    const pages = await Promise.all([1, 2, 3].map((page) => listCases(admin, query({ pageSize: "3", page: String(page) }))));
    expect(pages.map((page) => page.rows.length)).toEqual([3, 3, 1]);
    expect(pages.every((page) => page.total === 7 && page.pageCount === 3)).toBe(true);
    expect(new Set(pages.flatMap((page) => page.rows.map((row) => row.id)))).toEqual(new Set(ids));
    expect(pages[0]!.rows[2]!.updatedAt.getTime()).toBeGreaterThanOrEqual(pages[1]!.rows[0]!.updatedAt.getTime());
    const past = await listCases(admin, query({ pageSize: "3", page: "99" }));
    expect(past.page).toBe(3);
    expect(past.rows.map((row) => row.id)).toEqual(pages[2]!.rows.map((row) => row.id));
  });

  it("sorts by next deadline across pages: dated cases in order, then the others", async () => {
    const { admin, ids } = await sevenCases();
    await createDeadline(ids[0]!, "consultation", 5);
    await createDeadline(ids[1]!, "consultation", -2);
    await createDeadline(ids[2]!, "consultation", 30);
    await createDeadline(ids[2]!, "expert_report", 1);
    const walk = async (dir: "asc" | "desc") =>
      (await Promise.all([1, 2, 3].map((page) => listCases(admin, query({ sort: "deadline", dir, pageSize: "3", page: String(page) })))))
        .flatMap((page) => page.rows.map((row) => row.id));
    const asc = await walk("asc");
    expect(asc.slice(0, 3)).toEqual([ids[1], ids[2], ids[0]]);
    // Then the cases without an open deadline, last updated first; the tie (5 and 6) broken by id.
    const tied = [ids[5]!, ids[6]!].sort();
    expect(asc.slice(3)).toEqual([...tied, ids[4], ids[3]]);
    expect((await walk("desc")).slice(0, 3)).toEqual([ids[0], ids[2], ids[1]]);
  });

  it("the export holds exactly the pages of the list, in the same order, one CSV row per case", async () => {
    const { admin, ids } = await sevenCases();
    await createDeadline(ids[3]!, "consultation", 2);
    for (const params of [{}, { sort: "deadline" }, { sort: "employer", dir: "desc" }] as Record<string, string>[]) {
      const pages = await Promise.all([1, 2, 3].map((page) => listCases(admin, query({ ...params, pageSize: "3", page: String(page) }))));
      const exported = await listCasesForExport(admin, query(params));
      expect(exported).toEqual(pages.flatMap((page) => page.rows));
      const csv = buildCasesCsv(exported, (key) => key);
      expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1 + ids.length);
    }
  });
});
