"use server";

import { fieldErrorsOf, type TActionResult } from "@/lib/actions/result";
import { toFailure } from "@/lib/actions/define-action";
import { signInAgain } from "@/lib/auth/sign-in";
import { acceptInvite } from "@/lib/users/accept-invite";
import { ZAcceptInvite, type TAcceptInvite } from "@/lib/users/schemas";

export async function acceptInviteAction(input: TAcceptInvite): Promise<TActionResult> {
  const parsed = ZAcceptInvite.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  let email: string;
  try {
    ({ email } = await acceptInvite(parsed.data));
  } catch (error) {
    return toFailure(error);
  }
  await signInAgain(email, parsed.data.newPassword, "/");
  return { ok: true, data: undefined };
}
