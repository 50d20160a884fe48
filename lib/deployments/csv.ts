/**
 * The case list as a CSV file that opens as a table, accents intact, in French Excel and LibreOffice:
 * UTF-8 with a BOM (Excel otherwise reads Windows-1252), `;` separators (`,` is the French decimal
 * mark), CRLF line ends, dd/mm/yyyy dates. Pure: the caller passes the rows and a label translator.
 */
import { stringify } from "csv-stringify/sync";

import type { TCalendarDate } from "@/lib/consultations/calendar-date";
import type { TCaseListRow } from "@/lib/deployments/list";

/** Translates a message key (next-intl's `t` for the caseList, enums and sectors keys). */
export type TLabel = (key: string) => string;

/**
 * A cell starting with = + - @ (or a tab / carriage return that some spreadsheets strip first) is run
 * as a formula by Excel and LibreOffice (CSV injection, OWASP). Invariant: every text cell goes through
 * here; a leading apostrophe makes the spreadsheet show it as plain text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** '2026-03-09' → '09/03/2026'. */
export function toFrenchDate(date: TCalendarDate | null): string {
  if (!date) return "";
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

const PARIS_DATE_TIME = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** A moment as Paris wall-clock time: '09/03/2026 14:05'. */
export function toFrenchDateTime(moment: Date): string {
  return PARIS_DATE_TIME.format(moment).replace(",", "");
}

const COLUMNS: { header: string; value: (row: TCaseListRow, t: TLabel) => string }[] = [
  { header: "csv.localName", value: (row) => row.localName },
  { header: "csv.employer", value: (row) => row.employer.legalName },
  { header: "csv.sector", value: (row, t) => t(`sectors.${row.employer.sector}`) },
  { header: "csv.vendor", value: (row) => row.tool.vendor },
  { header: "csv.tool", value: (row) => row.tool.productName },
  { header: "csv.phase", value: (row, t) => t(`enums.phase.${row.phase}`) },
  { header: "csv.status", value: (row, t) => t(`enums.status.${row.status}`) },
  { header: "csv.concerns", value: (row, t) => row.concerns.map((concern) => t(`enums.concern.${concern}`)).join(", ") },
  { header: "csv.repInCharge", value: (row) => row.repInCharge ?? "" },
  { header: "csv.firstKnownOn", value: (row) => toFrenchDate(row.firstKnownOn) },
  { header: "csv.goLiveOn", value: (row) => toFrenchDate(row.goLiveOn) },
  { header: "csv.nextDeadline", value: (row) => toFrenchDate(row.nextDeadline?.dueOn ?? null) },
  { header: "csv.nextDeadlineKind", value: (row, t) => (row.nextDeadline ? t(`caseList.deadlineKind.${row.nextDeadline.kind}`) : "") },
  { header: "csv.alert", value: (row, t) => (row.nextDeadline?.urgency ? t(`caseList.urgency.${row.nextDeadline.urgency}`) : "") },
  { header: "csv.flags", value: (row, t) => row.flags.map((flag) => `${flag.ruleId} (${t(`enums.flagStatus.${flag.status}`)})`).join(", ") },
  { header: "csv.updatedAt", value: (row) => toFrenchDateTime(row.updatedAt) },
];

/** Each label once: formatting a message costs far more than a lookup, and a label repeats on every row. */
function memoise(t: TLabel): TLabel {
  const cache = new Map<string, string>();
  return (key) => {
    let label = cache.get(key);
    if (label === undefined) cache.set(key, (label = t(key)));
    return label;
  };
}

export function buildCasesCsv(rows: readonly TCaseListRow[], translate: TLabel): string {
  const t = memoise(translate);
  const header = COLUMNS.map((column) => t(`caseList.${column.header}`));
  const records = rows.map((row) => COLUMNS.map((column) => neutraliseFormula(column.value(row, t))));
  return stringify([header, ...records], {
    delimiter: ";",
    record_delimiter: "windows",
    bom: true,
    // NOTE: csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone \n or \r,
    // which would still break the row in a spreadsheet.
    quoted_match: /[\r\n]/,
  });
}

/** vigie-dossiers-2026-03-09.csv (the export day, in Paris). */
export function casesCsvFileName(today: TCalendarDate): string {
  return `vigie-dossiers-${today}.csv`;
}
