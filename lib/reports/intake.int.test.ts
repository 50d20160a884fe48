/**
 * The anonymous intake and follow-up on real PostgreSQL: what is stored, what the reporter sees, and
 * abuse resistance (honeypot, size limits, unknown employer, malformed and wrong receipts, throttling
 * shared across app instances with keys that hold no address).
 */
import { describe, expect, it } from "vitest";

import { addDays, todayInParis } from "@/lib/consultations/calendar-date";
import { getPool, prisma } from "@/lib/db";
import { aad, decryptJson, hashReceipt } from "@/lib/reports/crypto";
import type { TReportContent } from "@/lib/reports/content";
import { flushIntake } from "@/lib/reports/flush-intake";
import { addReporterMessage, getReportForReporter, openReportByReceipt } from "@/lib/reports/follow-up";
import { batchWindow } from "@/lib/reports/intake-spool";
import {
  assertReceiptAttemptAllowed,
  clientKey,
  consumeSubmission,
  createIntakeLimiters,
  createSlots,
  currentSalt,
  forgetCachedSalt,
  recordReceiptFailure,
  throttleWindow,
} from "@/lib/reports/intake-throttle";
import { runPublic, submitReportFromJson } from "@/lib/reports/public-intake";
import { REPORT_LIMITS, ZReceiptInput } from "@/lib/reports/schemas";
import { createActor, createEmployer } from "@/tests/factories";
import { addReportMessage } from "@/tests/factories/triage";
import { expectAppError } from "@/tests/setup/expect-app-error";

const headersOf = (address: string) => new Headers({ "x-forwarded-for": address });
const client = (address: string) => ({ address });
const VALID = { whatItDoes: "Un assistant rédige les réponses aux clients à notre place." };

async function countRows(): Promise<Record<string, number>> {
  const { rows } = await getPool().query<{ reports: number; messages: number; limits: number; salts: number }>(
    `SELECT (SELECT count(*)::int FROM member_reports) AS reports, (SELECT count(*)::int FROM report_messages) AS messages,
            (SELECT count(*)::int FROM rate_limits) AS limits, (SELECT count(*)::int FROM throttle_salts) AS salts`,
  );
  return rows[0]!;
}
const NOTHING = { reports: 0, messages: 0, limits: 0, salts: 0 };

