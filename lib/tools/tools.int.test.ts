import { describe, expect, it } from "vitest";

import { getPool, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mergeTools } from "@/lib/tools/merge-tools";
import { getTool, listTools, searchTools } from "@/lib/tools/queries";
import { createTool, updateTool } from "@/lib/tools/save-tool";
import { ZMergeTools, ZToolInput, ZUpdateTool } from "@/lib/tools/schemas";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase, createTool as insertTool } from "@/tests/factories/cases";

const MISSING_ID = "00000000-0000-4000-8000-000000000000";

function toolInput(overrides: Record<string, unknown> = {}) {
  return ZToolInput.parse({
    vendor: "Microsoft",
    productName: "Copilot",
    underlyingModel: "GPT-4o (Azure OpenAI)",
    functions: ["office_assistant"],
    dataCategories: ["employee"],
    dataProcessed: "Courriels et documents",
    hostingRegion: "eu",
    trainsOnCustomerData: "no",
    trainsOnEmployeeData: "unknown",
    ...overrides,
  });
}

async function failureOf(promise: Promise<unknown>) {
  return promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof AppError ? { code: error.code, field: error.field, messageKey: error.messageKey, details: error.details } : error),
  );
}

/** Every row of the catalogue, cases and audit trail: a refused call must leave them as they were. */
async function tablesNow() {
  const read = async (table: string) => (await getPool().query(`SELECT * FROM ${table} ORDER BY 1`)).rows;
  return { tools: await read("ai_tools"), cases: await read("deployments"), audit: await read("audit_events") };
}

describe("catalogue access", () => {
  it("a viewer can neither read nor add", async () => {
    const tool = await insertTool();
    const viewer = await createActor("viewer");
    const before = await tablesNow();
    expect(await failureOf(listTools(viewer))).toMatchObject({ code: "forbidden" });
    expect(await failureOf(getTool(viewer, tool.id))).toMatchObject({ code: "forbidden" });
    expect(await failureOf(searchTools(viewer, ""))).toMatchObject({ code: "forbidden" });
    expect(await failureOf(createTool(viewer, toolInput()))).toMatchObject({ code: "forbidden" });
    expect(await failureOf(updateTool(viewer, { ...toolInput({ productName: "Autre" }), id: tool.id }))).toMatchObject({ code: "forbidden" });
    expect(await tablesNow()).toEqual(before);
  });

  it("a rep learns other employers' usage only as counts", async () => {
    const mine = await createEmployer({ legalName: "Banque A" });
    const other = await createEmployer({ legalName: "Assureur B" });
    const rep = await createActor("rep", { employerIds: [mine.id] });
    const admin = await createActor("admin");
    const tool = await insertTool();
    await createCase(mine.id, { toolId: tool.id });
    await createCase(other.id, { toolId: tool.id });
    await createCase(other.id, { toolId: tool.id });

    const seenByRep = await getTool(rep, tool.id);
    expect(seenByRep).toMatchObject({ employerCount: 2, caseCount: 3 });
    expect(seenByRep.usedBy).toEqual([{ id: mine.id, legalName: "Banque A", caseCount: 1 }]);
    expect((await getTool(admin, tool.id)).usedBy.map((employer) => [employer.legalName, employer.caseCount])).toEqual([
      ["Assureur B", 2],
      ["Banque A", 1],
    ]);
    expect(await failureOf(getTool(rep, MISSING_ID))).toMatchObject({ code: "not_found" });
    expect(await failureOf(getTool(rep, "not-a-uuid"))).toMatchObject({ code: "not_found" });
  });
});

