/**
 * Issue 14, played as the adversary of docs/threat-model.md who holds a full copy of the database (every
 * table, every row; no application secret): after a burst of reports, reporter messages and wrong
 * receipts from known addresses,
 * - trying every address of the markers' /16 against everything the copy holds recovers none of them
 *   (the same probe run on a planted throttle row of the old design does recover its address: the probe
 *   works);
 * - the reports' transaction ids and places in the table say nothing of when each was sent among the
 *   rows written around them, nor of their order.
 */
import { createHash, createHmac } from "node:crypto";

import pg from "pg";
import { describe, expect, inject, it } from "vitest";

import { getPool, prisma } from "@/lib/db";
import { flushIntake } from "@/lib/reports/flush-intake";
import { addReporterMessage, openReportByReceipt } from "@/lib/reports/follow-up";
import { intakeClient, openReportFromForm, submitReportFromJson } from "@/lib/reports/public-intake";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { fromClient } from "@/tests/setup/client-headers";
import { dumpDatabase } from "@/tests/setup/pg-dump";

/** A request as scripts/server.mjs hands it to the app (the socket's address), plus the same address as a proxy would forward it. */
const from = (address: string) => fromClient(address, { "x-forwarded-for": address, "x-real-ip": address });

/** The markers: 10 /24s of 198.18.0.0/16, two addresses in each. */
const SUBMITTERS = Array.from({ length: 10 }, (_, net) => [`198.18.${net * 7}.${10 + net}`, `198.18.${net * 7}.${200 - net}`]).flat();
const GUESSERS = ["198.18.250.3", "198.18.251.99"];
const MARKERS = [...SUBMITTERS, ...GUESSERS];

function everyAddressOfTheSlash16(): string[] {
  const out: string[] = [];
  for (let third = 0; third < 256; third += 1) for (let fourth = 0; fourth < 256; fourth += 1) out.push(`198.18.${third}.${fourth}`);
  return out;
}

/** The forms an address (or its /24) may take under a key: the derivations the app ever used, and the plain ones. */
function derivations(address: string, keys: Buffer[]): string[] {
  const prefix = address.split(".").slice(0, 3).join(".");
  const inputs = [address, `vigie:intake:${address}`, `${prefix}.0/24`, `vigie:intake:${prefix}.0/24`, `client:${address}`];
  const out: string[] = [];
  for (const input of inputs) {
    out.push(createHash("sha256").update(input).digest("hex"));
    for (const key of keys) out.push(createHmac("sha256", key).update(input).digest("hex"));
  }
  return out;
}

type TCopy = { text: string; tokens: Set<string>; keys: Buffer[] };

