import { describe, expect, it } from "vitest";

import { newTotpSecret, totpCode, totpUri, verifyTotp } from "./totp";

const at = Date.UTC(2026, 11, 4, 10, 0, 15);

describe("TOTP", () => {
  it("accepts the current code and gives its time step", () => {
    const secret = newTotpSecret();
    expect(verifyTotp(secret, totpCode(secret, at), 0, at)).toBe(Math.floor(at / 30_000));
  });

  it("accepts one step of drift, not two", () => {
    const secret = newTotpSecret();
    expect(verifyTotp(secret, totpCode(secret, at - 30_000), 0, at)).not.toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at - 65_000), 0, at)).toBeNull();
  });

  it("refuses a code of an already used step (replay), and a wrong code", () => {
    const secret = newTotpSecret();
    const step = verifyTotp(secret, totpCode(secret, at), 0, at)!;
    expect(verifyTotp(secret, totpCode(secret, at), step, at)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at + 30_000), step, at)).toBe(step + 1);
    const wrong = String((Number(totpCode(secret, at)) + 1) % 1_000_000).padStart(6, "0");
    expect(verifyTotp(secret, wrong, 0, at)).toBeNull();
    expect(verifyTotp(secret, "abcdef", 0, at)).toBeNull();
  });

  it("writes an otpauth URI naming Vigie IA and the account", () => {
    expect(totpUri("JBSWY3DPEHPK3PXP", "rep@vigie.test")).toMatch(/^otpauth:\/\/totp\/Vigie%20IA:rep%40vigie\.test\?.*secret=JBSWY3DPEHPK3PXP/);
  });
});
