import { createHmac, randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The keys of member-report text (ADR 0010, docs/threat-model.md). Never in the database.
 *
 * - With `REPORT_KEYRING_FILE` (what `npm start` sets: `<secrets dir>/report-keys.json`), the keys live
 *   in that file: `{ "current": "<id>", "keys": { "<id>": "<32 bytes base64>" } }`. It is re-read when it
 *   changes, so `npm run keys:rotate` can switch every running instance to a new key, re-encrypt every
 *   row, and then drop the old key from the file.
 * - Without it, `REPORT_ENCRYPTION_KEY` (env) is the one key; its id is derived from it.
 * A key id is 8 bytes, written in clear in every ciphertext (lib/reports/crypto.ts): it names the key,
 * and tells nothing about the key itself.
 */
export type TReportKey = { id: string; key: Buffer };
export type TKeyring = { current: TReportKey; byId: Map<string, TReportKey> };
export type TKeyringFile = { current: string; keys: Record<string, string> };

export const KEY_ID_BYTES = 8;
const KEY_ID_PATTERN = /^[0-9a-f]{16}$/;

function parseKey(base64: string, where: string): Buffer {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error(`${where}: a report key must be 32 bytes in base64`);
  return key;
}

/** The id of an environment key: the first 8 bytes of HMAC(key, label), hex. */
export function derivedKeyId(key: Buffer): string {
  return createHmac("sha256", key).update("vigie:report-key-id:v1").digest().subarray(0, KEY_ID_BYTES).toString("hex");
}

export function newReportKey(): TReportKey {
  return { id: randomBytes(KEY_ID_BYTES).toString("hex"), key: randomBytes(32) };
}

export function keyringFromFile(file: TKeyringFile, where = "report keyring"): TKeyring {
  const byId = new Map<string, TReportKey>();
  for (const [id, base64] of Object.entries(file.keys ?? {})) {
    if (!KEY_ID_PATTERN.test(id)) throw new Error(`${where}: key id ${JSON.stringify(id)} must be 16 hex characters`);
    byId.set(id, { id, key: parseKey(base64, where) });
  }
  const current = byId.get(file.current);
  if (!current) throw new Error(`${where}: the current key ${JSON.stringify(file.current)} is not in "keys"`);
  return { current, byId };
}

export function readKeyringFile(file: string): TKeyringFile {
  return JSON.parse(readFileSync(file, "utf8")) as TKeyringFile;
}

/** Writes the keyring atomically (temp file + rename), readable by its owner only. */
export function writeKeyringFile(file: string, keyring: TKeyringFile): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, `${JSON.stringify(keyring, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

let cached: { source: string; stamp: string; keyring: TKeyring } | undefined;

/** The keyring in use now. The file is stat'ed on each call (microseconds) and re-read when it changed. */
export function currentKeyring(): TKeyring {
  const file = process.env.REPORT_KEYRING_FILE;
  if (file && existsSync(file)) {
    const stats = statSync(file);
    const stamp = `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
    if (cached?.source !== file || cached.stamp !== stamp) cached = { source: file, stamp, keyring: keyringFromFile(readKeyringFile(file), file) };
    return cached.keyring;
  }
  const base64 = process.env.REPORT_ENCRYPTION_KEY;
  if (!base64) throw new Error("No report key: set REPORT_KEYRING_FILE or REPORT_ENCRYPTION_KEY (see README, Configuration)");
  if (cached?.source !== `env:${base64}`) {
    const key = parseKey(base64, "REPORT_ENCRYPTION_KEY");
    const entry = { id: derivedKeyId(key), key };
    cached = { source: `env:${base64}`, stamp: "", keyring: { current: entry, byId: new Map([[entry.id, entry]]) } };
  }
  return cached.keyring;
}
