/**
 * Encryption at rest of member-report text, and receipts (issue 4, DOMAIN.md C.5).
 *
 * - Text: AES-256-GCM with REPORT_ENCRYPTION_KEY, a key that lives outside the database (env, or
 *   $VIGIE_DATA_DIR/secrets.json for the embedded default). Layout: version (1 byte) | IV (12) | tag (16) |
 *   ciphertext. A database dump alone reveals no report text.
 * - Receipts: 16 random digits, shown once. Stored only as an argon2id hash whose salt is derived from the
 *   same key: deterministic, so that a receipt can be looked up by its hash (unique index), and useless to
 *   someone who has the dump but not the key.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from "node:crypto";

import { hashRaw } from "@node-rs/argon2";

import { env } from "@/lib/env";
import { formatReceipt, normalizeReceipt, RECEIPT_DIGITS } from "@/lib/reports/receipt-format";

export { formatReceipt, normalizeReceipt, RECEIPT_DIGITS };

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function key(): Buffer {
  return Buffer.from(env().REPORT_ENCRYPTION_KEY, "base64");
}

export function encryptText(plaintext: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const out = new Uint8Array(1 + IV_BYTES + TAG_BYTES + ciphertext.length);
  out[0] = VERSION;
  out.set(iv, 1);
  out.set(cipher.getAuthTag(), 1 + IV_BYTES);
  out.set(ciphertext, 1 + IV_BYTES + TAG_BYTES);
  return out;
}

/** Throws when the data was not encrypted with this key or was tampered with (GCM tag). */
export function decryptText(data: Uint8Array): string {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buffer[0] !== VERSION) throw new Error(`Unknown report encryption version ${buffer[0]}`);
  const iv = buffer.subarray(1, 1 + IV_BYTES);
  const tag = buffer.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(buffer.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

export const encryptJson = (value: unknown) => encryptText(JSON.stringify(value));
export const decryptJson = <T>(data: Uint8Array): T => JSON.parse(decryptText(data)) as T;

/** 16 digits from the CSPRNG (~53 bits), grouped by four for reading aloud: "4821 0937 5512 8830". */
export function generateReceipt(): string {
  let digits = "";
  for (let i = 0; i < RECEIPT_DIGITS; i += 1) digits += String(randomInt(10));
  return formatReceipt(digits);
}

// argon2id, m=19 MiB, t=2, p=1 (OWASP 2024 minimum), as for passwords.
const RECEIPT_HASH_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/** The stored form of a receipt (hex of the raw argon2id output). `receipt` may carry spaces. */
export async function hashReceipt(receipt: string): Promise<string> {
  const digits = normalizeReceipt(receipt);
  if (!digits) throw new Error("Not a receipt");
  const salt = createHmac("sha256", key()).update("vigie:receipt-salt:v1").digest().subarray(0, 16);
  const hash = await hashRaw(digits, { ...RECEIPT_HASH_OPTIONS, salt });
  return hash.toString("hex");
}
