/**
 * Date-only values ("YYYY-MM-DD"), the way legal delays are counted: whole days, no time of day,
 * no time zone. Arithmetic runs on UTC midnights only, so the server's TZ can never shift a date.
 */
export type TCalendarDate = string;

/** A legal or agreed delay: "un mois" and "quinze jours" are counted differently, so keep the unit. */
export type TDuration = { months: number } | { days: number };

type TDateParts = { year: number; month: number; day: number };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const THIRTY_DAY_MONTHS = new Set([4, 6, 9, 11]);

/** Gregorian rule: 2028 is leap, 2100 is not, 2000 was. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return THIRTY_DAY_MONTHS.has(month) ? 30 : 31;
}

function toParts(value: string): TDateParts | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for real calendar dates only: "2026-02-30" and "2026-2-3" are rejected. */
export function isCalendarDate(value: string): boolean {
  return toParts(value) !== null;
}

function partsOrThrow(date: TCalendarDate): TDateParts {
  const parts = toParts(date);
  if (!parts) throw new RangeError(`Not a calendar date: "${date}"`);
  return parts;
}

function formatParts({ year, month, day }: TDateParts): TCalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function toEpochDay({ year, month, day }: TDateParts): number {
  // NOTE: setUTCFullYear rather than Date.UTC, which maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): TDateParts {
  const date = new Date(epochDay * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: TCalendarDate, days: number): TCalendarDate {
  return formatParts(fromEpochDay(toEpochDay(partsOrThrow(date)) + days));
}

/**
 * French "délai d'un mois": the same day number in the target month, or that month's last day
 * when it has no such day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: TCalendarDate, months: number): TCalendarDate {
  const { year, month, day } = partsOrThrow(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return formatParts({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

export function addDuration(date: TCalendarDate, duration: TDuration): TCalendarDate {
  return "months" in duration ? addMonths(date, duration.months) : addDays(date, duration.days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: TCalendarDate, to: TCalendarDate): number {
  return toEpochDay(partsOrThrow(to)) - toEpochDay(partsOrThrow(from));
}

/** Array.sort comparator: negative when `a` is earlier. Throws on a non-date rather than mis-sorting. */
export function compareCalendarDates(a: TCalendarDate, b: TCalendarDate): number {
  return Math.sign(daysBetween(b, a));
}

/**
 * PostgreSQL `date` columns reach JavaScript as a Date at UTC midnight. The data layer converts them
 * at its boundary so that DTOs and pure modules only ever see 'YYYY-MM-DD' strings.
 */
export function toCalendarDate(value: Date): TCalendarDate;
export function toCalendarDate(value: Date | null | undefined): TCalendarDate | null;
export function toCalendarDate(value: Date | null | undefined): TCalendarDate | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** A 'YYYY-MM-DD' string as the Date Prisma writes to a `date` column (UTC midnight). */
export function fromCalendarDate(value: TCalendarDate): Date;
export function fromCalendarDate(value: TCalendarDate | null | undefined): Date | null;
export function fromCalendarDate(value: TCalendarDate | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

// NOTE: built once: constructing an Intl.DateTimeFormat costs far more than formatting with one.
const PARIS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Paris, as a calendar date (deadlines are French legal days). */
export function todayInParis(now: Date = new Date()): TCalendarDate {
  return PARIS_DAY.format(now);
}

/**
 * The window of dates a person can mean in this app (issue 23, point 2): nothing here happened before
 * 1990 (the oldest rule in force dates from 1992), and nothing is planned more than ten years ahead. A
 * year typed as 0001 or 9999 is a slip, refused on its field rather than stored.
 */
export const PLAUSIBLE_FIRST_DAY: TCalendarDate = "1990-01-01";
export const PLAUSIBLE_YEARS_AHEAD = 10;

/** The last plausible day from `today`: the same day ten years on (29 February → 28 February). */
export function plausibleLastDay(today: TCalendarDate): TCalendarDate {
  const { year, month, day } = partsOrThrow(today);
  const target = year + PLAUSIBLE_YEARS_AHEAD;
  return `${String(target).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(day, daysInMonth(target, month))).padStart(2, "0")}`;
}

/** A real calendar date within [PLAUSIBLE_FIRST_DAY, today + PLAUSIBLE_YEARS_AHEAD years]. */
export function isPlausibleDate(value: string, today: TCalendarDate): boolean {
  return isCalendarDate(value) && value >= PLAUSIBLE_FIRST_DAY && value <= plausibleLastDay(today);
}

/** For form fields: "" (not known yet) or a plausible date, judged against today in Paris. */
export function isPlausibleOrEmpty(value: string): boolean {
  return value === "" || isPlausibleDate(value, todayInParis());
}
