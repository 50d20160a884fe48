import { describe, expect, it } from "vitest";

import { emptyFacts } from "@/components/cases/case-values";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { getPool, prisma } from "@/lib/db";
import { getReportForReporter } from "@/lib/reports/follow-up";
import { addInternalNote } from "@/lib/reports/triage/add-internal-note";
import { assignEmployer } from "@/lib/reports/triage/assign-employer";
import { changeReportStatus } from "@/lib/reports/triage/change-report-status";
import { createCaseFromReport } from "@/lib/reports/triage/create-case-from-report";
import { REPORT_LINKED_TITLE } from "@/lib/reports/triage/link";
import { linkReportToCase } from "@/lib/reports/triage/link-report-to-case";
import { markDuplicate } from "@/lib/reports/triage/mark-duplicate";
import { getCasePrefillFromReport, getReportForTriage, getTriageOptions, listReportInbox } from "@/lib/reports/triage/queries";
import { replyToReporter } from "@/lib/reports/triage/reply-to-reporter";
import { INBOX_PAGE_SIZE, parseInboxQuery, ZCaseFromReport, type TCaseFromReport } from "@/lib/reports/triage/schemas";
import { getCaseWorkflow } from "@/lib/workflow/queries";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase, createTool } from "@/tests/factories/cases";
import { addReportMessage, createReport } from "@/tests/factories/triage";
import { expectAppError } from "@/tests/setup/expect-app-error";

/** Every row the triage writes, to prove a refused operation wrote nothing. */
async function triageRows() {
  const pool = getPool();
  const tables = ["member_reports", "report_messages", "case_events", "deployments", "audit_events"];
  return Promise.all(tables.map(async (table) => (await pool.query(`SELECT * FROM ${table} ORDER BY 1`)).rows));
}

/** A bank and an insurer with one rep each, an admin, a viewer, a bank report and an unknown-employer report. */
async function world() {
  const bank = await createEmployer({ legalName: "Banque Test" });
  const insurer = await createEmployer({ legalName: "Assureur Test", sector: "assurance" });
  const [repBank, repInsurer, admin, viewer] = await Promise.all([
    createActor("rep", { employerIds: [bank.id] }),
    createActor("rep", { employerIds: [insurer.id] }),
    createActor("admin"),
    createActor("viewer"),
  ]);
  const report = await createReport(bank.id, { content: { whatItDoes: "Le logiciel Scorix note chaque appel des conseillers.", toolName: "Scorix" }, concerns: ["surveillance", "work_intensification"] });
  const unknown = await createReport(null, { content: { employerName: "Courtage Inconnu SA", whatItDoes: "Un robot répond aux clients à notre place." } });
  return { bank, insurer, repBank, repInsurer, admin, viewer, report, unknown };
}

const inbox = (params: Record<string, string> = {}) => parseInboxQuery(params);

