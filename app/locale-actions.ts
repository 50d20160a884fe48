"use server";

import { cookies } from "next/headers";

import { isLocale, LOCALE_COOKIE } from "@/i18n/locales";

/** Remembers the chosen language for a year (a cookie, so it also works before sign-in). */
export async function setLocaleAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    maxAge: 365 * 24 * 3600,
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
  });
}
