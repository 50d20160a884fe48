import { describe, expect, it } from "vitest";

import { isStrongPassword, passwordScore } from "./password-strength";

describe("password screening", () => {
  it.each(["aaaaaaaaaaaa", "motdepasse123", "azertyuiop12", "123456789012", "Password1234", "bonjourbonjour", "qwertyuiop123"])(
    "rejects the weak or common %s",
    (password) => {
      expect(isStrongPassword(password)).toBe(false);
    },
  );

  it("accepts long unrelated words and random strings", () => {
    expect(isStrongPassword("Correct-Horse-Battery-9")).toBe(true);
    expect(isStrongPassword("Demo-Vigie-2026!")).toBe(true);
    expect(isStrongPassword("tuile orage carafe pingouin")).toBe(true);
    expect(passwordScore("x7#Lq9!vR2@m")).toBeGreaterThanOrEqual(3);
  });
});
