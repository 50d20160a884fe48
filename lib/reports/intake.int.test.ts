/**
 * The anonymous intake and follow-up on real PostgreSQL: what is stored, what the reporter sees, and
 * abuse resistance (honeypot, size limits, unknown employer, malformed and wrong receipts, a throttle
 * on coarse trusted addresses held in memory only, the JSON route's media type and origin checks).
 */
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/public/reports/route";

import { addDays, todayInParis } from "@/lib/consultations/calendar-date";
import { getPool, prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { aad, decryptJson, hashReceipt } from "@/lib/reports/crypto";
import type { TReportContent } from "@/lib/reports/content";
import { flushIntake } from "@/lib/reports/flush-intake";
import { addReporterMessage, getReportForReporter, openReportByReceipt } from "@/lib/reports/follow-up";
import { batchWindow, readSpool } from "@/lib/reports/intake-spool";
import {
  assertReceiptAttemptAllowed,
  consumeSubmission,
  createIntakeThrottle,
  createSlots,
  intakeThrottle,
  recordReceiptFailure,
} from "@/lib/reports/intake-throttle";
import { intakeClient, runPublic, submitReportFromJson } from "@/lib/reports/public-intake";
import { REPORT_LIMITS, ZReceiptInput } from "@/lib/reports/schemas";
import { createActor, createEmployer } from "@/tests/factories";
import { addReportMessage } from "@/tests/factories/triage";
import { testUnion } from "@/tests/factories/unions";
import { fromClient } from "@/tests/setup/client-headers";
import { expectAppError } from "@/tests/setup/expect-app-error";

const headersOf = (address: string) => fromClient(address);
const client = (address: string) => ({ address });
const VALID = { whatItDoes: "Un assistant rédige les réponses aux clients à notre place." };

async function countRows(): Promise<Record<string, number>> {
  const { rows } = await getPool().query<{ reports: number; messages: number; limits: number }>(
    `SELECT (SELECT count(*)::int FROM member_reports) AS reports, (SELECT count(*)::int FROM report_messages) AS messages,
            (SELECT count(*)::int FROM rate_limits) AS limits`,
  );
  // Nor anything waiting for its batch (lib/reports/intake-spool.ts).
  return { ...rows[0]!, spooled: (await readSpool()).length };
}
const NOTHING = { reports: 0, messages: 0, limits: 0, spooled: 0 };
const spooledReports = async () => (await readSpool()).filter(({ entry }) => entry.kind === "report").length;

// The throttle is this process's memory: every test starts with an empty window.
// Reports go to unions (issue 15): the instance has one, the factories' test union.
beforeEach(async () => {
  intakeThrottle().reset();
  await testUnion();
});

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
  it("finds a waiting report by its receipt without opening the other waiting entries", async () => {
    const receipts: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const { result } = await submitReportFromJson({ employerName: "Banque", ...VALID }, headersOf(`198.51.${100 + index}.9`));
      if (!result.ok) throw new Error("refused");
      receipts.push(result.data.receipt);
    }
    // Another waiting entry is unreadable (foreign key, broken file): the follow-up never decrypts it.
    const [first, second] = (await readdir(process.env.REPORT_SPOOL_DIR!)).filter((name) => name.endsWith(".entry"));
    await writeFile(path.join(process.env.REPORT_SPOOL_DIR!, first!), "garbage");
    const opened = await Promise.allSettled(receipts.map((receipt) => openReportByReceipt({ receipt }, client("198.51.100.77"))));
    expect(opened.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(2);
    expect(second).toMatch(/^r-[0-9a-f-]{36}-[0-9a-f]{32}\.entry$/);
    // Nor does it block the batch: it is set aside, the others are written.
    expect(await flushIntake({ includeCurrent: true })).toMatchObject({ reports: 2, waiting: 0 });
    expect(await readdir(path.join(process.env.REPORT_SPOOL_DIR!, "unreadable"))).toEqual([first]);
  });

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
      { id: expect.any(String), from: "union", unionName: "TEST", body: "Pouvez-vous préciser le service ?", sentOn: threeDaysAgo, pending: false },
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
    // Another network is not affected.
    expect(await openReportByReceipt({ receipt: right }, client("203.0.113.32"))).toHaveProperty("reportId");
  });
});


const ORIGIN = () => new URL(env().APP_URL).origin;

function postJson(body: unknown, headers: Headers): Promise<Response> {
  return POST(new Request("http://localhost/api/public/reports", { method: "POST", headers, body: JSON.stringify(body) }));
}

/** What a browser or script sends through scripts/server.mjs, plus whatever it chose to write itself. */
const jsonFrom = (address: string, extra: Record<string, string> = {}) =>
  fromClient(address, { "content-type": "application/json", origin: ORIGIN(), ...extra });

