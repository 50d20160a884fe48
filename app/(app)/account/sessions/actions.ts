"use server";

import { defineAction } from "@/lib/actions/define-action";
import { requireActor } from "@/lib/auth/session";
import { ZEndSession, ZEndSessions } from "@/lib/auth/session-schemas";
import { signOutAndRedirect } from "@/lib/auth/sign-in";
import { endMySession, endMySessions } from "@/lib/auth/user-sessions";

const revalidate = ["/account/sessions"];

export const endSessionAction = defineAction(ZEndSession, endMySession, { revalidate, allowPendingPasswordChange: true });
export const endOtherSessionsAction = defineAction(ZEndSessions, endMySessions, { revalidate, allowPendingPasswordChange: true });

/** "Sign out everywhere": every session of the account ends on the server, then this browser signs out. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await requireActor({ allowPendingPasswordChange: true });
  await endMySessions(actor, { keepCurrent: false });
  await signOutAndRedirect();
}
