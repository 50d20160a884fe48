import { describe, expect, it } from "vitest";

import { ZAcceptInvite, ZChangePassword, ZCreateUser, ZLogin } from "@/lib/users/schemas";

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

describe("account schemas", () => {
  it("lower-cases and trims e-mails", () => {
    expect(ZLogin.parse({ email: "  Marie.Dupont@Exemple.FR ", password: "x" }).email).toBe("marie.dupont@exemple.fr");
  });

  it("rejects a bad e-mail, an unknown role and unknown employer ids on their fields", () => {
    const result = ZCreateUser.safeParse({ email: "pas-un-email", name: "", role: "superadmin", credential: "sms", employerIds: ["x"] });
    expect(issuesOf(result)).toEqual(
      expect.arrayContaining([
        ["email", "validation.email"],
        ["name", "validation.required"],
        ["role", "validation.role"],
        ["credential", "validation.credential"],
        ["employerIds.0", "validation.invalidId"],
      ]),
    );
  });

  it("requires matching, long enough, new passwords", () => {
    expect(issuesOf(ZChangePassword.safeParse({ currentPassword: "old-password", newPassword: "short", confirmPassword: "short" }))).toContainEqual([
      "newPassword",
      "validation.passwordTooShort",
    ]);
    expect(
      issuesOf(ZChangePassword.safeParse({ currentPassword: "old", newPassword: "a long passphrase", confirmPassword: "another one here" })),
    ).toContainEqual(["confirmPassword", "validation.passwordMismatch"]);
    expect(
      issuesOf(ZChangePassword.safeParse({ currentPassword: "same long passphrase", newPassword: "same long passphrase", confirmPassword: "same long passphrase" })),
    ).toContainEqual(["newPassword", "validation.passwordUnchanged"]);
  });

  it("accepts only well-formed invitation tokens", () => {
    const password = { newPassword: "a long passphrase", confirmPassword: "a long passphrase" };
    expect(ZAcceptInvite.safeParse({ token: "A".repeat(43), ...password }).success).toBe(true);
    expect(issuesOf(ZAcceptInvite.safeParse({ token: "<script>", ...password }))).toContainEqual(["token", "validation.invalidToken"]);
  });
});
