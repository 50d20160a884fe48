import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { MESSAGES } from "@/messages";

import { FORMATS } from "./formats";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";

// French first: the locale is French unless the visitor chose English with the switch (a cookie).
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Europe/Paris",
    messages: MESSAGES[locale],
    formats: FORMATS,
  };
});
