/**
 * Encryption at rest of member-report text, and receipts (issue 4 and 14, ADR 0010, docs/threat-model.md).
 *
 * - Text: AES-256-GCM under the current report key (lib/reports/keyring.ts), a key that never touches the
 *   database. Layout v2: version 2 (1 byte) | key id (8) | IV (12) | tag (16) | ciphertext. The
 *   ciphertext is of the text padded to a size bucket (length prefix, zeros), so its length tells only the
 *   bucket. The associated data names the row it belongs to (`aad.reportContent(id)`...): a blob copied
 *   onto another row does not open. Version 1 (no key id, no padding, no AAD) is still read, until
 *   `npm run keys:rotate` has rewritten it.
 * - Receipts: 16 random digits, shown once, stored only as argon2id with the installation's receipt salt
 *   (`REPORT_RECEIPT_SALT`, outside the database): deterministic, so a receipt is looked up by its hash
 *   (unique index), useless to someone who has the dump but not the salt, and independent of the content
 *   key, so rotating that key keeps every receipt working.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from "node:crypto";

import { hashRaw } from "@node-rs/argon2";

import { currentKeyring, KEY_ID_BYTES, type TReportKey } from "@/lib/reports/keyring";
import { formatReceipt, normalizeReceipt, RECEIPT_DIGITS } from "@/lib/reports/receipt-format";

export { formatReceipt, normalizeReceipt, RECEIPT_DIGITS };

const LEGACY_VERSION = 1;
const VERSION = 2;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;

/** The row a ciphertext belongs to: its associated data. */
export const aad = {
  reportContent: (reportId: string) => `vigie:member_reports.content:${reportId}`,
  messageBody: (reportId: string, messageId: bigint | string) => `vigie:report_messages.body:${reportId}:${messageId}`,
  spoolEntry: (name: string) => `vigie:intake-spool:${name}`,
} as const;

const MIN_BUCKET = 256;
const LARGE_STEP = 64 * 1024;

/** The padded size for `length` bytes of text (+4 for its length prefix): 256, 512, 1 KiB… 64 KiB, then steps of 64 KiB. */
export function paddedSize(length: number): number {
  const needed = length + 4;
  if (needed > LARGE_STEP) return Math.ceil(needed / LARGE_STEP) * LARGE_STEP;
  let size = MIN_BUCKET;
  while (size < needed) size *= 2;
  return size;
}

function pad(text: Buffer): Buffer {
  const out = Buffer.alloc(paddedSize(text.length));
  out.writeUInt32BE(text.length, 0);
  text.copy(out, 4);
  return out;
}

function unpad(padded: Buffer): Buffer {
  const length = padded.readUInt32BE(0);
  if (length > padded.length - 4) throw new Error("Corrupt report ciphertext (length)");
  return padded.subarray(4, 4 + length);
}

function encryptWith(entry: TReportKey, plaintext: string, associated: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const keyId = Buffer.from(entry.id, "hex");
  const cipher = createCipheriv("aes-256-gcm", entry.key, iv);
  cipher.setAAD(Buffer.concat([Buffer.from([VERSION]), keyId, Buffer.from(associated, "utf8")]));
  const ciphertext = Buffer.concat([cipher.update(pad(Buffer.from(plaintext, "utf8"))), cipher.final()]);
  const out = new Uint8Array(HEADER_BYTES + ciphertext.length);
  out[0] = VERSION;
  out.set(keyId, 1);
  out.set(iv, 1 + KEY_ID_BYTES);
  out.set(cipher.getAuthTag(), 1 + KEY_ID_BYTES + IV_BYTES);
  out.set(ciphertext, HEADER_BYTES);
  return out;
}

/** Encrypts `plaintext` for the row `associated` names (see `aad`), under the current key. */
export function encryptText(plaintext: string, associated: string): Uint8Array<ArrayBuffer> {
  return encryptWith(currentKeyring().current, plaintext, associated);
}

/** The id of the key a ciphertext was made with ("legacy" for version 1, which carries none). */
export function keyIdOf(data: Uint8Array): string {
  if (data[0] === LEGACY_VERSION) return "legacy";
  if (data[0] !== VERSION) throw new Error(`Unknown report encryption version ${data[0]}`);
  return Buffer.from(data.subarray(1, 1 + KEY_ID_BYTES)).toString("hex");
}