describe("catalogue listing and search", () => {
  it("sorts by vendor then name, counts employers and cases, searches vendor, name and model", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const gemini = await insertTool({ vendor: "Google", productName: "Gemini", underlyingModel: "Gemini 2.5" });
    await insertTool({ vendor: "Crédit Analytics", productName: "Score", dedupeKey: "credit analytics|score" });
    const copilot = await insertTool({ vendor: "Microsoft", productName: "Copilot", underlyingModel: "GPT-4o" });
    await createCase(employer.id, { toolId: copilot.id });
    await createCase(employer.id, { toolId: copilot.id });

    const all = await listTools(rep);
    expect(all.map((tool) => [tool.vendor, tool.productName, tool.employerCount, tool.caseCount])).toEqual([
      ["Crédit Analytics", "Score", 0, 0],
      ["Google", "Gemini", 0, 0],
      ["Microsoft", "Copilot", 1, 2],
    ]);
    expect((await listTools(rep, { q: "gpt" })).map((tool) => tool.id)).toEqual([copilot.id]);
    expect((await listTools(rep, { q: "GOOGLE" })).map((tool) => tool.id)).toEqual([gemini.id]);
    // Accent-blind, through the folded key.
    expect((await listTools(rep, { q: "credit" })).map((tool) => tool.productName)).toEqual(["Score"]);
    expect(await listTools(rep, { q: "Watson" })).toEqual([]);
    expect(await searchTools(rep, "", 2)).toEqual([
      { id: expect.any(String), vendor: "Crédit Analytics", productName: "Score" },
      { id: gemini.id, vendor: "Google", productName: "Gemini" },
    ]);
  });
});

describe("duplicates", () => {
  it("refuses the same vendor and name after normalisation, on create, naming the existing entry", async () => {
    const rep = await createActor("rep");
    const { id } = await createTool(rep, toolInput());
    const before = await tablesNow();
    const failure = await failureOf(createTool(rep, toolInput({ vendor: "microsoft ", productName: "  COPILOT." })));
    expect(failure).toEqual({
      code: "conflict",
      field: "productName",
      messageKey: "tools.validation.duplicate",
      details: { duplicateOf: { id, vendor: "Microsoft", productName: "Copilot" } },
    });
    expect(await tablesNow()).toEqual(before);
  });

  it("refuses renaming an entry onto another, but lets an entry keep its own name", async () => {
    const admin = await createActor("admin");
    const copilot = await createTool(admin, toolInput());
    const gemini = await createTool(admin, toolInput({ vendor: "Google", productName: "Gemini" }));
    const before = await tablesNow();
    const failure = await failureOf(updateTool(admin, ZUpdateTool.parse({ ...toolInput({ vendor: "Micro-soft", productName: "copilot" }), id: gemini.id })));
    // "Micro-soft" folds to "micro soft": a different vendor, so that rename is allowed...
    expect(failure).toBe("resolved");
    const renamed = await tablesNow();
    expect(renamed).not.toEqual(before);
    // ...but "MICROSOFT" is the same one.
    expect(await failureOf(updateTool(admin, { ...toolInput({ vendor: "MICROSOFT" }), id: gemini.id }))).toMatchObject({
      code: "conflict",
      field: "productName",
      details: { duplicateOf: { id: copilot.id } },
    });
    expect(await tablesNow()).toEqual(renamed);
    expect(await failureOf(updateTool(admin, { ...toolInput({ vendor: " microsoft", underlyingModel: "GPT-5" }), id: copilot.id }))).toBe("resolved");
  });

  it("two simultaneous creations of one tool: one entry, the other gets the duplicate error", async () => {
    const rep = await createActor("rep");
    const results = await Promise.allSettled([createTool(rep, toolInput()), createTool(rep, toolInput({ vendor: "MICROSOFT" }))]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused && refused.status === "rejected" ? refused.reason : undefined).toMatchObject({ code: "conflict", messageKey: "tools.validation.duplicate" });
    expect(await prisma.aiTool.count()).toBe(1);
  });

  it("audits creation and each changed field", async () => {
    const rep = await createActor("rep");
    const { id } = await createTool(rep, toolInput());
    await updateTool(rep, { ...toolInput({ hostingRegion: "outside_eu" }), id });
    await updateTool(rep, { ...toolInput({ hostingRegion: "outside_eu" }), id }); // no change: no event
    const trail = await prisma.auditEvent.findMany({ where: { entityType: "tool", entityId: id }, orderBy: { id: "asc" } });
    expect(trail.map((event) => [event.action, event.actorId])).toEqual([
      ["tool.create", rep.id],
      ["tool.update", rep.id],
    ]);
    expect(trail[1]?.changes).toEqual({ hostingRegion: { before: "eu", after: "outside_eu" } });
  });
});