describe("submitting a report", () => {
  it("stores the report encrypted, with the day only, and gives a receipt that opens it", async () => {
    const employer = await createEmployer({ legalName: "Mutuelle du Test" });
    const { result, status } = await submitReportFromJson(
      { employerId: employer.id, site: "Plateau de Lille", toolName: "Vocalia", ...VALID, howNoticed: "Une nouvelle icône", staffInformed: "no", concerns: ["surveillance", "surveillance", "job_cuts"], details: "Depuis lundi." },
      headersOf("198.51.100.10"),
    );
    expect(status).toBe(201);
    if (!result.ok) throw new Error("submission refused");
    expect(result.data.receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);

    // Until its batch is written, the report waits in the spool: the database holds nothing of it, and
    // the receipt already opens it for the reporter.
    expect(await prisma.memberReport.count()).toBe(0);
    const early = await openReportByReceipt({ receipt: result.data.receipt }, client("198.51.100.10"));
    expect(await getReportForReporter(early.reportId)).toMatchObject({ pending: true, status: "received", content: { toolName: "Vocalia" } });
    expect(await flushIntake()).toEqual({ reports: 0, messages: 0, waiting: 1 }); // its window is still open
    expect(await flushIntake({ now: batchWindow().endsAt })).toEqual({ reports: 1, messages: 0, waiting: 0 });

    const row = await prisma.memberReport.findFirstOrThrow();
    expect(row.id).toBe(early.reportId);
    expect(row).toMatchObject({ employerId: employer.id, status: "new", staffInformed: "no", concerns: ["surveillance", "job_cuts"], receiptHash: await hashReceipt(result.data.receipt) });
    expect(row.submittedOn.toISOString().slice(0, 10)).toBe(todayInParis());
    expect(row.lastActivityOn).toEqual(row.submittedOn);
    expect(Buffer.from(row.content).toString("utf8")).not.toContain("Vocalia");
    expect(decryptJson<TReportContent>(row.content, aad.reportContent(row.id))).toEqual({
      employerName: "Mutuelle du Test", site: "Plateau de Lille", toolName: "Vocalia", whatItDoes: VALID.whatItDoes, howNoticed: "Une nouvelle icône", details: "Depuis lundi.",
    });
    expect(await prisma.auditEvent.count()).toBe(0);

    const opened = await openReportByReceipt({ receipt: result.data.receipt.replace(/ /g, "") }, client("198.51.100.10"));
    expect(opened).toEqual({ reportId: row.id });
  });

  it("matches a typed name to a known employer (the form without JavaScript), else keeps it for the admins", async () => {
    const employer = await createEmployer({ legalName: "Banque Horizon Test" });
    await submitReportFromJson({ employerName: "  banque HORIZON test ", ...VALID }, headersOf("198.51.100.11"));
    await submitReportFromJson({ employerName: "Assurances Inconnues", ...VALID }, headersOf("198.51.100.11"));
    await flushIntake({ includeCurrent: true });
    const rows = await prisma.memberReport.findMany({ select: { id: true, employerId: true, content: true } });
    const byName = rows.map((row) => [decryptJson<TReportContent>(row.content, aad.reportContent(row.id)).employerName, row.employerId]);
    expect(byName).toEqual(expect.arrayContaining([["banque HORIZON test", employer.id], ["Assurances Inconnues", null]]));
  });

  it("writes nothing when the honeypot is filled, yet answers like a success", async () => {
    const { result, status } = await submitReportFromJson({ employerName: "Banque", ...VALID, website: "http://spam.example" }, headersOf("198.51.100.12"));
    expect(status).toBe(201);
    expect(result).toMatchObject({ ok: true, data: { receipt: expect.stringMatching(/^\d{4} \d{4} \d{4} \d{4}$/) } });
    expect(await countRows()).toEqual(NOTHING);
  });

  it("refuses an empty report, oversized fields and script-only junk with field errors, writing nothing", async () => {
    const empty = await submitReportFromJson({}, headersOf("198.51.100.13"));
    expect(empty.status).toBe(400);
    expect(empty.result).toEqual({
      ok: false,
      fieldErrors: { whatItDoes: ["reportForm.validation.whatItDoesRequired"], employerName: ["reportForm.validation.employerRequired"] },
    });

    const long = (max: number) => "é".repeat(max + 1);
    const oversized = await submitReportFromJson(
      {
        employerName: long(REPORT_LIMITS.employerName), site: long(REPORT_LIMITS.site), toolName: long(REPORT_LIMITS.toolName),
        whatItDoes: long(REPORT_LIMITS.whatItDoes), howNoticed: long(REPORT_LIMITS.howNoticed), details: long(REPORT_LIMITS.details),
        website: long(REPORT_LIMITS.honeypot),
      },
      headersOf("198.51.100.13"),
    );
    expect(oversized.result.ok).toBe(false);
    expect(Object.keys(oversized.result.ok ? {} : (oversized.result.fieldErrors ?? {})).sort()).toEqual(
      ["details", "employerName", "howNoticed", "site", "toolName", "website", "whatItDoes"],
    );

    const junk = await submitReportFromJson({ employerName: "B", whatItDoes: "  <b>x</b> ", concerns: ["not_a_concern"], staffInformed: "maybe", employerId: "<script>" }, headersOf("198.51.100.13"));
    expect(junk.result).toMatchObject({
      ok: false,
      fieldErrors: {
        whatItDoes: ["reportForm.validation.whatItDoesShort"],
        concerns: ["reportForm.validation.concerns"],
        staffInformed: ["reportForm.validation.staffInformed"],
        employerId: ["reportForm.validation.employerId"],
      },
    });
    expect(await countRows()).toEqual(NOTHING);
  });

  it("answers an unknown employer id with a field error and writes nothing", async () => {
    const { result, status } = await submitReportFromJson({ employerId: "7c9e6679-7425-40de-944b-e07fc1f90ae7", ...VALID }, headersOf("198.51.100.14"));
    expect(status).toBe(400);
    expect(result).toEqual({ ok: false, fieldErrors: { employerId: ["reportForm.validation.unknownEmployer"] } });
    expect(await countRows()).toEqual(NOTHING);
  });

  it("keeps text with HTML or script as the text it is (shown as text by the pages)", async () => {
    const text = `<script>alert("x")</script><img src=x onerror=alert(1)> l'outil`;
    const { result } = await submitReportFromJson({ employerName: "Banque <b>", whatItDoes: text }, headersOf("198.51.100.15"));
    if (!result.ok) throw new Error("refused");
    const { reportId } = await openReportByReceipt({ receipt: result.data.receipt.replace(/ /g, "") }, client("198.51.100.15"));
    const view = await getReportForReporter(reportId);
    expect(view?.content).toMatchObject({ whatItDoes: text, employerName: "Banque <b>" });
  });
});

