// Unions as tenants (issue 15, points 1, 2 and 4): two unions at one employer never see each other's
// records; a member's report is read by the unions present (or the one chosen); the shared catalogue
// changes only with the other unions' agreement; the federation sees aggregates only.
import { describe, expect, it } from "vitest";

import { getPool, prisma } from "@/lib/db";
import { listCases } from "@/lib/deployments/list";
import { parseCaseListQuery } from "@/lib/deployments/list-schemas";
import { getFederationView } from "@/lib/federation/queries";
import { flushIntake } from "@/lib/reports/flush-intake";
import { getReportForReporter, openReportByReceipt } from "@/lib/reports/follow-up";
import { submitReportFromJson } from "@/lib/reports/public-intake";
import { getReportForTriage, listReportInbox } from "@/lib/reports/triage/queries";
import { replyToReporter } from "@/lib/reports/triage/reply-to-reporter";
import { parseInboxQuery } from "@/lib/reports/triage/schemas";
import { answerToolCorrection } from "@/lib/tools/answer-correction";
import { arbitrateToolCorrection } from "@/lib/tools/arbitrate-correction";
import { getTool, listTools } from "@/lib/tools/queries";
import { updateTool } from "@/lib/tools/save-tool";
import { createUnion } from "@/lib/unions/create-union";
import { setUnionPresence } from "@/lib/unions/set-presence";
import { setUserUnion } from "@/lib/unions/set-user-union";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase, createTool } from "@/tests/factories/cases";
import { testUnion } from "@/tests/factories/unions";
import { fromClient } from "@/tests/setup/client-headers";
import { expectAppError } from "@/tests/setup/expect-app-error";

async function twoUnionsAtOneEmployer() {
  const unionA = await testUnion("Union A", "UA");
  const unionB = await testUnion("Union B", "UB");
  const employer = await createEmployer({ unionIds: [unionA, unionB] });
  const repA = await createActor("rep", { employerIds: [employer.id], unionId: unionA });
  const repB = await createActor("rep", { employerIds: [employer.id], unionId: unionB });
  return { unionA, unionB, employer, repA, repB };
}

const TOOL_FIELDS = (tool: { vendor: string; productName: string }) => ({
  vendor: tool.vendor,
  productName: tool.productName,
  underlyingModel: null,
  functions: ["call_scoring" as const, "voice_emotion_analysis" as const],
  dataCategories: ["voice" as const],
  dataProcessed: null,
  hostingRegion: "outside_eu" as const,
  trainsOnCustomerData: "unknown" as const,
  trainsOnEmployeeData: "unknown" as const,
});