describe("merge", () => {
  it("moves every case to the kept entry, deletes the other and audits both, in one go", async () => {
    const [bank, insurer] = [await createEmployer(), await createEmployer()];
    const admin = await createActor("admin");
    const kept = await insertTool({ vendor: "Microsoft", productName: "Copilot" });
    const duplicate = await insertTool({ vendor: "Microsoft Corp", productName: "Copilot M365" });
    const keptCase = await createCase(bank.id, { toolId: kept.id });
    const moved = [await createCase(bank.id, { toolId: duplicate.id }), await createCase(insurer.id, { toolId: duplicate.id })];

    expect(await mergeTools(admin, ZMergeTools.parse({ keepId: kept.id, mergeId: duplicate.id, confirmed: true }))).toEqual({ id: kept.id, movedCases: 2 });

    expect(await prisma.aiTool.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const cases = await prisma.deployment.findMany({ select: { id: true, toolId: true, version: true } });
    expect(cases.every((row) => row.toolId === kept.id)).toBe(true);
    // Moved cases get a new version: a form opened before the merge must not save the old tool back.
    expect(cases.find((row) => row.id === keptCase.id)?.version).toBe(1);
    expect(cases.filter((row) => row.id !== keptCase.id).map((row) => row.version)).toEqual([2, 2]);
    const trail = await prisma.auditEvent.findMany({ where: { entityType: "tool" }, orderBy: { id: "asc" } });
    const movedIds = moved.map((row) => row.id).sort();
    expect(trail.map((event) => [event.action, event.entityId])).toEqual([
      ["tool.merge", kept.id],
      ["tool.merged-into", duplicate.id],
    ]);
    expect(trail[0]?.changes).toMatchObject({
      mergedFrom: { after: { id: duplicate.id, vendor: "Microsoft Corp", productName: "Copilot M365" } },
      casesMovedIn: { after: movedIds },
    });
    expect(trail[1]?.changes).toMatchObject({ mergedInto: { after: { id: kept.id } }, casesMovedOut: { before: movedIds } });
  });

  it("refuses a rep, an entry merged into itself and a missing entry, writing nothing", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const admin = await createActor("admin");
    const kept = await insertTool();
    const other = await insertTool();
    await createCase(employer.id, { toolId: other.id });
    const before = await tablesNow();
    expect(await failureOf(mergeTools(rep, { keepId: kept.id, mergeId: other.id, confirmed: true }))).toMatchObject({ code: "forbidden" });
    expect(await failureOf(mergeTools(admin, { keepId: kept.id, mergeId: kept.id, confirmed: true }))).toMatchObject({
      code: "invalid",
      field: "mergeId",
      messageKey: "tools.validation.mergeSelf",
    });
    expect(await failureOf(mergeTools(admin, { keepId: MISSING_ID, mergeId: other.id, confirmed: true }))).toMatchObject({ code: "not_found" });
    expect(await failureOf(mergeTools(admin, { keepId: kept.id, mergeId: MISSING_ID, confirmed: true }))).toMatchObject({
      code: "not_found",
      field: "mergeId",
    });
    expect(ZMergeTools.safeParse({ keepId: kept.id, mergeId: other.id, confirmed: false }).success).toBe(false);
    expect(await tablesNow()).toEqual(before);
  });
});
