import { describe, expect, it } from "vitest";

import { acceptInvite } from "@/lib/users/accept-invite";
import { changeOwnPassword } from "@/lib/users/change-password";
import { createUser } from "@/lib/users/create-user";
import { prisma } from "@/lib/db";
import { createActor, snapshot, TEST_PASSWORD } from "@/tests/factories";
import { expectAppError } from "@/tests/setup/expect-app-error";

/** Long enough for the length rule, too easy to guess for the screening (lib/security/password-strength.ts). */
const WEAK = ["aaaaaaaaaaaa", "motdepasse123", "azertyuiop12", "123456789012"];

describe("password screening wherever a password is set", () => {
  it("refuses a weak new password on the field, and changes nothing", async () => {
    const rep = await createActor("rep");
    const before = await snapshot("users");
    for (const weak of WEAK) {
      const error = await expectAppError(changeOwnPassword(rep, { currentPassword: TEST_PASSWORD, newPassword: weak, confirmPassword: weak }), "invalid", "newPassword");
      expect(error.messageKey).toBe("security.password.tooWeak");
    }
    expect(await snapshot("users")).toEqual(before);
  });

  it("refuses a weak password when accepting an invitation, and the link still works", async () => {
    const admin = await createActor("admin");
    const created = await createUser(admin, { email: "invitee.screening@vigie.test", name: "Invitée", role: "viewer", credential: "invite", unionId: null, employerIds: [] });
    await expectAppError(acceptInvite({ token: created.inviteToken!, newPassword: "motdepasse123", confirmPassword: "motdepasse123" }), "invalid", "newPassword");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: created.id }, select: { passwordHash: true } })).toEqual({ passwordHash: null });
    await acceptInvite({ token: created.inviteToken!, newPassword: "Girafe lampadaire orage 47", confirmPassword: "Girafe lampadaire orage 47" });
  });
});
