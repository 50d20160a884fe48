import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import {
  aad,
  decryptJson,
  decryptText,
  encryptJson,
  encryptText,
  generateReceipt,
  hashReceipt,
  keyIdOf,
  legacyReceiptSalt,
  normalizeReceipt,
  paddedSize,
  reencrypt,
} from "./crypto";
import { derivedKeyId, newReportKey, writeKeyringFile } from "./keyring";

const KEY_A = Buffer.alloc(32, 3).toString("base64");
const KEY_B = Buffer.alloc(32, 4).toString("base64");
const ROW = aad.reportContent("7c9e6679-7425-40de-944b-e07fc1f90ae7");
const OTHER_ROW = aad.reportContent("16fd2706-8baf-433b-82eb-8c7fada847da");

beforeEach(() => {
  vi.stubEnv("REPORT_KEYRING_FILE", "");
  vi.stubEnv("REPORT_ENCRYPTION_KEY", KEY_A);
  vi.stubEnv("REPORT_RECEIPT_SALT", Buffer.alloc(16, 9).toString("base64"));
});
afterEach(() => vi.unstubAllEnvs());

/** Version 1 as the app wrote it before issue 14: version | IV | tag | ciphertext, no AAD, no padding. */
async function legacyCiphertext(text: string, base64Key: string): Promise<Uint8Array> {
  const { createCipheriv, randomBytes } = await import("node:crypto");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(base64Key, "base64"), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), body]);
}

describe("report text encryption", () => {
  it("round-trips text and never contains it in clear", () => {
    const secret = "Le logiciel Vocalia note nos appels <script>alert(1)</script>";
    const sealed = encryptText(secret, ROW);
    expect(Buffer.from(sealed).toString("utf8")).not.toContain("Vocalia");
    expect(decryptText(sealed, ROW)).toBe(secret);
    expect(decryptJson(encryptJson({ a: "é" }, ROW), ROW)).toEqual({ a: "é" });
  });

  it("uses a fresh IV: the same text encrypts differently each time", () => {
    expect(Buffer.from(encryptText("x", ROW)).equals(Buffer.from(encryptText("x", ROW)))).toBe(false);
  });

  it("refuses a tampered ciphertext, another key, or a blob moved to another row", () => {
    const sealed = encryptText("bonjour", ROW);
    const tampered = Uint8Array.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => decryptText(tampered, ROW)).toThrow();
    expect(() => decryptText(sealed, OTHER_ROW)).toThrow();
    expect(() => decryptText(sealed, aad.messageBody("7c9e6679-7425-40de-944b-e07fc1f90ae7", 1n))).toThrow();
    vi.stubEnv("REPORT_ENCRYPTION_KEY", KEY_B);
    expect(() => decryptText(sealed, ROW)).toThrow();
  });

  it("names its key in clear and pads the text to a size bucket", () => {
    const short = encryptText("a", ROW);
    expect(keyIdOf(short)).toBe(derivedKeyId(Buffer.from(KEY_A, "base64")));
    // 1 + 8 + 12 + 16 bytes of header, then 256 bytes for anything up to 252 bytes of text.
    expect(short.length).toBe(37 + 256);
    expect(encryptText("b".repeat(252), ROW).length).toBe(37 + 256);
    expect(encryptText("b".repeat(253), ROW).length).toBe(37 + 512);
    expect([1, 252, 253, 1000, 5000, 70_000].map(paddedSize)).toEqual([256, 256, 512, 1024, 8192, 131_072]);
  });

  it("reads what the app wrote before key ids (version 1), and rewrites it under the current key", async () => {
    const old = await legacyCiphertext("ancien texte", KEY_A);
    expect(keyIdOf(old)).toBe("legacy");
    expect(decryptText(old, ROW)).toBe("ancien texte");
    const rewritten = reencrypt(old, ROW)!;
    expect(keyIdOf(rewritten)).toBe(derivedKeyId(Buffer.from(KEY_A, "base64")));
    expect(decryptText(rewritten, ROW)).toBe("ancien texte");
    expect(reencrypt(rewritten, ROW)).toBeNull();
  });
});

describe("the keyring file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "vigie-keyring-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("encrypts under its current key, opens with any key it holds, and not once a key is dropped", () => {
    const file = path.join(dir, "report-keys.json");
    const first = newReportKey();
    const second = newReportKey();
    vi.stubEnv("REPORT_KEYRING_FILE", file);
    writeKeyringFile(file, { current: first.id, keys: { [first.id]: first.key.toString("base64") } });
    const sealed = encryptText("texte", ROW);
    expect(keyIdOf(sealed)).toBe(first.id);

    writeKeyringFile(file, { current: second.id, keys: { [first.id]: first.key.toString("base64"), [second.id]: second.key.toString("base64") } });
    expect(decryptText(sealed, ROW)).toBe("texte");
    const rotated = reencrypt(sealed, ROW)!;
    expect(keyIdOf(rotated)).toBe(second.id);

    writeKeyringFile(file, { current: second.id, keys: { [second.id]: second.key.toString("base64") } });
    expect(decryptText(rotated, ROW)).toBe("texte");
    expect(() => decryptText(sealed, ROW)).toThrow(/not in the keyring/);
  });
});

describe("receipts", () => {
  it("are 16 random digits in groups of four", () => {
    const receipt = generateReceipt();
    expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(new Set(Array.from({ length: 50 }, generateReceipt)).size).toBe(50);
  });

  it("accept what people paste and refuse what cannot be a receipt", () => {
    expect(normalizeReceipt(" 1234-5678.9012 3456 ")).toBe("1234567890123456");
    expect(normalizeReceipt("1234 5678 9012 345")).toBeNull();
    expect(normalizeReceipt("abcd 5678 9012 3456")).toBeNull();
  });

  it("hash deterministically per receipt salt, never to the digits, whatever the content key", async () => {
    const a = await hashReceipt("1234 5678 9012 3456");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashReceipt("1234567890123456")).toBe(a);
    expect(await hashReceipt("1234567890123457")).not.toBe(a);
    vi.stubEnv("REPORT_ENCRYPTION_KEY", KEY_B);
    expect(await hashReceipt("1234567890123456")).toBe(a);
    vi.stubEnv("REPORT_RECEIPT_SALT", Buffer.alloc(16, 8).toString("base64"));
    expect(await hashReceipt("1234567890123456")).not.toBe(a);
  });

  it("without a receipt salt, use the one an older install derived from its key (old receipts still open)", async () => {
    vi.stubEnv("REPORT_RECEIPT_SALT", "");
    const legacy = await hashReceipt("1234567890123456");
    vi.stubEnv("REPORT_RECEIPT_SALT", legacyReceiptSalt(KEY_A).toString("base64"));
    expect(await hashReceipt("1234567890123456")).toBe(legacy);
  });
});
