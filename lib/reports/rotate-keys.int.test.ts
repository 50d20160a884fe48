/**
 * `npm run keys:rotate` on real PostgreSQL (issue 14, point 5): after a rotation every old receipt still
 * opens its report with its text and messages, every ciphertext (rows and spool) names the new key, the
 * old key is gone from the keyring, and what was encrypted under it no longer opens.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { getPool, prisma } from "@/lib/db";
import { aad, decryptText, keyIdOf } from "@/lib/reports/crypto";
import { flushIntake } from "@/lib/reports/flush-intake";
import { addReporterMessage, getReportForReporter, openReportByReceipt } from "@/lib/reports/follow-up";
import { readSpool } from "@/lib/reports/intake-spool";
import { derivedKeyId, readKeyringFile } from "@/lib/reports/keyring";
import { submitReportFromJson } from "@/lib/reports/public-intake";
import { RotationRefused, rotateReportKeys } from "@/lib/reports/rotate-keys";
import { createActor, createEmployer } from "@/tests/factories";
import { addReportMessage } from "@/tests/factories/triage";
import { fromClient } from "@/tests/setup/client-headers";

let dir: string;
let keyringFile: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "vigie-rotate-"));
  keyringFile = path.join(dir, "report-keys.json");
});
afterEach(() => {
  vi.unstubAllEnvs();
  delete process.env.REPORT_KEYRING_FILE;
  rmSync(dir, { recursive: true, force: true });
});

const client = { address: "192.0.2.44" };
const headers = fromClient(client.address);

async function submit(whatItDoes: string, employerId: string): Promise<string> {
  const { result } = await submitReportFromJson({ employerId, whatItDoes }, headers);
  if (!result.ok) throw new Error("refused");
  return result.data.receipt;
}

async function allCiphertexts(): Promise<Uint8Array[]> {
  const { rows } = await getPool().query<{ data: Buffer }>("SELECT content AS data FROM member_reports UNION ALL SELECT body FROM report_messages");
  return rows.map((row) => row.data);
}

describe("rotating the report key", () => {
  it("re-encrypts every row and spool entry, keeps every receipt working, and drops the old key", async () => {
    const employer = await createEmployer();
    const rep = await createActor("rep", { employerIds: [employer.id] });
    // Written under the environment key (no keyring file yet): two delivered reports with messages…
    const receipts = [await submit("Un outil note chaque appel des conseillers.", employer.id), await submit("Un assistant rédige les courriels aux clients.", employer.id)];
    await flushIntake({ includeCurrent: true });
    const { reportId: first } = await openReportByReceipt({ receipt: receipts[0]! }, client);
    await addReportMessage(first, "Pouvez-vous préciser le service ?", { kind: "rep", authorId: rep.id });
    await addReporterMessage(first, { body: "Le service recouvrement." }, client);
    await flushIntake({ includeCurrent: true });
    // …and one still in the spool.
    receipts.push(await submit("Des plannings générés par une IA depuis lundi.", employer.id));

    const oldKeyId = derivedKeyId(Buffer.from(process.env.REPORT_ENCRYPTION_KEY!, "base64"));
    const before = await allCiphertexts();
    expect(before).toHaveLength(4);
    expect(new Set(before.map(keyIdOf))).toEqual(new Set([oldKeyId]));
    const viewsBefore = await Promise.all(receipts.map(async (receipt) => getReportForReporter((await openReportByReceipt({ receipt }, client)).reportId)));

    const lines: string[] = [];
    const rotation = await rotateReportKeys({ keyringFile, settleMs: 10, log: (line) => lines.push(line) });
    expect(rotation).toMatchObject({ retired: [oldKeyId], reports: 2, messages: 2, spool: 1 });
    expect(lines.join("\n")).not.toContain(process.env.REPORT_ENCRYPTION_KEY!);

    // The keyring holds the new key only; the environment key is no longer needed at all.
    const keyring = readKeyringFile(keyringFile);
    expect(Object.keys(keyring.keys)).toEqual([rotation.newKeyId]);
    vi.stubEnv("REPORT_ENCRYPTION_KEY", "");
    expect(new Set((await allCiphertexts()).map(keyIdOf))).toEqual(new Set([rotation.newKeyId]));
    for (const { name } of await readSpool()) expect(name).toMatch(/\.entry$/);

    // Every receipt opens its report, with the same text and messages as before.
    for (const [index, receipt] of receipts.entries()) {
      const { reportId } = await openReportByReceipt({ receipt }, client);
      expect(await getReportForReporter(reportId)).toEqual(viewsBefore[index]);
    }
    // The spooled one is delivered under the new key too.
    expect(await flushIntake({ includeCurrent: true })).toMatchObject({ reports: 1 });
    expect(new Set((await allCiphertexts()).map(keyIdOf))).toEqual(new Set([rotation.newKeyId]));

    // What was encrypted under the old key (a backup's copy) no longer opens.
    const [report] = await prisma.memberReport.findMany({ where: { id: first }, select: { id: true } });
    expect(() => decryptText(before[0]!, aad.reportContent(report!.id))).toThrow(/not in the keyring/);
    expect(readFileSync(keyringFile, "utf8")).not.toContain(oldKeyId);
  });

  it("refuses to rotate while receipts still depend on the content key", async () => {
    vi.stubEnv("REPORT_RECEIPT_SALT", "");
    await expect(rotateReportKeys({ keyringFile, settleMs: 0 })).rejects.toBeInstanceOf(RotationRefused);
  });
});