describe("the triage inbox", () => {
  it("shows a rep the reports of their employers only, newest first, with the start of the text", async () => {
    const { bank, insurer, repBank, repInsurer, report } = await world();
    const older = await createReport(bank.id, { submittedOn: "2026-01-10", content: { whatItDoes: "Un planning généré automatiquement chaque semaine." } });
    await createReport(insurer.id);

    const list = await listReportInbox(repBank, inbox());
    expect(list.rows.map((row) => row.id)).toEqual([report.id, older.id]);
    expect(list.rows[0]).toMatchObject({
      status: "new",
      submittedOn: todayInParis(),
      employer: { id: bank.id, legalName: "Banque Test" },
      whatItDoesStart: "Le logiciel Scorix note chaque appel des conseillers.",
      concerns: ["surveillance", "work_intensification"],
      reporterWroteLast: false,
    });
    expect(list.employers).toEqual([{ id: bank.id, legalName: "Banque Test" }]);
    expect(list.unknownEmployer).toBeNull();

    const other = await listReportInbox(repInsurer, inbox());
    expect(other.rows.map((row) => row.id)).not.toContain(report.id);
    expect(other.total).toBe(1);
  });

  it("never shows a rep a report naming an unknown employer, even when asked for", async () => {
    const { repBank, unknown, insurer } = await world();
    const asked = await listReportInbox(repBank, inbox({ employer: "unknown", status: "all" }));
    expect(asked.rows).toEqual([]);
    const foreign = await listReportInbox(repBank, inbox({ employer: insurer.id, status: "all" }));
    expect(foreign.total).toBe(0);
    expect((await listReportInbox(repBank, inbox({ status: "all" }))).rows.map((row) => row.id)).not.toContain(unknown.id);
  });

  it("shows an admin every report, and the unknown-employer ones with the name the reporter typed", async () => {
    const { admin, report, unknown } = await world();
    const all = await listReportInbox(admin, inbox());
    expect(all.rows.map((row) => row.id).sort()).toEqual([report.id, unknown.id].sort());
    expect(all.unknownEmployer).toEqual({ openCount: 1 });
    const unknownOnly = await listReportInbox(admin, inbox({ employer: "unknown" }));
    expect(unknownOnly.rows).toHaveLength(1);
    expect(unknownOnly.rows[0]).toMatchObject({ id: unknown.id, employer: null, typedEmployerName: "Courtage Inconnu SA" });
  });

  it("filters by status (open by default), counts per status and pages by 25", async () => {
    const { bank, repBank } = await world();
    await createReport(bank.id, { status: "closed", closedOn: todayInParis() });
    await createReport(bank.id, { status: "needs_info" });
    for (let index = 0; index < INBOX_PAGE_SIZE; index += 1) await createReport(bank.id, { submittedOn: "2026-02-01" });

    const open = await listReportInbox(repBank, inbox());
    expect(open.total).toBe(INBOX_PAGE_SIZE + 2);
    expect(open.counts).toMatchObject({ new: INBOX_PAGE_SIZE + 1, needs_info: 1, closed: 1, linked: 0 });
    expect(open.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(open.pageCount).toBe(2);
    const second = await listReportInbox(repBank, inbox({ page: "2" }));
    expect(second.rows).toHaveLength(2);
    expect(second.rows.every((row) => row.submittedOn === "2026-02-01")).toBe(true);
    expect((await listReportInbox(repBank, inbox({ page: "99" }))).page).toBe(2);

    expect((await listReportInbox(repBank, inbox({ status: "closed" }))).rows.map((row) => row.status)).toEqual(["closed"]);
    expect((await listReportInbox(repBank, inbox({ status: "all" }))).total).toBe(INBOX_PAGE_SIZE + 3);
  });

  it("says when the reporter wrote last (internal notes do not count)", async () => {
    const { repBank, report } = await world();
    await addReportMessage(report.id, "Pouvez-vous préciser ?", { kind: "rep", authorId: repBank.id });
    await addReportMessage(report.id, "Oui : c'est au plateau de Lille.");
    await addReportMessage(report.id, "À vérifier avec le CSE", { kind: "internal", authorId: repBank.id });
    const [row] = (await listReportInbox(repBank, inbox())).rows;
    expect(row).toMatchObject({ id: report.id, reporterWroteLast: true });
    expect((await getReportForTriage(repBank, report.id)).reporterWroteLast).toBe(true);
  });

  it("refuses a viewer", async () => {
    const { viewer, report } = await world();
    await expectAppError(listReportInbox(viewer, inbox()), "forbidden");
    await expectAppError(getReportForTriage(viewer, report.id), "forbidden");
  });
});

describe("reading one report", () => {
  it("gives the rep the decrypted report, the conversation and, apart, the internal notes with their authors", async () => {
    const { repBank, report } = await world();
    await addReportMessage(report.id, "J'ajoute : le tableau est affiché chaque matin.");
    await replyToReporter(repBank, { reportId: report.id, body: "Merci, sur quel site ?", askForInformation: false });
    await addInternalNote(repBank, { reportId: report.id, body: "Même outil qu'à Nantes ?" });

    const view = await getReportForTriage(repBank, report.id);
    expect(view.content).toMatchObject({ whatItDoes: "Le logiciel Scorix note chaque appel des conseillers.", toolName: "Scorix" });
    expect(view.conversation).toEqual([
      expect.objectContaining({ from: "reporter", body: "J'ajoute : le tableau est affiché chaque matin.", authorName: null }),
      expect.objectContaining({ from: "rep", body: "Merci, sur quel site ?", authorName: repBank.name, sentOn: todayInParis() }),
    ]);
    expect(view.notes).toEqual([expect.objectContaining({ body: "Même outil qu'à Nantes ?", authorName: repBank.name })]);
    expect(view.nextStatuses).toEqual(["needs_info", "not_ai", "closed"]);
    expect(view).toMatchObject({ canLink: true, canMarkDuplicate: true, canCreateCase: true, canAssignEmployer: false });
  });

  it("answers not found to a rep of another employer, for a report without employer, and for a bad id", async () => {
    const { repInsurer, repBank, report, unknown, admin } = await world();
    await expectAppError(getReportForTriage(repInsurer, report.id), "not_found");
    await expectAppError(getReportForTriage(repBank, unknown.id), "not_found");
    await expectAppError(getReportForTriage(repBank, "not-a-uuid"), "not_found");
    await expectAppError(getReportForTriage(repBank, "6f1c1f0e-3b7a-4a59-9a57-2a4f7f1d9b10"), "not_found");
    await expectAppError(getCasePrefillFromReport(repInsurer, report.id), "not_found");
    expect(await getReportForTriage(admin, unknown.id)).toMatchObject({ employer: null, canAssignEmployer: true, canLink: false, canCreateCase: false });
  });

  it("never shows the reporter an internal note, nor who answered", async () => {
    const { repBank, report } = await world();
    await replyToReporter(repBank, { reportId: report.id, body: "Bonjour, pouvez-vous préciser le service ?", askForInformation: true });
    await addInternalNote(repBank, { reportId: report.id, body: "NOTE-INTERNE-SECRETE" });
    const reporterView = await getReportForReporter(report.id);
    expect(reporterView?.messages.map((message) => message.body)).toEqual(["Bonjour, pouvez-vous préciser le service ?"]);
    expect(JSON.stringify(reporterView)).not.toContain("NOTE-INTERNE-SECRETE");
    expect(JSON.stringify(reporterView)).not.toContain(repBank.name);
    expect(reporterView?.status).toBe("needs_info");
    const kinds = await prisma.reportMessage.findMany({ where: { reportId: report.id }, select: { kind: true }, orderBy: { id: "asc" } });
    expect(kinds.map((row) => row.kind)).toEqual(["rep", "internal"]);
  });
});

describe("changing a report's status", () => {
  it("closes with the day, reopens without it, each move audited with statuses only", async () => {
    const { repBank, report } = await world();
    await changeReportStatus(repBank, { reportId: report.id, toStatus: "closed" });
    expect(await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "closed", closedOn: new Date(`${todayInParis()}T00:00:00Z`) });
    await changeReportStatus(repBank, { reportId: report.id, toStatus: "new" });
    expect(await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "new", closedOn: null });
    const audits = await prisma.auditEvent.findMany({ where: { entityId: report.id, action: "report.status" }, orderBy: { id: "asc" } });
    expect(audits.map((audit) => audit.changes)).toEqual([{ status: { before: "new", after: "closed" } }, { status: { before: "closed", after: "new" } }]);
  });

  it("refuses an illegal move naming both statuses, and writes nothing", async () => {
    const { repBank, report } = await world();
    await changeReportStatus(repBank, { reportId: report.id, toStatus: "not_ai" });
    await changeReportStatus(repBank, { reportId: report.id, toStatus: "closed" });
    const before = await triageRows();
    const error = await expectAppError(changeReportStatus(repBank, { reportId: report.id, toStatus: "needs_info" }), "invalid");
    expect(error).toMatchObject({ messageKey: "reports.errors.illegalTransition", details: { from: "closed", to: "needs_info" } });
    expect(await triageRows()).toEqual(before);
  });

  it("answers not found to a rep of another employer and to a rep for an unknown-employer report, writing nothing", async () => {
    const { repInsurer, repBank, report, unknown, viewer } = await world();
    const before = await triageRows();
    await expectAppError(changeReportStatus(repInsurer, { reportId: report.id, toStatus: "closed" }), "not_found");
    await expectAppError(changeReportStatus(repBank, { reportId: unknown.id, toStatus: "closed" }), "not_found");
    await expectAppError(changeReportStatus(viewer, { reportId: report.id, toStatus: "closed" }), "forbidden");
    expect(await triageRows()).toEqual(before);
  });
});

