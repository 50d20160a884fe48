import type { getFormatter, getTranslations } from "next-intl/server";

import type { TFactValue } from "@/lib/compliance/checks";
import { FACT_ENUM_GROUPS } from "@/lib/compliance/next-steps";

export type TTranslate = Awaited<ReturnType<typeof getTranslations<never>>>;
export type TFormat = Awaited<ReturnType<typeof getFormatter>>;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

// NOTE: Array.isArray does not narrow a readonly array type.
const isList = (value: TFactValue): value is readonly string[] => Array.isArray(value);

/** A 'YYYY-MM-DD' string as a Date that reads as that same day in Paris. */
export function calendarDateAsDate(value: string): Date {
  return new Date(`${value}T12:00:00Z`);
}

/**
 * One fact's value as a rep reads it: "none" (known not done) and "unknown" in words, yes/no, dates in
 * words, enum lists translated, percentages and months with their unit.
 */
export function formatFactValue(t: TTranslate, format: TFormat, path: string, value: TFactValue): string {
  if (value === null || value === "unknown") return t("compliance.value.unknown");
  if (value === "none") return t("compliance.value.none");
  if (isList(value)) {
    if (value.length === 0) return t("compliance.value.empty");
    const group = FACT_ENUM_GROUPS[path];
    const labels: string[] = value.map((item) => (group && t.has(`enums.${group}.${item}`) ? t(`enums.${group}.${item}`) : item));
    return format.list(labels);
  }
  if (typeof value === "number") {
    if (path.endsWith("Percent")) return t("compliance.value.percent", { value });
    if (path.endsWith("Months")) return t("compliance.value.months", { value });
    return format.number(value);
  }
  if (typeof value === "boolean") return t(value ? "enums.triState.yes" : "enums.triState.no");
  const group = FACT_ENUM_GROUPS[path];
  if (group && t.has(`enums.${group}.${value}`)) return t(`enums.${group}.${value}`);
  if (value === "yes" || value === "no") return t(`enums.triState.${value}`);
  if (CALENDAR_DATE.test(value)) return format.dateTime(calendarDateAsDate(value), "long");
  return value;
}