describe("two unions at one employer", () => {
  it("each rep lists and opens only their union's cases", async () => {
    const { unionA, unionB, employer, repA, repB } = await twoUnionsAtOneEmployer();
    const caseA = await createCase(employer.id, { unionId: unionA, localName: "Dossier de A" });
    await createCase(employer.id, { unionId: unionB, localName: "Dossier de B" });
    const { query } = parseCaseListQuery({});
    expect((await listCases(repA, query)).rows.map((row) => row.localName)).toEqual(["Dossier de A"]);
    expect((await listCases(repB, query)).rows.map((row) => row.localName)).toEqual(["Dossier de B"]);
    const admin = await createActor("admin");
    expect((await listCases(admin, query)).total).toBe(2);
    const { getCase } = await import("@/lib/deployments/queries");
    await expectAppError(getCase(repB, caseA.id), "not_found");
  });

  it("a member's report is copied to each union present, each triages its own copy, the reporter reads every answer", async () => {
    const { unionA, employer, repA, repB } = await twoUnionsAtOneEmployer();
    const { result } = await submitReportFromJson({ employerId: employer.id, whatItDoes: "Un outil note nos appels et nos émotions." }, fromClient("198.51.100.20"));
    if (!result.ok) throw new Error("refused");
    expect(await flushIntake({ includeCurrent: true })).toMatchObject({ reports: 2 });
    const copies = await prisma.memberReport.findMany({ select: { id: true, unionId: true, receiptHash: true } });
    expect(new Set(copies.map((copy) => copy.receiptHash)).size).toBe(1);
    const copyA = copies.find((copy) => copy.unionId === unionA)!;
    const copyB = copies.find((copy) => copy.unionId !== unionA)!;
    const inboxA = JSON.stringify(await listReportInbox(repA, parseInboxQuery({})));
    expect(inboxA).toContain(copyA.id);
    expect(inboxA).not.toContain(copyB.id);
    await getReportForTriage(repA, copyA.id);
    await expectAppError(getReportForTriage(repA, copyB.id), "not_found");
    await replyToReporter(repA, { reportId: copyA.id, body: "Ici le syndicat A.", askForInformation: false });
    await replyToReporter(repB, { reportId: copyB.id, body: "Ici le syndicat B.", askForInformation: false });
    const opened = await openReportByReceipt({ receipt: result.data.receipt }, { address: "198.51.100.20" });
    const view = await getReportForReporter(opened.reportId);
    expect(view?.messages.filter((message) => message.from === "union").map((message) => [message.unionName, message.body]).sort()).toEqual([
      ["UA", "Ici le syndicat A."],
      ["UB", "Ici le syndicat B."],
    ]);
    expect(view?.readers.map((reader) => reader.shortName).sort()).toEqual(["UA", "UB"]);
    // One union opens a case from its copy: the reporter's headline says so whichever copy the receipt
    // names (it once showed the named copy's status, and the receipt names either copy).
    await prisma.memberReport.update({ where: { id: copyB.id }, data: { status: "linked" } });
    for (const copy of [copyA, copyB]) {
      const seen = await getReportForReporter(copy.id);
      expect(seen?.status).toBe("in_case");
      expect(seen?.readers.map((reader) => [reader.shortName, reader.status]).sort()).toEqual([
        ["UA", "received"],
        ["UB", "in_case"],
      ]);
    }
  });

  it("a member who chooses one union reaches that union only; a union absent from the employer is refused", async () => {
    const { unionB, employer } = await twoUnionsAtOneEmployer();
    const absent = await testUnion("Union C", "UC");
    const refused = await submitReportFromJson({ employerId: employer.id, unionId: absent, whatItDoes: "Un outil note nos appels et nos émotions." }, fromClient("198.51.100.21"));
    expect(refused.result.ok).toBe(false);
    const { result } = await submitReportFromJson({ employerId: employer.id, unionId: unionB, whatItDoes: "Un outil note nos appels et nos émotions." }, fromClient("198.51.100.22"));
    expect(result.ok).toBe(true);
    await flushIntake({ includeCurrent: true });
    expect(await prisma.memberReport.findMany({ select: { unionId: true } })).toEqual([{ unionId: unionB }]);
  });
});

