/** French wording helpers for letters: dates as a French letter writes them, lists in a sentence. Pure. */
import { isCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2027-03-01" → "1er mars 2027", "2026-11-23" → "23 novembre 2026"; null → "". */
export function formatFrenchDate(date: TCalendarDate | null | undefined): string {
  if (!date || !isCalendarDate(date)) return "";
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${day === 1 ? "1er" : day} ${MONTHS[month - 1]} ${year}`;
}

/** ["a", "b", "c"] → "a, b et c". */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} et ${items.at(-1)}`;
}