describe("writing to the reporter and between reps", () => {
  it("stores a reply encrypted, dated by the day, and may ask for information", async () => {
    const { repBank, report } = await world();
    await prisma.memberReport.update({ where: { id: report.id }, data: { lastActivityOn: new Date("2026-01-05T00:00:00Z") } });
    const { messageId } = await replyToReporter(repBank, { reportId: report.id, body: "MARQUEUR-REPONSE : pouvez-vous préciser ?", askForInformation: true });
    const stored = await prisma.reportMessage.findUniqueOrThrow({ where: { id: BigInt(messageId) } });
    expect(stored).toMatchObject({ kind: "rep", authorId: repBank.id, sentOn: new Date(`${todayInParis()}T00:00:00Z`) });
    expect(Buffer.from(stored.body).toString("utf8")).not.toContain("MARQUEUR-REPONSE");
    expect(await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "needs_info",
      lastActivityOn: new Date(`${todayInParis()}T00:00:00Z`),
    });
    // Asking again while already waiting is no move, and no error.
    await replyToReporter(repBank, { reportId: report.id, body: "Relance", askForInformation: true });
    expect((await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("needs_info");
  });

  it("refuses to ask for information on a closed report, writing nothing", async () => {
    const { repBank, report } = await world();
    await changeReportStatus(repBank, { reportId: report.id, toStatus: "closed" });
    const before = await triageRows();
    const error = await expectAppError(replyToReporter(repBank, { reportId: report.id, body: "Une question", askForInformation: true }), "invalid");
    expect(error.details).toEqual({ from: "closed", to: "needs_info" });
    expect(await triageRows()).toEqual(before);
    // A plain reply to a closed report is fine (e.g. to explain why).
    await replyToReporter(repBank, { reportId: report.id, body: "Nous classons ce signalement.", askForInformation: false });
  });

  it("keeps internal notes out of the report's activity day", async () => {
    const { repBank, report } = await world();
    await prisma.memberReport.update({ where: { id: report.id }, data: { lastActivityOn: new Date("2026-01-05T00:00:00Z") } });
    await addInternalNote(repBank, { reportId: report.id, body: "Voir avec la CSSCT" });
    expect((await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id } })).lastActivityOn).toEqual(new Date("2026-01-05T00:00:00Z"));
  });

  it("refuses replies and notes from a rep of another employer and from a viewer, writing nothing", async () => {
    const { repInsurer, viewer, report, repBank, unknown } = await world();
    const before = await triageRows();
    await expectAppError(replyToReporter(repInsurer, { reportId: report.id, body: "x", askForInformation: false }), "not_found");
    await expectAppError(addInternalNote(repInsurer, { reportId: report.id, body: "x" }), "not_found");
    await expectAppError(addInternalNote(repBank, { reportId: unknown.id, body: "x" }), "not_found");
    await expectAppError(replyToReporter(viewer, { reportId: report.id, body: "x", askForInformation: false }), "forbidden");
    await expectAppError(addInternalNote(viewer, { reportId: report.id, body: "x" }), "forbidden");
    expect(await triageRows()).toEqual(before);
  });
});

