"use server";

import { signOutAndRedirect } from "@/lib/auth/sign-in";

export async function logoutAction() {
  await signOutAndRedirect();
}