describe("following a report up with its receipt", () => {
  it("shows the simplified status and the reporter/rep messages, never internal notes nor who wrote", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const { result } = await submitReportFromJson({ employerId: employer.id, ...VALID }, headersOf("198.51.100.20"));
    if (!result.ok) throw new Error("refused");
    await flushIntake({ includeCurrent: true });
    const report = await prisma.memberReport.findFirstOrThrow({ select: { id: true } });
    const threeDaysAgo = addDays(todayInParis(), -3);
    const day = new Date(`${threeDaysAgo}T00:00:00Z`);
    await addReportMessage(report.id, "Pouvez-vous préciser le service ?", { kind: "rep", authorId: rep.id, sentOn: threeDaysAgo });
    await addReportMessage(report.id, "Note interne : doublon probable", { kind: "internal", authorId: rep.id, sentOn: threeDaysAgo });
    await prisma.memberReport.update({ where: { id: report.id }, data: { status: "needs_info", lastActivityOn: day } });

    await addReporterMessage(report.id, { body: "Le service recouvrement." }, client("198.51.100.20"));

    // The reporter sees their answer at once, marked as waiting; the union sees it when its batch is written.
    const view = await getReportForReporter(report.id);
    expect(view?.status).toBe("needs_info");
    expect(view?.messages).toEqual([
      { id: expect.any(String), from: "union", body: "Pouvez-vous préciser le service ?", sentOn: threeDaysAgo, pending: false },
      { id: expect.any(String), from: "reporter", body: "Le service recouvrement.", sentOn: todayInParis(), pending: true },
    ]);
    expect(JSON.stringify(view)).not.toContain(rep.name);
    expect(JSON.stringify(view)).not.toContain("Note interne");
    expect(await prisma.reportMessage.count({ where: { kind: "reporter" } })).toBe(0);
    expect(await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id }, select: { lastActivityOn: true } })).toEqual({ lastActivityOn: day });

    expect(await flushIntake({ includeCurrent: true })).toEqual({ reports: 0, messages: 1, waiting: 0 });
    expect((await getReportForReporter(report.id))?.messages.map((message) => [message.from, message.pending])).toEqual([["union", false], ["reporter", false]]);
    const stored = await prisma.memberReport.findUniqueOrThrow({ where: { id: report.id }, select: { lastActivityOn: true, status: true } });
    expect(stored).toEqual({ lastActivityOn: new Date(`${todayInParis()}T00:00:00Z`), status: "needs_info" });
    expect(await prisma.reportMessage.findFirstOrThrow({ where: { kind: "reporter" }, select: { authorId: true } })).toEqual({ authorId: null });
  });

  it("answers a malformed receipt with a field error, before any lookup or count", async () => {
    for (const receipt of ["", "1234", "1234 5678 9012 345x", "1".repeat(65)]) {
      const { result, status } = await runPublic(ZReceiptInput, { receipt }, async () => {
        throw new Error("must not run");
      });
      expect(status).toBe(400);
      expect(result).toEqual({ ok: false, fieldErrors: { receipt: ["reportForm.validation.receipt"] } });
    }
    expect(await countRows()).toEqual(NOTHING);
  });

  it("gives one generic answer to wrong receipts, then throttles the client even with the right one", async () => {
    const { result } = await submitReportFromJson({ employerName: "Banque", ...VALID }, headersOf("198.51.100.30"));
    if (!result.ok) throw new Error("refused");
    const right = result.data.receipt.replace(/ /g, "");
    const guesser = client("198.51.100.31");
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const error = await expectAppError(openReportByReceipt({ receipt: `000000000000${String(attempt).padStart(4, "0")}` }, guesser), "invalid");
      expect(error.messageKey).toBe("reportForm.errors.wrongReceipt");
    }
    const blocked = await expectAppError(openReportByReceipt({ receipt: right }, guesser), "throttled");
    expect(blocked.messageKey).toBe("reportForm.errors.throttled");
    // Another client is not affected.
    expect(await openReportByReceipt({ receipt: right }, client("198.51.100.32"))).toHaveProperty("reportId");
  });
});

