/**
 * The audit trail (issue 16, point 6; ADR 0033): append-only in the database (UPDATE and DELETE
 * refused, save the housekeeping purge of old read rows), reads of sensitive things recorded without
 * any report content, and the admin page's queries and CSV export, refused to every other role.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

import { nextHeadersMock, signInAs } from "@/tests/setup/session-cookies";

vi.mock("next/headers", () => nextHeadersMock);

const { GET: exportAudit } = await import("@/app/api/admin/audit/export/route");
const { GET: exportCases } = await import("@/app/api/cases/export/route");
const { GET: calendarFeed } = await import("@/app/api/calendar/[token]/route");
const { default: ReportPage } = await import("@/app/(app)/reports/[id]/page");
const { GET: letterPdf } = await import("@/app/(app)/cases/[id]/letters/[letterId]/pdf/route");
const { getLetterDraftPage } = await import("@/lib/letters/queries");
const { saveLetter } = await import("@/lib/letters/save-letter");
const { ZSaveLetter } = await import("@/lib/letters/schemas");
const { addDays, todayInParis } = await import("@/lib/consultations/calendar-date");
const { createCase } = await import("@/tests/factories/cases");
const { listAuditEvents, listAuditEventsForExport, AUDIT_PAGE_SIZE, parisDayStart } = await import("@/lib/audit/queries");
const { recordRead } = await import("@/lib/audit/record-read");
const { parseAuditQuery } = await import("@/lib/audit/schemas");
const { issueCalendarFeed } = await import("@/lib/calendar-feed/issue-feed");
const { getPool, prisma } = await import("@/lib/db");
const { pruneAuditTrail } = await import("@/lib/jobs/housekeeping");
const { createActor, createEmployer } = await import("@/tests/factories");
const { createReport } = await import("@/tests/factories/triage");
const { expectAppError } = await import("@/tests/setup/expect-app-error");

beforeEach(() => signInAs(null));

const DAY_MS = 86_400_000;

async function insertRow(action: string, at: Date, actorId: string | null = null): Promise<string> {
  const { rows } = await getPool().query<{ id: string }>(
    `INSERT INTO audit_events (at, actor_id, action, entity_type, entity_id, changes) VALUES ($1, $2, $3, 'case', 'x', '{}') RETURNING id::text`,
    [at, actorId, action],
  );
  return rows[0]!.id;
}

describe("audit_events is append-only in the database", () => {
  it("refuses UPDATE and DELETE of any row, from the app's own connection", async () => {
    const id = await insertRow("read.report", new Date());
    await expect(getPool().query(`UPDATE audit_events SET action = 'changed' WHERE id = $1`, [id])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(getPool().query(`DELETE FROM audit_events WHERE id = $1`, [id])).rejects.toThrow(/append-only: DELETE refused/);
    await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.updateMany({ data: { entityId: "y" } })).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.count()).toBe(1);
  });

  it("lets only the retention purge delete, and only read rows past 365 days", async () => {
    const now = new Date();
    const oldRead = await insertRow("read.case_facts", new Date(now.getTime() - 400 * DAY_MS));
    const oldUse = await insertRow("api_token.use", new Date(now.getTime() - 400 * DAY_MS));
    const oldWrite = await insertRow("case.update", new Date(now.getTime() - 400 * DAY_MS));
    const recentRead = await insertRow("read.report", new Date(now.getTime() - 10 * DAY_MS));
    // Without the purge's setting, even an old read row stays.
    await expect(getPool().query(`DELETE FROM audit_events WHERE id = $1`, [oldRead])).rejects.toThrow(/append-only/);
    // With it, a younger row or a write row is still refused.
    const client = await getPool().connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT set_config('vigie.audit_purge', 'on', true)");
      await expect(client.query(`DELETE FROM audit_events WHERE id = $1`, [recentRead])).rejects.toThrow(/append-only/);
      await client.query("ROLLBACK");
      await client.query("BEGIN");
      await client.query("SELECT set_config('vigie.audit_purge', 'on', true)");
      await expect(client.query(`DELETE FROM audit_events WHERE id = $1`, [oldWrite])).rejects.toThrow(/append-only/);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    expect(await pruneAuditTrail(now)).toBe(2);
    const left = (await prisma.auditEvent.findMany({ select: { id: true } })).map((row) => row.id.toString()).sort();
    expect(left).toEqual([oldWrite, recentRead].sort());
    expect(left).not.toContain(oldUse);
    // The setting does not outlive the purge's transaction.
    await expect(getPool().query(`DELETE FROM audit_events WHERE id = $1`, [recentRead])).rejects.toThrow(/append-only/);
  });
});

describe("reads of sensitive things are recorded, with nothing of the report", () => {
  it("records who opened a report (its id only), the case export and the calendar feed", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const report = await createReport(employer.id, { content: { whatItDoes: "Texte-marqueur-Q7Z du signalement" } });
    await signInAs(rep);
    await ReportPage({ params: Promise.resolve({ id: report.id }) });
    expect((await exportCases(new Request("http://localhost/api/cases/export"))).status).toBe(200);
    const { url } = await issueCalendarFeed(rep);
    const token = url.split("/").at(-1)!;
    expect((await calendarFeed(new Request(url), { params: Promise.resolve({ token }) })).status).toBe(200);

    const rows = await prisma.auditEvent.findMany({ where: { action: { startsWith: "read." } }, orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.actorId, row.action, row.entityType, row.entityId])).toEqual([
      [rep.id, "read.report", "member_report", report.id],
      [rep.id, "read.cases_export", "case", "export"],
      [rep.id, "read.calendar_feed", "user", rep.id],
    ]);
    const { rows: dump } = await getPool().query("SELECT row_to_json(a)::text AS row FROM audit_events a");
    expect(dump.map((row: { row: string }) => row.row).join("\n")).not.toMatch(/marqueur|Q7Z|vgt_|\.ics/);
  });

  it("records a letter PDF download by the letter's id, and nothing for a foreign one", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const { id: caseId } = await createCase(employer.id);
    const page = await getLetterDraftPage(rep, caseId, "open_consultation");
    if (page.state !== "draft") throw new Error(`expected a draft, got ${page.state}`);
    const sentOn = todayInParis();
    const { id } = await saveLetter(rep, ZSaveLetter.parse({ ...page.draft, place: "Paris", sentOn, replyDueOn: addDays(sentOn, 8) }));
    const get = () => letterPdf(new Request("http://localhost/pdf"), { params: Promise.resolve({ id: caseId, letterId: id }) });
    await signInAs(await createActor("rep", { employerIds: [(await createEmployer()).id] }));
    expect((await get()).status).toBe(404);
    await signInAs(rep);
    expect((await get()).status).toBe(200);
    expect((await prisma.auditEvent.findMany({ where: { action: "read.letter_pdf" } })).map((row) => [row.actorId, row.entityId])).toEqual([[rep.id, id]]);
  });

  it("records nothing when the report is not the rep's (404 like a missing one)", async () => {
    const rep = await createActor("rep", { employerIds: [(await createEmployer()).id] });
    const report = await createReport((await createEmployer()).id);
    await signInAs(rep);
    await expect(ReportPage({ params: Promise.resolve({ id: report.id }) })).rejects.toThrow();
    expect(await prisma.auditEvent.count({ where: { action: "read.report" } })).toBe(0);
  });
});

describe("the admin audit page's queries", () => {
  it("are refused to reps and viewers", async () => {
    for (const role of ["rep", "viewer"] as const) {
      const actor = await createActor(role);
      await expectAppError(listAuditEvents(actor, {}), "forbidden");
      await expectAppError(listAuditEventsForExport(actor, {}), "forbidden");
    }
  });

  it("filter by account, action (exact or family), record and Paris day", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("rep", { email: "marie.durand@vigie.test" });
    await recordRead(rep.id, "read.report", { type: "member_report", id: "r-1" });
    await recordRead(rep.id, "read.letter_pdf", { type: "letter", id: "l-1" });
    await recordRead(admin.id, "read.report", { type: "member_report", id: "r-2" });
    await insertRow("read.report", new Date("2026-03-10T23:30:00Z"), rep.id); // 11 March in Paris
    const ids = async (query: Parameters<typeof listAuditEvents>[1]) => (await listAuditEvents(admin, query)).rows.map((row) => `${row.action}:${row.entityId}`);
    // Newest written first (keyset on the id).
    expect(await ids({ actor: "DURAND", action: "read.report" })).toEqual(["read.report:x", "read.report:r-1"]);
    expect(await ids({ action: "read.", entityId: "l-1" })).toEqual(["read.letter_pdf:l-1"]);
    expect(await ids({ from: "2026-03-11", to: "2026-03-11" })).toEqual(["read.report:x"]);
    expect(await ids({ from: "2026-03-10", to: "2026-03-10" })).toEqual([]);
    expect(parisDayStart("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("page through every row once, newest first (keyset)", async () => {
    const admin = await createActor("admin");
    const total = AUDIT_PAGE_SIZE * 2 + 7;
    for (let index = 0; index < total; index += 1) await recordRead(admin.id, "read.report", { type: "member_report", id: `r-${index}` });
    const seen: string[] = [];
    let before: string | undefined;
    for (let page = 0; page < 5; page += 1) {
      const result = await listAuditEvents(admin, before ? { before } : {});
      seen.push(...result.rows.map((row) => row.entityId));
      if (!result.nextBefore) break;
      before = result.nextBefore;
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, index) => `r-${total - 1 - index}`));
  });

  it("drop a bad filter with a French-keyed error instead of failing", () => {
    const { query, errors } = parseAuditQuery(new URLSearchParams({ from: "11/03/2026", actor: " marie ", before: "abc" }));
    expect(query).toEqual({ actor: "marie" });
    expect(errors).toEqual({ from: "audit.errors.date" });
  });
});

describe("the audit CSV export", () => {
  it("answers 401 signed out and 404 to reps and viewers, recording nothing", async () => {
    expect((await exportAudit(new Request("http://localhost/api/admin/audit/export"))).status).toBe(401);
    for (const role of ["rep", "viewer"] as const) {
      await signInAs(await createActor(role));
      expect((await exportAudit(new Request("http://localhost/api/admin/audit/export"))).status).toBe(404);
    }
    expect(await prisma.auditEvent.count({ where: { action: "read.audit_export" } })).toBe(0);
  });

  it("gives admins the filtered rows as French CSV, and is itself audited", async () => {
    const admin = await createActor("admin", { email: "admin.audit@vigie.test" });
    await recordRead(admin.id, "read.report", { type: "member_report", id: "=cmd()" });
    await recordRead(admin.id, "read.letter_pdf", { type: "letter", id: "l-9" });
    await signInAs(admin);
    const response = await exportAudit(new Request("http://localhost/api/admin/audit/export?action=read.report"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Date et heure;Compte;Action;Type d'enregistrement;Identifiant");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};admin\.audit@vigie\.test;read\.report;member_report;'=cmd\(\)$/);
    expect(await prisma.auditEvent.count({ where: { action: "read.audit_export", actorId: admin.id } })).toBe(1);
  });
});
