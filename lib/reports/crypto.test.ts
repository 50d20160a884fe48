import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { decryptJson, decryptText, encryptJson, encryptText, generateReceipt, hashReceipt, normalizeReceipt } from "./crypto";

vi.mock("@/lib/env", () => ({ env: () => ({ REPORT_ENCRYPTION_KEY: process.env.REPORT_ENCRYPTION_KEY }) }));

beforeEach(() => vi.stubEnv("REPORT_ENCRYPTION_KEY", Buffer.alloc(32, 3).toString("base64")));
afterEach(() => vi.unstubAllEnvs());

describe("report text encryption", () => {
  it("round-trips text and never contains it in clear", () => {
    const secret = "Le logiciel Vocalia note nos appels <script>alert(1)</script>";
    const sealed = encryptText(secret);
    expect(Buffer.from(sealed).toString("utf8")).not.toContain("Vocalia");
    expect(decryptText(sealed)).toBe(secret);
    expect(decryptJson(encryptJson({ a: "é" }))).toEqual({ a: "é" });
  });

  it("uses a fresh IV: the same text encrypts differently each time", () => {
    expect(Buffer.from(encryptText("x")).equals(Buffer.from(encryptText("x")))).toBe(false);
  });

  it("refuses a tampered ciphertext or another key", () => {
    const sealed = encryptText("bonjour");
    const tampered = Uint8Array.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => decryptText(tampered)).toThrow();
    vi.stubEnv("REPORT_ENCRYPTION_KEY", Buffer.alloc(32, 4).toString("base64"));
    expect(() => decryptText(sealed)).toThrow();
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

  it("hash deterministically per key (so they can be looked up), never to the digits", async () => {
    const a = await hashReceipt("1234 5678 9012 3456");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashReceipt("1234567890123456")).toBe(a);
    expect(await hashReceipt("1234567890123457")).not.toBe(a);
    vi.stubEnv("REPORT_ENCRYPTION_KEY", Buffer.alloc(32, 4).toString("base64"));
    expect(await hashReceipt("1234567890123456")).not.toBe(a);
  });
});