/** The adversary's copy: the dump, every hex token in it, and every short bytea value (a salt, a key). */
async function takeCopy(): Promise<TCopy> {
  const dump = await dumpDatabase(inject("databaseUrl"));
  const pool = getPool();
  const { rows: columns } = await pool.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'bytea'`,
  );
  const keys: Buffer[] = [];
  for (const { table_name, column_name } of columns) {
    const { rows } = await pool.query<{ value: Buffer }>(
      `SELECT "${column_name}" AS value FROM "${table_name}" WHERE octet_length("${column_name}") BETWEEN 16 AND 64`,
    );
    keys.push(...rows.map((row) => row.value));
  }
  return { text: dump.text, tokens: new Set(dump.text.toLowerCase().match(/[0-9a-f]{64}/g) ?? []), keys };
}

function recovered(copy: TCopy): string[] {
  const found = new Set<string>();
  for (const address of MARKERS) {
    for (const form of [address, Buffer.from(address).toString("hex"), Buffer.from(address).toString("base64")]) if (copy.text.includes(form)) found.add(address);
  }
  for (const address of everyAddressOfTheSlash16()) {
    if (derivations(address, copy.keys).some((digest) => copy.tokens.has(digest))) found.add(address);
  }
  return [...found].sort();
}

describe("an adversary with a copy of the database", () => {
  it("recovers no address from a burst of reports, messages and wrong receipts, even trying the whole /16", { timeout: 120_000 }, async () => {
    const employer = await createEmployer({ legalName: "Banque du Marqueur" });
    const receipts: string[] = [];
    for (const address of SUBMITTERS) {
      const { result } = await submitReportFromJson({ employerId: employer.id, whatItDoes: `Un outil note les appels (envoi depuis le poste ${SUBMITTERS.indexOf(address)}).` }, from(address));
      if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
      receipts.push(result.data.receipt);
    }
    // Reporter messages from the same addresses, and wrong receipts on the follow-up path.
    for (const [index, address] of SUBMITTERS.slice(0, 4).entries()) {
      const { reportId } = await openReportByReceipt({ receipt: receipts[index]! }, intakeClient(from(address)));
      await addReporterMessage(reportId, { body: "Précision : depuis lundi." }, intakeClient(from(address)));
    }
    for (const address of GUESSERS) {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const data = new FormData();
        data.set("receipt", `1111 2222 3333 ${String(4000 + attempt)}`);
        const { result } = await openReportFromForm(data, from(address));
        expect(result).toEqual({ ok: false, formError: "reportForm.errors.wrongReceipt" });
      }
    }
    expect(await flushIntake({ includeCurrent: true })).toEqual({ reports: SUBMITTERS.length, messages: 4, waiting: 0 });

    const copy = await takeCopy();
    expect(copy.text).toContain("Banque du Marqueur"); // the copy is a real one
    expect(recovered(copy)).toEqual([]);
  });

  it("(control) the same probe recovers the address from a throttle row of the old design", { timeout: 120_000 }, async () => {
    const salt = Buffer.alloc(32, 0x5a);
    // Planted by the owner: the app's role cannot create tables (ADR 0035).
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    await pool.query("CREATE TABLE probe_control (salt bytea, key text)");
    try {
      await pool.query("INSERT INTO probe_control VALUES ($1, $2)", [salt, `report-submit:${createHmac("sha256", salt).update("vigie:intake:198.18.77.5").digest("hex")}.493812`]);
      const copy = await takeCopy();
      const found = recovered(copy);
      expect(found).toContain("198.18.77.5");
    } finally {
      await pool.query("DROP TABLE probe_control");
      await pool.end();
    }
  });
});

describe("the order of rows", () => {
  it("does not date a report among the rows written around it, nor keep the order reports were sent in", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    const receipts: string[] = [];
    // Timestamped rows (cases, their events and audit rows) written between the submissions.
    for (let index = 0; index < 12; index += 1) {
      const written = await createCase(employer.id, { localName: `Cas ${index}` });
      await prisma.auditEvent.create({ data: { actorId: rep.id, action: "case.create", entityType: "case", entityId: written.id } });
      const { result } = await submitReportFromJson({ employerId: employer.id, whatItDoes: `Signalement numéro ${index} sur un outil d'IA.` }, from(`10.${index}.0.1`));
      if (!result.ok) throw new Error("refused");
      receipts.push(result.data.receipt);
    }
    const reportsBeforeFlush = await prisma.memberReport.count();
    expect(reportsBeforeFlush).toBe(0); // nothing of them in the database until the batch
    await createCase(employer.id, { localName: "Cas écrit après les signalements" });
    await flushIntake({ includeCurrent: true });

    const pool = getPool();
    const { rows: reports } = await pool.query<{ id: string; xmin: string; ctid: string }>(
      "SELECT id::text, xmin::text, ctid::text FROM member_reports",
    );
    // One transaction id for the whole batch…
    expect(new Set(reports.map((report) => report.xmin)).size).toBe(1);
    const batchXid = BigInt(reports[0]!.xmin);
    // …later than every timestamped row written while the reports were being sent: each report has
    // the same rows before it, so none can be placed among them.
    const { rows: around } = await pool.query<{ xmin: string }>(
      "SELECT xmin::text FROM deployments UNION ALL SELECT xmin::text FROM audit_events",
    );
    expect(around.length).toBe(25);
    expect(around.every((row) => BigInt(row.xmin) < batchXid)).toBe(true);

    // Places in the table (ctid) in random order, not in the order sent.
    const sentOrder: string[] = [];
    for (const receipt of receipts) sentOrder.push((await openReportByReceipt({ receipt }, { address: "192.0.2.200" })).reportId);
    const place = (ctid: string) => ctid.slice(1, -1).split(",").map(Number) as [number, number];
    const storedOrder = reports.toSorted((a, b) => place(a.ctid)[0] - place(b.ctid)[0] || place(a.ctid)[1] - place(b.ctid)[1]).map((report) => report.id);
    expect(storedOrder.toSorted()).toEqual(sentOrder.toSorted());
    expect(storedOrder).not.toEqual(sentOrder); // 1 chance in 12! (~2e-9) to fail by luck
    expect(storedOrder).not.toEqual(sentOrder.toReversed());
  });
});
