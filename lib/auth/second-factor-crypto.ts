/**
 * Secrets of the second factor at rest (ADR 0031). Pure apart from node:crypto; the caller passes
 * AUTH_SECRET, from which two keys are derived with HKDF-SHA256:
 * - the TOTP secret is encrypted with AES-256-GCM; the associated data names the user, so a blob copied
 *   onto another account does not open. Layout: version (1) | IV (12) | tag (16) | ciphertext.
 * - recovery codes are kept as HMAC-SHA256 (they are random, 50 bits: a keyed hash is enough, and a
 *   dump without AUTH_SECRET gives nothing to test guesses against).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from "node:crypto";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function derive(authSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "vigie-second-factor", `vigie:${purpose}:v1`, 32));
}

const associated = (userId: string) => Buffer.from(`vigie:totp_factors.secret:${userId}`, "utf8");

export function encryptTotpSecret(secret: string, userId: string, authSecret: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", derive(authSecret, "totp-secret"), iv);
  cipher.setAAD(associated(userId));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  const out = new Uint8Array(1 + IV_BYTES + TAG_BYTES + ciphertext.length);
  out[0] = VERSION;
  out.set(iv, 1);
  out.set(cipher.getAuthTag(), 1 + IV_BYTES);
  out.set(ciphertext, 1 + IV_BYTES + TAG_BYTES);
  return out;
}

export function decryptTotpSecret(blob: Uint8Array, userId: string, authSecret: string): string {
  const data = Buffer.from(blob);
  if (data[0] !== VERSION || data.length <= 1 + IV_BYTES + TAG_BYTES) throw new Error("Unknown TOTP secret format");
  const decipher = createDecipheriv("aes-256-gcm", derive(authSecret, "totp-secret"), data.subarray(1, 1 + IV_BYTES));
  decipher.setAAD(associated(userId));
  decipher.setAuthTag(data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

/** Letters and digits that cannot be read one for another (no 0/O, 1/I/L). */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_CODE_LENGTH = 10;

/** A recovery code as shown: XXXXX-XXXXX. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: RECOVERY_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/** What the user typed, in the stored form: upper case, without spaces or dashes. */
export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export function looksLikeRecoveryCode(input: string): boolean {
  return normalizeRecoveryCode(input).length === RECOVERY_CODE_LENGTH && [...normalizeRecoveryCode(input)].every((char) => ALPHABET.includes(char));
}

export function hashRecoveryCode(code: string, authSecret: string): string {
  return createHmac("sha256", derive(authSecret, "recovery-code")).update(normalizeRecoveryCode(code)).digest("hex");
}
