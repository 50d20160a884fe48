"use server";

import { defineAction } from "@/lib/actions/define-action";
import { signInAgain } from "@/lib/auth/sign-in";
import { changeOwnPassword } from "@/lib/users/change-password";
import { ZChangePassword } from "@/lib/users/schemas";

export const changePasswordAction = defineAction(
  ZChangePassword,
  async (actor, input) => {
    await changeOwnPassword(actor, input);
    // The change ended every session of this user (sessionVersion); this one gets a fresh token.
    await signInAgain(actor.email, input.newPassword, "/?notice=password-changed");
  },
  { allowPendingPasswordChange: true },
);