/**
 * Throws when the data was not made for this row (`associated`), with a key of the keyring, or was
 * tampered with (GCM tag).
 */
export function decryptText(data: Uint8Array, associated: string): string {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const keyring = currentKeyring();
  if (buffer[0] === LEGACY_VERSION) return decryptLegacy(buffer, [...keyring.byId.values()]);
  const entry = keyring.byId.get(keyIdOf(buffer));
  if (!entry) throw new Error("Report ciphertext made with a key that is not in the keyring");
  const decipher = createDecipheriv("aes-256-gcm", entry.key, buffer.subarray(1 + KEY_ID_BYTES, 1 + KEY_ID_BYTES + IV_BYTES));
  decipher.setAAD(Buffer.concat([buffer.subarray(0, 1 + KEY_ID_BYTES), Buffer.from(associated, "utf8")]));
  decipher.setAuthTag(buffer.subarray(1 + KEY_ID_BYTES + IV_BYTES, HEADER_BYTES));
  return unpad(Buffer.concat([decipher.update(buffer.subarray(HEADER_BYTES)), decipher.final()])).toString("utf8");
}

/** Version 1: version | IV | tag | ciphertext, no key id: tried with every key of the keyring. */
function decryptLegacy(buffer: Buffer, keys: TReportKey[]): string {
  for (const entry of keys) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", entry.key, buffer.subarray(1, 1 + IV_BYTES));
      decipher.setAuthTag(buffer.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(buffer.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    } catch {
      // another key
    }
  }
  throw new Error("Report ciphertext (version 1) opens with no key of the keyring");
}

/** The same text under the current key (key rotation); unchanged when it already is. */
export function reencrypt(data: Uint8Array, associated: string): Uint8Array<ArrayBuffer> | null {
  const { current } = currentKeyring();
  if (keyIdOf(data) === current.id) return null;
  return encryptWith(current, decryptText(data, associated), associated);
}

export const encryptJson = (value: unknown, associated: string) => encryptText(JSON.stringify(value), associated);
export const decryptJson = <T>(data: Uint8Array, associated: string): T => JSON.parse(decryptText(data, associated)) as T;

/** 16 digits from the CSPRNG (~53 bits), grouped by four for reading aloud: "4821 0937 5512 8830". */
export function generateReceipt(): string {
  let digits = "";
  for (let i = 0; i < RECEIPT_DIGITS; i += 1) digits += String(randomInt(10));
  return formatReceipt(digits);
}

// argon2id, m=19 MiB, t=2, p=1 (OWASP 2024 minimum), as for passwords.
const RECEIPT_HASH_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/**
 * The receipt salt: `REPORT_RECEIPT_SALT` (16+ random bytes, base64; `npm start` generates it). An
 * installation from before it existed derived the salt from its first content key; `npm start` writes
 * that derived value down once, and without the variable the same derivation is used, so old receipts
 * keep working.
 */
export function receiptSalt(): Buffer {
  const configured = process.env.REPORT_RECEIPT_SALT;
  if (configured) {
    const salt = Buffer.from(configured, "base64");
    if (salt.length < 16) throw new Error("REPORT_RECEIPT_SALT must be at least 16 bytes in base64");
    return salt;
  }
  const legacyKey = process.env.REPORT_ENCRYPTION_KEY;
  if (!legacyKey) throw new Error("REPORT_RECEIPT_SALT is not set (see README, Configuration)");
  return legacyReceiptSalt(legacyKey);
}

/** The salt receipts had when it was derived from the content key (before issue 14). */
export function legacyReceiptSalt(base64Key: string): Buffer {
  return createHmac("sha256", Buffer.from(base64Key, "base64")).update("vigie:receipt-salt:v1").digest().subarray(0, 16);
}

/** The stored form of a receipt (hex of the raw argon2id output). `receipt` may carry spaces. */
export async function hashReceipt(receipt: string): Promise<string> {
  const digits = normalizeReceipt(receipt);
  if (!digits) throw new Error("Not a receipt");
  const hash = await hashRaw(digits, { ...RECEIPT_HASH_OPTIONS, salt: receiptSalt() });
  return hash.toString("hex");
}
