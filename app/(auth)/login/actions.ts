"use server";

import { signInWithPassword } from "@/lib/auth/sign-in";

export async function loginAction(input: { email: string; password: string; callbackUrl?: string }) {
  return signInWithPassword(input);
}
