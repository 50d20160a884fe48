import "server-only";

import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

import { prisma } from "@/lib/db";
import { aad, reencrypt } from "@/lib/reports/crypto";
import { reencryptSpool } from "@/lib/reports/intake-spool";
import { currentKeyring, derivedKeyId, newReportKey, readKeyringFile, writeKeyringFile, type TKeyringFile } from "@/lib/reports/keyring";
import { asSystem } from "@/lib/db-context";

/**
 * `npm run keys:rotate` (issue 14, point 5): a new report key, every ciphertext rewritten under it
 * (member_reports.content, report_messages.body, the intake spool), then the old keys dropped from the
 * keyring file. Receipts do not depend on the content key (REPORT_RECEIPT_SALT), so each still opens
 * its report. Running instances re-read the keyring file on each use: from the moment the new key is
 * written, they encrypt under it; the rewrite then runs until no row is left under an old key, and only
 * then are the old keys removed.
 */
export type TRotation = { newKeyId: string; retired: string[]; reports: number; messages: number; spool: number };

const BATCH = 200;

export class RotationRefused extends Error {}

export const rotateReportKeys = asSystem(async function rotateReportKeys(options: { keyringFile: string; settleMs?: number; log?: (line: string) => void }): Promise<TRotation> {
  const { keyringFile, settleMs = 2_000, log = () => {} } = options;
  if (!process.env.REPORT_RECEIPT_SALT) {
    throw new RotationRefused(
      "REPORT_RECEIPT_SALT is not set: receipts would still depend on the old key. Set it first (npm start writes it to secrets.json).",
    );
  }
  process.env.REPORT_KEYRING_FILE = keyringFile;
  const previous: TKeyringFile = existsSync(keyringFile) ? readKeyringFile(keyringFile) : fromEnvironmentKey();
  const fresh = newReportKey();
  writeKeyringFile(keyringFile, { current: fresh.id, keys: { ...previous.keys, [fresh.id]: fresh.key.toString("base64") } });
  log(`new key ${fresh.id} is current; old keys: ${Object.keys(previous.keys).join(", ")}`);
  await sleep(settleMs); // writes that started under the old key finish

  const totals = { reports: 0, messages: 0, spool: 0 };
  for (let pass = 1; ; pass += 1) {
    const done = { reports: await rewriteReports(), messages: await rewriteMessages(), spool: await reencryptSpool() };
    totals.reports += done.reports;
    totals.messages += done.messages;
    totals.spool += done.spool;
    log(`pass ${pass}: rewrote ${done.reports} reports, ${done.messages} messages, ${done.spool} spool entries`);
    if ((await countUnderOldKeys(fresh.id)) === 0) break;
    if (pass >= 5) throw new Error("Rows are still being written under an old key: is an instance running with REPORT_ENCRYPTION_KEY only?");
    await sleep(settleMs);
  }
  writeKeyringFile(keyringFile, { current: fresh.id, keys: { [fresh.id]: fresh.key.toString("base64") } });
  const retired = Object.keys(previous.keys);
  log(`old keys removed from ${keyringFile}: ${retired.join(", ")}`);
  return { newKeyId: fresh.id, retired, ...totals };
});

function fromEnvironmentKey(): TKeyringFile {
  const key = process.env.REPORT_ENCRYPTION_KEY;
  if (!key) throw new RotationRefused("No keyring file and no REPORT_ENCRYPTION_KEY: nothing to rotate from.");
  return { current: derivedKeyId(Buffer.from(key, "base64")), keys: { [derivedKeyId(Buffer.from(key, "base64"))]: key } };
}

/** Rows not under `keyId` (version 1 rows carry no key id: they count too). */
async function countUnderOldKeys(keyId: string): Promise<number> {
  const id = Buffer.from(keyId, "hex");
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT ((SELECT count(*) FROM member_reports WHERE get_byte(content, 0) <> 2 OR substring(content FROM 2 FOR 8) <> ${id})
          + (SELECT count(*) FROM report_messages WHERE get_byte(body, 0) <> 2 OR substring(body FROM 2 FOR 8) <> ${id}))::int AS count`;
  return row?.count ?? 0;
}

async function rewriteReports(): Promise<number> {
  const currentId = Buffer.from(currentKeyring().current.id, "hex");
  let count = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await prisma.$queryRaw<{ id: string; content: Uint8Array<ArrayBuffer> }[]>`
      SELECT id::text AS id, content FROM member_reports
       WHERE id > ${after}::uuid AND (get_byte(content, 0) <> 2 OR substring(content FROM 2 FOR 8) <> ${currentId})
       ORDER BY id LIMIT ${BATCH}`;
    if (rows.length === 0) return count;
    for (const row of rows) {
      const rewritten = reencrypt(row.content, aad.reportContent(row.id));
      if (!rewritten) continue;
      // Compare-and-set: a row changed meanwhile is left for the next pass.
      count += await prisma.memberReport.updateMany({ where: { id: row.id, content: { equals: row.content } }, data: { content: rewritten } }).then((result) => result.count);
    }
    after = rows.at(-1)!.id;
  }
}

async function rewriteMessages(): Promise<number> {
  const currentId = Buffer.from(currentKeyring().current.id, "hex");
  let count = 0;
  let after = 0n;
  for (;;) {
    const rows = await prisma.$queryRaw<{ id: bigint; report_id: string; body: Uint8Array<ArrayBuffer> }[]>`
      SELECT id, report_id::text AS report_id, body FROM report_messages
       WHERE id > ${after} AND (get_byte(body, 0) <> 2 OR substring(body FROM 2 FOR 8) <> ${currentId})
       ORDER BY id LIMIT ${BATCH}`;
    if (rows.length === 0) return count;
    for (const row of rows) {
      const rewritten = reencrypt(row.body, aad.messageBody(row.report_id, row.id));
      if (!rewritten) continue;
      count += await prisma.reportMessage.updateMany({ where: { id: row.id, body: { equals: row.body } }, data: { body: rewritten } }).then((result) => result.count);
    }
    after = BigInt(rows.at(-1)!.id);
  }
}
