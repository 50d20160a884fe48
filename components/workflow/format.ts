import type { useFormatter } from "next-intl";

/** A 'YYYY-MM-DD' calendar date in words ("24 novembre 2026"), the same day whatever the browser's zone. */
export function formatCalendarDate(format: ReturnType<typeof useFormatter>, value: string): string {
  // Noon UTC is the same calendar day in Paris and in every zone the app's users are in.
  return format.dateTime(new Date(`${value}T12:00:00Z`), "long");
}

/** The first message key of a failed action, for forms that show one message. */
export function firstErrorKey(result: { formError?: string; fieldErrors?: Record<string, string[]> }): string {
  return result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? "errors.unexpected";
}