async function tableCounts(): Promise<Record<string, number>> {
  const { rows } = await getPool().query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1",
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const result = await getPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${JSON.stringify(name)}`);
    counts[name] = result.rows[0]!.n;
  }
  return counts;
}

describe("intake throttle", () => {
  it("is not bypassed by rotating X-Forwarded-For, for submissions and for wrong receipts", async () => {
    for (let index = 0; index < 10; index += 1) {
      const response = await postJson({ employerName: "Banque", ...VALID }, jsonFrom("192.0.2.44", { "x-forwarded-for": `10.${index}.0.1`, "x-real-ip": `10.${index}.0.2` }));
      expect(response.status).toBe(201);
    }
    const refused = await postJson({ employerName: "Banque", ...VALID }, jsonFrom("192.0.2.44", { "x-forwarded-for": "10.99.0.1" }));
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: "throttled", formError: "reportForm.errors.throttled" });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await spooledReports()).toBe(10);

    for (let index = 0; index < 10; index += 1) {
      const guesser = intakeClient(fromClient("192.0.2.45", { "x-forwarded-for": `10.${index}.1.1` }));
      await expectAppError(openReportByReceipt({ receipt: `000000000000${String(index).padStart(4, "0")}` }, guesser), "invalid");
    }
    const guesser = intakeClient(fromClient("192.0.2.45", { "x-forwarded-for": "10.100.1.1" }));
    await expectAppError(openReportByReceipt({ receipt: "0000000000009999" }, guesser), "throttled");
  });

  it("keys a client on its /24 (IPv4) or /48 (IPv6): one network shares a bucket, the next does not", async () => {
    for (let index = 0; index < 10; index += 1) await consumeSubmission(client(`198.51.100.${index + 1}`));
    await expectAppError(consumeSubmission(client("198.51.100.200")), "throttled");
    await expectAppError(consumeSubmission(client("::ffff:198.51.100.201")), "throttled");
    await consumeSubmission(client("198.51.101.1"));

    for (let index = 0; index < 10; index += 1) await recordReceiptFailure(client(`2001:db8:aaaa:${index}::1`));
    await expectAppError(assertReceiptAttemptAllowed(client("2001:db8:aaaa:ffff::2")), "throttled");
    await assertReceiptAttemptAllowed(client("2001:db8:aaab::1"));
  });

  it("ignores the client address header without the server's token: every such request shares one bucket", async () => {
    const forged = (address: string, token?: string) =>
      new Headers({ "x-vigie-client-address": address, ...(token ? { "x-vigie-client-token": token } : {}), "x-forwarded-for": address });
    expect(intakeClient(forged("192.0.2.70"))).toEqual({ address: "unknown" });
    expect(intakeClient(forged("192.0.2.70", "a-guessed-token"))).toEqual({ address: "unknown" });
    expect(intakeClient(fromClient("192.0.2.70"))).toEqual({ address: "192.0.2.70" });

    for (let index = 0; index < 10; index += 1) await consumeSubmission(intakeClient(forged(`10.${index}.7.1`, "a-guessed-token")));
    await expectAppError(consumeSubmission(intakeClient(forged("10.200.7.1"))), "throttled");
    await consumeSubmission(intakeClient(fromClient("10.200.7.1")));
  });

  it("after a burst, no table holds anything of the throttle: only the reports were written", async () => {
    const before = await tableCounts();
    expect(Object.keys(before)).not.toContain("throttle_salts");
    for (let index = 0; index < 12; index += 1) {
      await postJson({ employerName: "Banque", ...VALID }, jsonFrom(`203.0.113.${index}`));
      await openReportByReceipt({ receipt: `11110000000000${String(index).padStart(2, "0")}` }, client(`203.0.113.${index}`)).catch(() => undefined);
    }
    // Not even the reports yet: they wait for their batch, outside the database.
    const after = await tableCounts();
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed).toEqual([]);
    expect(await spooledReports()).toBe(10);
    await flushIntake({ includeCurrent: true });
    const delivered = await tableCounts();
    expect(Object.keys(delivered).filter((name) => delivered[name] !== before[name])).toEqual(["member_reports"]);
    expect(delivered.member_reports).toBe(10);
    expect(delivered.rate_limits).toBe(0);
  });

  it("refuses a throttled submission before hashing, stores nothing, and says when to retry", async () => {
    const member = client("192.0.2.50");
    for (let index = 0; index < 10; index += 1) await consumeSubmission(member);
    const { result, status } = await submitReportFromJson({ employerName: "Banque", ...VALID }, headersOf("192.0.2.50"));
    expect(status).toBe(429);
    expect(result).toMatchObject({ ok: false, formError: "reportForm.errors.throttled", details: { retryAfterSeconds: expect.any(Number), retryAfterMinutes: expect.any(Number) } });
    expect(await prisma.memberReport.count()).toBe(0);
  });

  it("uses fixed aligned windows whose key and counters are dropped when the window ends", async () => {
    let now = Date.UTC(2026, 0, 5, 14, 17, 23, 456); // 14:17:23.456, in the 14:00–15:00 window
    const throttle = createIntakeThrottle({ windowMinutes: 60, maxSubmissions: 2, maxReceiptFailures: 1, maxTrackedClients: 3, now: () => now });
    const member = client("192.0.2.80");
    throttle.consumeSubmission(member);
    throttle.consumeSubmission(member);
    const error = (() => {
      try {
        throttle.consumeSubmission(member);
      } catch (caught) {
        return caught as { details: { retryAfterSeconds: number } };
      }
    })();
    // The wait is to the window's end (15:00), whatever the time of the first request.
    expect(error?.details.retryAfterSeconds).toBe(42 * 60 + 37);
    expect(throttle.stats()).toEqual({ trackedClients: 1, windowEndsAt: Date.UTC(2026, 0, 5, 15) });

    now = Date.UTC(2026, 0, 5, 15, 0, 0, 1);
    throttle.consumeSubmission(member); // a new window: nothing of the last one is left
    expect(throttle.stats()).toEqual({ trackedClients: 1, windowEndsAt: Date.UTC(2026, 0, 5, 16) });
  });

  it("tracks at most REPORT_MAX_TRACKED_CLIENTS prefixes per window and refuses new ones past it", async () => {
    const throttle = createIntakeThrottle({ windowMinutes: 60, maxSubmissions: 5, maxReceiptFailures: 5, maxTrackedClients: 3 });
    for (const address of ["192.0.2.1", "198.51.100.1", "203.0.113.1"]) throttle.consumeSubmission(client(address));
    expect(() => throttle.consumeSubmission(client("192.0.3.1"))).toThrow(expect.objectContaining({ code: "throttled" }));
    expect(() => throttle.assertReceiptAttemptAllowed(client("192.0.3.1"))).toThrow(expect.objectContaining({ code: "throttled" }));
    throttle.consumeSubmission(client("192.0.2.99")); // a known prefix goes on
    expect(throttle.stats().trackedClients).toBe(3);
    throttle.reset();
  });

  it("bounds concurrent hashing and answers 429 with a wait past the queue", async () => {
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
    const refused = await expectAppError(task(), "throttled");
    expect(refused.messageKey).toBe("reportForm.errors.busy");
    expect(refused.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(slots.stats()).toMatchObject({ active: 2, waiting: 1 });
    while (release.length > 0 || slots.stats().active > 0) {
      release.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(started);
    expect(peak).toBe(2);
    expect(slots.stats()).toMatchObject({ active: 0, waiting: 0 });
  });

  it("caps hashes per aligned minute for all clients together", async () => {
    let now = Date.UTC(2026, 0, 5, 14, 17, 20);
    const slots = createSlots(4, 10, 3, () => now);
    for (let index = 0; index < 3; index += 1) await slots.run(async () => undefined);
    const refused = await expectAppError(slots.run(async () => undefined), "throttled");
    expect(refused.details).toMatchObject({ retryAfterSeconds: 40 });
    now = Date.UTC(2026, 0, 5, 14, 18, 0);
    await slots.run(async () => undefined);
  });
});

describe("JSON intake route", () => {
  it("refuses a body that is not application/json (415) and a missing or foreign Origin (403), storing nothing", async () => {
    const body = { employerName: "Banque", ...VALID };
    const plain = await postJson(body, fromClient("192.0.2.90", { "content-type": "text/plain", origin: ORIGIN() }));
    expect(plain.status).toBe(415);
    expect(await plain.json()).toMatchObject({ error: "unsupported_media_type", message: expect.stringContaining("Rien n'a été enregistré") });
    const form = await postJson(body, fromClient("192.0.2.90", { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN() }));
    expect(form.status).toBe(415);

    const noOrigin = await postJson(body, fromClient("192.0.2.90", { "content-type": "application/json" }));
    expect(noOrigin.status).toBe(403);
    const foreign = await postJson(body, fromClient("192.0.2.90", { "content-type": "application/json", origin: "https://evil.example" }));
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: "forbidden_origin", message: expect.stringContaining("Origin") });
    expect(await countRows()).toEqual(NOTHING);

    const accepted = await postJson(body, fromClient("192.0.2.90", { "content-type": "application/json; charset=utf-8", origin: ORIGIN() }));
    expect(accepted.status).toBe(201);
  });
});