describe("linking a report to a case", () => {
  it("links to a case of the same employer: status, case timeline event without text, count on the case", async () => {
    const { bank, repBank, report } = await world();
    const found = await createCase(bank.id);
    await linkReportToCase(repBank, { reportId: report.id, caseId: found.id });

    expect(await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "linked", deploymentId: found.id });
    const events = await prisma.caseEvent.findMany({ where: { deploymentId: found.id } });
    expect(events).toEqual([expect.objectContaining({ type: "report_linked", reportId: report.id, title: REPORT_LINKED_TITLE, body: null, authorId: repBank.id })]);

    const workflow = await getCaseWorkflow(repBank, found.id);
    expect(workflow.linkedReports).toBe(1);
    expect(workflow.events[0]).toMatchObject({ type: "report_linked", linkedReport: { id: report.id, canOpen: true } });
    const view = await getReportForTriage(repBank, report.id);
    expect(view.linkedCase).toEqual({ id: found.id, localName: found.localName, canOpen: true });
    expect(view.nextStatuses).toEqual(["closed"]);
  });

  it("refuses a case of another employer, even for an admin who may change every case, writing nothing", async () => {
    const { insurer, repBank, admin, report } = await world();
    const foreign = await createCase(insurer.id);
    const before = await triageRows();
    await expectAppError(linkReportToCase(admin, { reportId: report.id, caseId: foreign.id }), "invalid", "caseId");
    await expectAppError(linkReportToCase(repBank, { reportId: report.id, caseId: foreign.id }), "invalid", "caseId");
    await expectAppError(linkReportToCase(repBank, { reportId: report.id, caseId: "6f1c1f0e-3b7a-4a59-9a57-2a4f7f1d9b10" }), "invalid", "caseId");
    expect(await triageRows()).toEqual(before);
  });

  it("answers not found to a rep of another employer, refuses an unknown employer and an illegal move", async () => {
    const { bank, repInsurer, repBank, admin, report, unknown } = await world();
    const found = await createCase(bank.id);
    await expectAppError(linkReportToCase(repInsurer, { reportId: report.id, caseId: found.id }), "not_found");
    const error = await expectAppError(linkReportToCase(admin, { reportId: unknown.id, caseId: found.id }), "invalid");
    expect(error.messageKey).toBe("reports.errors.employerUnknown");
    await changeReportStatus(repBank, { reportId: report.id, toStatus: "closed" });
    const illegal = await expectAppError(linkReportToCase(repBank, { reportId: report.id, caseId: found.id }), "invalid");
    expect(illegal.details).toEqual({ from: "closed", to: "linked" });
  });

  it("does not let a viewer link", async () => {
    const { bank, viewer, report } = await world();
    const found = await createCase(bank.id);
    await expectAppError(linkReportToCase(viewer, { reportId: report.id, caseId: found.id }), "forbidden");
  });

  it("offers the cases of the report's employer the actor may change", async () => {
    const { bank, insurer, repBank, report } = await world();
    const mine = await createCase(bank.id);
    await createCase(insurer.id);
    const options = await getTriageOptions(repBank, await getReportForTriage(repBank, report.id));
    expect(options.cases.map((found) => found.id)).toEqual([mine.id]);
    expect(options.employers).toEqual([]);
  });
});

