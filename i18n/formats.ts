import type { Formats } from "next-intl";

/** Named date formats for format.dateTime(value, "short" | "long" | "dateTime"), server and client alike. */
export const FORMATS = {
  dateTime: {
    short: { day: "2-digit", month: "2-digit", year: "numeric" },
    long: { day: "numeric", month: "long", year: "numeric" },
    dateTime: { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" },
  },
} satisfies Formats;
