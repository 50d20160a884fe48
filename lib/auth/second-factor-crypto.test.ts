import { describe, expect, it } from "vitest";

import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCode,
  normalizeRecoveryCode,
} from "./second-factor-crypto";

const SECRET = "unit-test-auth-secret-0123456789abcdef";

describe("TOTP secret at rest", () => {
  it("round-trips, and the ciphertext does not contain the secret", () => {
    const blob = encryptTotpSecret("JBSWY3DPEHPK3PXP", "user-1", SECRET);
    expect(Buffer.from(blob).toString("latin1")).not.toContain("JBSWY3DPEHPK3PXP");
    expect(decryptTotpSecret(blob, "user-1", SECRET)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("does not open on another account or under another AUTH_SECRET", () => {
    const blob = encryptTotpSecret("JBSWY3DPEHPK3PXP", "user-1", SECRET);
    expect(() => decryptTotpSecret(blob, "user-2", SECRET)).toThrow();
    expect(() => decryptTotpSecret(blob, "user-1", `${SECRET}x`)).toThrow();
  });
});

describe("recovery codes", () => {
  it("are 10 unambiguous characters, typed in any case and with or without the dash", () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect(looksLikeRecoveryCode(code.toLowerCase().replace("-", " "))).toBe(true);
    expect(normalizeRecoveryCode(` ${code.toLowerCase()} `)).toBe(code.replace("-", ""));
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });

  it("are stored as a keyed hash: same code same hash, another key another hash", () => {
    const code = newRecoveryCode();
    expect(hashRecoveryCode(code, SECRET)).toBe(hashRecoveryCode(code.toLowerCase(), SECRET));
    expect(hashRecoveryCode(code, SECRET)).not.toBe(hashRecoveryCode(code, `${SECRET}x`));
    expect(hashRecoveryCode(code, SECRET)).toMatch(/^[0-9a-f]{64}$/);
  });
});