describe("creating a case from a report", () => {
  /** What the prefilled /cases/new form sends once the rep picked a tool and named the project. */
  async function caseInput(employerId: string, reportId: string): Promise<TCaseFromReport> {
    const tool = await createTool();
    return ZCaseFromReport.parse({
      ...emptyFacts(todayInParis()),
      reportId,
      employerId,
      toolId: tool.id,
      localName: "Notation des appels",
      description: "Le logiciel Scorix note chaque appel des conseillers.",
      concerns: ["surveillance"],
    });
  }

  it("prefills from the report, then opens the case and links the report in one go", async () => {
    const { bank, repBank, report } = await world();
    const prefill = await getCasePrefillFromReport(repBank, report.id);
    expect(prefill).toEqual({
      ok: true,
      reportId: report.id,
      submittedOn: todayInParis(),
      employer: { id: bank.id, legalName: "Banque Test" },
      description: "Le logiciel Scorix note chaque appel des conseillers.",
      concerns: ["surveillance", "work_intensification"],
      localName: "Scorix",
    });
    const { id } = await createCaseFromReport(repBank, await caseInput(bank.id, report.id));
    expect(await prisma.deployment.findUniqueOrThrow({ where: { id } })).toMatchObject({ employerId: bank.id, source: "member_report", localName: "Notation des appels" });
    expect(await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "linked", deploymentId: id });
    expect(await prisma.caseEvent.count({ where: { deploymentId: id, type: "report_linked", reportId: report.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "case.create" } })).toBe(1);
    // Already linked: the prefill says why a second case cannot come from it.
    expect(await getCasePrefillFromReport(repBank, report.id)).toEqual({ ok: false, messageKey: "reports.fromReport.notLinkable" });
  });

  it("writes neither the case nor the link when the case is refused, or the employer is not the report's", async () => {
    const { bank, insurer, repBank, admin, report } = await world();
    const input = await caseInput(bank.id, report.id);
    const before = await triageRows();
    await expectAppError(createCaseFromReport(repBank, { ...input, toolId: "6f1c1f0e-3b7a-4a59-9a57-2a4f7f1d9b10" }), "invalid", "toolId");
    await expectAppError(createCaseFromReport(admin, { ...input, employerId: insurer.id }), "invalid", "employerId");
    expect(await triageRows()).toEqual(before);
  });

  it("answers not found to a rep of another employer and refuses a viewer", async () => {
    const { bank, repInsurer, viewer, report } = await world();
    const input = await caseInput(bank.id, report.id);
    const before = await triageRows();
    await expectAppError(createCaseFromReport(repInsurer, input), "not_found");
    await expectAppError(createCaseFromReport(viewer, input), "forbidden");
    expect(await triageRows()).toEqual(before);
  });

  it("says why an unknown-employer report cannot become a case yet", async () => {
    const { admin, unknown } = await world();
    expect(await getCasePrefillFromReport(admin, unknown.id)).toEqual({ ok: false, messageKey: "reports.fromReport.employerUnknown" });
  });
});

