import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { MESSAGES } from "@/messages";

import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";

// French first: the locale is French unless the visitor chose English with the switch (a cookie).
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Europe/Paris",
    messages: MESSAGES[locale],
    formats: {
      dateTime: {
        short: { day: "2-digit", month: "2-digit", year: "numeric" },
        long: { day: "numeric", month: "long", year: "numeric" },
        dateTime: { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" },
      },
    },
  };
});