describe("the shared catalogue between unions", () => {
  it("a rep changes a tool only their union uses at once; counts are their union's", async () => {
    const { unionA, unionB, employer, repA } = await twoUnionsAtOneEmployer();
    const tool = await createTool();
    await createCase(employer.id, { unionId: unionA, toolId: tool.id });
    const other = await createTool();
    await createCase(employer.id, { unionId: unionB, toolId: other.id });
    expect(await updateTool(repA, { id: tool.id, ...TOOL_FIELDS(tool) })).toEqual({ id: tool.id });
    expect((await prisma.aiTool.findUniqueOrThrow({ where: { id: tool.id } })).hostingRegion).toBe("outside_eu");
    const rows = await listTools(repA);
    expect(rows.find((row) => row.id === other.id)).toMatchObject({ caseCount: 0, employerCount: 0 });
    expect((await getTool(repA, other.id)).caseCount).toBe(0);
  });

  it("a tool another union uses changes only once that union accepts; it is told; a refusal changes nothing", async () => {
    const { unionA, unionB, employer, repA, repB } = await twoUnionsAtOneEmployer();
    const tool = await createTool();
    await createCase(employer.id, { unionId: unionA, toolId: tool.id });
    await createCase(employer.id, { unionId: unionB, toolId: tool.id });
    const first = await updateTool(repA, { id: tool.id, ...TOOL_FIELDS(tool) });
    expect(first.correctionId).toBeDefined();
    expect((await prisma.aiTool.findUniqueOrThrow({ where: { id: tool.id } })).hostingRegion).toBe("unknown");
    expect(await prisma.notification.findMany({ where: { event: "tool_correction_proposed" }, select: { userId: true, unionId: true } })).toEqual([{ userId: repB.id, unionId: unionB }]);
    // The proposing union cannot answer its own proposal.
    await expectAppError(answerToolCorrection(repA, { correctionId: first.correctionId!, accept: true }), "not_found");
    expect(await answerToolCorrection(repB, { correctionId: first.correctionId!, accept: true })).toEqual({ status: "accepted" });
    const changed = await prisma.aiTool.findUniqueOrThrow({ where: { id: tool.id } });
    expect(changed.hostingRegion).toBe("outside_eu");
    expect(changed.functions).toContain("voice_emotion_analysis");

    const second = await updateTool(repA, { id: tool.id, ...TOOL_FIELDS(tool), hostingRegion: "france" });
    expect(await answerToolCorrection(repB, { correctionId: second.correctionId!, accept: false })).toEqual({ status: "refused" });
    expect((await prisma.aiTool.findUniqueOrThrow({ where: { id: tool.id } })).hostingRegion).toBe("outside_eu");
  });

  it("an admin arbitrates a pending correction", async () => {
    const { unionA, unionB, employer, repA } = await twoUnionsAtOneEmployer();
    const tool = await createTool();
    await createCase(employer.id, { unionId: unionA, toolId: tool.id });
    await createCase(employer.id, { unionId: unionB, toolId: tool.id });
    const { correctionId } = await updateTool(repA, { id: tool.id, ...TOOL_FIELDS(tool) });
    const admin = await createActor("admin");
    await expectAppError(arbitrateToolCorrection(repA, { correctionId: correctionId!, accept: true }), "forbidden");
    expect(await arbitrateToolCorrection(admin, { correctionId: correctionId!, accept: true })).toEqual({ status: "accepted" });
    expect((await prisma.aiTool.findUniqueOrThrow({ where: { id: tool.id } })).hostingRegion).toBe("outside_eu");
    await expectAppError(arbitrateToolCorrection(admin, { correctionId: correctionId!, accept: false }), "not_found");
  });
});

describe("the federation view", () => {
  it("an instance-wide viewer sees counts per union, small ones protected; a union's viewer and a rep get not_found", async () => {
    const { unionA, employer, repA } = await twoUnionsAtOneEmployer();
    for (let index = 0; index < 5; index += 1) await createCase(employer.id, { unionId: unionA });
    const federation = await createActor("viewer", { unionId: null });
    const view = await getFederationView(federation);
    expect(view.unions.find((row) => row.shortName === "UA")?.cases).toEqual({ kind: "exact", value: 5 });
    expect(view.unions.find((row) => row.shortName === "UB")?.cases).toEqual({ kind: "fewer_than", threshold: 5 });
    expect(JSON.stringify(view)).not.toContain(employer.legalName);
    await expectAppError(getFederationView(await createActor("viewer", { unionId: unionA })), "not_found");
    await expectAppError(getFederationView(repA), "not_found");
  });
});

describe("managing unions", () => {
  it("admins create unions (names unique), place them at employers, and put accounts in them", async () => {
    const admin = await createActor("admin");
    const { id } = await createUnion(admin, { name: "Force ouvrière", shortName: "FO" });
    await expectAppError(createUnion(admin, { name: "Force ouvrière", shortName: "FO2" }), "conflict", "name");
    const employer = await createEmployer({ unionIds: [] });
    await setUnionPresence(admin, { unionId: id, employerId: employer.id, present: true });
    const rep = await createActor("rep", { employerIds: [employer.id], unionId: null });
    await expectAppError(setUserUnion(admin, { userId: rep.id, unionId: null }), "invalid", "unionId");
    await setUserUnion(admin, { userId: rep.id, unionId: id });
    await createCase(employer.id, { unionId: id });
    // A union keeps its presence while it has records there.
    await expectAppError(setUnionPresence(admin, { unionId: id, employerId: employer.id, present: false }), "conflict");
    await expectAppError(createUnion(rep, { name: "Autre", shortName: "AU" }), "forbidden");
    const { rows } = await getPool().query("SELECT action FROM audit_events WHERE action LIKE 'union.%' OR action = 'user.union' ORDER BY id");
    expect(rows.map((row: { action: string }) => row.action)).toEqual(["union.create", "union.employer.add", "user.union"]);
  });
});