describe("duplicates", () => {
  it("marks a duplicate of another report of the employer; each shows the other; followers move to the original", async () => {
    const { bank, repBank, report } = await world();
    const second = await createReport(bank.id);
    const third = await createReport(bank.id);
    await markDuplicate(repBank, { reportId: third.id, duplicateOfId: second.id });
    await markDuplicate(repBank, { reportId: second.id, duplicateOfId: report.id });

    const rows = await prisma.memberReport.findMany({ where: { id: { in: [second.id, third.id] } }, select: { id: true, status: true, duplicateOfId: true, closedOn: true } });
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: second.id, status: "duplicate", duplicateOfId: report.id, closedOn: new Date(`${todayInParis()}T00:00:00Z`) },
        { id: third.id, status: "duplicate", duplicateOfId: report.id, closedOn: new Date(`${todayInParis()}T00:00:00Z`) },
      ]),
    );
    const original = await getReportForTriage(repBank, report.id);
    expect(original.duplicates.map((ref) => ref.id).sort()).toEqual([second.id, third.id].sort());
    expect((await getReportForTriage(repBank, second.id)).duplicateOf).toMatchObject({ id: report.id, status: "new" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: second.id, action: "report.duplicate" } });
    expect(audit.changes).toMatchObject({ duplicateOfId: { before: null, after: report.id }, movedDuplicates: { after: [third.id] } });

    // Undoing the mark (back to new) forgets it.
    await changeReportStatus(repBank, { reportId: second.id, toStatus: "new" });
    expect(await prisma.memberReport.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "new", duplicateOfId: null, closedOn: null });
  });

  it("refuses itself, a duplicate as the original, another employer's report, and a rep of another employer", async () => {
    const { bank, insurer, repBank, repInsurer, admin, report } = await world();
    const second = await createReport(bank.id);
    const foreign = await createReport(insurer.id);
    await markDuplicate(repBank, { reportId: second.id, duplicateOfId: report.id });
    const third = await createReport(bank.id);
    const before = await triageRows();
    await expectAppError(markDuplicate(repBank, { reportId: report.id, duplicateOfId: report.id }), "invalid", "duplicateOfId");
    await expectAppError(markDuplicate(repBank, { reportId: third.id, duplicateOfId: second.id }), "invalid", "duplicateOfId");
    await expectAppError(markDuplicate(admin, { reportId: third.id, duplicateOfId: foreign.id }), "invalid", "duplicateOfId");
    await expectAppError(markDuplicate(repBank, { reportId: third.id, duplicateOfId: foreign.id }), "invalid", "duplicateOfId");
    await expectAppError(markDuplicate(repInsurer, { reportId: third.id, duplicateOfId: report.id }), "not_found");
    expect(await triageRows()).toEqual(before);
    const options = await getTriageOptions(repBank, await getReportForTriage(repBank, third.id));
    expect(options.originals.map((original) => original.id)).toEqual([report.id]);
  });
});