describe("intake throttle", () => {
  it("counts across two limiter instances on the shared store, with keys that hold no address", async () => {
    const instanceA = createIntakeLimiters();
    const instanceB = createIntakeLimiters();
    const member = client("192.0.2.44");
    for (let index = 0; index < 10; index += 1) await consumeSubmission(member, index % 2 === 0 ? instanceA : instanceB);
    await expectAppError(consumeSubmission(member, instanceA), "throttled");
    await expectAppError(consumeSubmission(member, instanceB), "throttled");
    await consumeSubmission(client("192.0.2.45"), instanceA);

    for (let index = 0; index < 10; index += 1) await recordReceiptFailure(member, index % 2 === 0 ? instanceA : instanceB);
    await expectAppError(assertReceiptAttemptAllowed(member, instanceB), "throttled");
    await assertReceiptAttemptAllowed(client("192.0.2.45"), instanceB);

    const { rows } = await getPool().query<{ key: string; expire: string }>("SELECT key, expire::text FROM rate_limits ORDER BY key");
    expect(rows.map((row) => row.key.split(":")[0]).sort()).toEqual(["report-receipt", "report-submit", "report-submit"]);
    const { endsAt } = throttleWindow();
    for (const { key, expire } of rows) {
      expect(key).toMatch(/^report-(submit|receipt):[0-9a-f]{64}\.\d+$/);
      for (const trace of ["192.0.2.44", "192.0.2.45", Buffer.from("192.0.2.44").toString("hex")]) expect(key).not.toContain(trace);
      // Counters expire at the end of the fixed window, whatever the time of the first request.
      expect(Math.abs(Number(expire) - endsAt)).toBeLessThan(1000);
    }
  });

  it("refuses a throttled submission before hashing and stores nothing for it", async () => {
    const member = client("192.0.2.50");
    for (let index = 0; index < 10; index += 1) await consumeSubmission(member);
    const { result, status } = await submitReportFromJson({ employerName: "Banque", ...VALID }, headersOf("192.0.2.50"));
    expect(status).toBe(429);
    expect(result).toEqual({ ok: false, formError: "reportForm.errors.throttled" });
    expect(await prisma.memberReport.count()).toBe(0);
  });

  it("keys a client with the day's salt, shared by instances, and drops salts older than yesterday", async () => {
    const today = todayInParis();
    const days = [addDays(today, -3), addDays(today, -2), addDays(today, -1), today];
    forgetCachedSalt();
    const keys = [];
    for (const day of days) {
      forgetCachedSalt();
      keys.push(await clientKey(client("192.0.2.60"), day));
    }
    expect(new Set(keys).size).toBe(4); // a new salt every day: yesterday's keys say nothing of today's
    const stored = await prisma.throttleSalt.findMany({ select: { day: true }, orderBy: { day: "asc" } });
    expect(stored.map((row) => row.day.toISOString().slice(0, 10))).toEqual([addDays(today, -1), today]);

    forgetCachedSalt(); // another instance: same salt from the database
    expect(await clientKey(client("192.0.2.60"), today)).toBe(keys[3]);
    expect((await currentSalt(today)).length).toBe(32);
    forgetCachedSalt();
  });

  it("bounds concurrent hashing and turns work away past the queue", async () => {
    const slots = createSlots(2, 1);
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const task = () =>
      slots.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => release.push(resolve));
        running -= 1;
      });
    const started = [task(), task(), task()];
    await expectAppError(task(), "throttled");
    expect(slots.stats()).toEqual({ active: 2, waiting: 1 });
    while (release.length > 0 || slots.stats().active > 0) {
      release.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(started);
    expect(peak).toBe(2);
    expect(slots.stats()).toEqual({ active: 0, waiting: 0 });
  });
});