describe("assigning an employer to a report", () => {
  it("lets an admin assign an unknown-employer report, which then reaches that employer's rep", async () => {
    const { bank, admin, repBank, unknown } = await world();
    const options = await getTriageOptions(admin, await getReportForTriage(admin, unknown.id));
    expect(options.employers.map((employer) => employer.id)).toContain(bank.id);
    await assignEmployer(admin, { reportId: unknown.id, employerId: bank.id });
    expect((await getReportForTriage(repBank, unknown.id)).employer).toEqual({ id: bank.id, legalName: "Banque Test" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: unknown.id, action: "report.employer" } });
    expect(audit.changes).toEqual({ employerId: { before: null, after: bank.id } });
  });

  it("refuses reps (even of that employer), viewers, a report that has an employer, and an unknown employer id", async () => {
    const { bank, admin, repBank, viewer, report, unknown } = await world();
    const before = await triageRows();
    await expectAppError(assignEmployer(repBank, { reportId: unknown.id, employerId: bank.id }), "forbidden");
    await expectAppError(assignEmployer(repBank, { reportId: report.id, employerId: bank.id }), "forbidden");
    await expectAppError(assignEmployer(viewer, { reportId: unknown.id, employerId: bank.id }), "forbidden");
    const already = await expectAppError(assignEmployer(admin, { reportId: report.id, employerId: bank.id }), "invalid");
    expect(already.messageKey).toBe("reports.errors.employerAlreadySet");
    await expectAppError(assignEmployer(admin, { reportId: unknown.id, employerId: "6f1c1f0e-3b7a-4a59-9a57-2a4f7f1d9b10" }), "invalid", "employerId");
    expect(await triageRows()).toEqual(before);
  });
});

describe("the audit trail of the triage", () => {
  it("never holds report or message text", async () => {
    const { bank, repBank, admin, report, unknown } = await world();
    const found = await createCase(bank.id);
    await replyToReporter(repBank, { reportId: report.id, body: "TEXTE-REPONSE-7731", askForInformation: true });
    await addInternalNote(repBank, { reportId: report.id, body: "TEXTE-NOTE-7731" });
    await linkReportToCase(repBank, { reportId: report.id, caseId: found.id });
    await changeReportStatus(repBank, { reportId: report.id, toStatus: "closed" });
    await assignEmployer(admin, { reportId: unknown.id, employerId: bank.id });
    await markDuplicate(repBank, { reportId: unknown.id, duplicateOfId: report.id });

    const { rows } = await getPool().query("SELECT action, changes::text AS changes FROM audit_events");
    expect(rows.map((row) => row.action).sort()).toEqual(["report.duplicate", "report.employer", "report.link", "report.note", "report.reply", "report.status"]);
    const dump = JSON.stringify(rows) + JSON.stringify((await getPool().query("SELECT * FROM case_events")).rows);
    for (const text of ["TEXTE-REPONSE-7731", "TEXTE-NOTE-7731", "Scorix", "Courtage Inconnu", "conseillers"]) expect(dump).not.toContain(text);
  });
});
