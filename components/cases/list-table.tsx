import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { cn } from "@/components/ui/cn";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import type { TCaseListRow } from "@/lib/deployments/list";
import { sortHref, type TCaseListQuery, type TCaseSort, type TDeadlineUrgency } from "@/lib/deployments/list-schemas";

type TColumn = { key: "localName" | "employer" | "tool" | "phase" | "status" | "repInCharge" | "deadline" | "updatedAt"; sort?: TCaseSort };

const COLUMNS: readonly TColumn[] = [
  { key: "localName" },
  { key: "employer", sort: "employer" },
  { key: "tool" },
  { key: "phase" },
  { key: "status", sort: "status" },
  { key: "repInCharge" },
  { key: "deadline", sort: "deadline" },
  { key: "updatedAt", sort: "updatedAt" },
];

const URGENCY_STYLE: Record<NonNullable<TDeadlineUrgency>, string> = {
  overdue: "border-red-300 bg-red-50 text-red-900",
  due_soon: "border-amber-300 bg-amber-50 text-amber-900",
};

/** A column header; when sortable, a link that sorts by it (aria-sort tells which one is active). */
async function ColumnHeader({ column, query }: { column: TColumn; query: TCaseListQuery }) {
  const t = await getTranslations("caseList");
  const label = t(`columns.${column.key}`);
  if (!column.sort) return <th scope="col" className="px-3 py-2 whitespace-nowrap">{label}</th>;
  const active = query.sort === column.sort;
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 whitespace-nowrap">
      <Link href={sortHref(query, column.sort)} aria-label={t("sortBy", { column: label })} className="inline-flex items-center gap-1 text-indigo-800 underline">
        {label}
        <span aria-hidden="true">{active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </Link>
    </th>
  );
}

/** The next open deadline: its date and kind, and a worded badge when it is late or close. */
async function DeadlineCell({ deadline }: { deadline: TCaseListRow["nextDeadline"] }) {
  const [t, format] = await Promise.all([getTranslations("caseList"), getFormatter()]);
  if (!deadline) return <span className="text-slate-600">{t("noDeadline")}</span>;
  return (
    <div className="flex flex-col items-start gap-1">
      <span className="whitespace-nowrap">{format.dateTime(fromCalendarDate(deadline.dueOn), "short")}</span>
      <span className="text-xs text-slate-700">{t(`deadlineKind.${deadline.kind}`)}</span>
      {deadline.urgency ? (
        <span className={cn("rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap", URGENCY_STYLE[deadline.urgency])}>
          {t(`urgency.${deadline.urgency}`)}
        </span>
      ) : null}
    </div>
  );
}

/** The case's stored compliance flags, confirmed ones filled in red, the ones to check outlined. */
async function FlagBadges({ flags }: { flags: TCaseListRow["flags"] }) {
  const t = await getTranslations();
  if (flags.length === 0) return null;
  return (
    <ul aria-label={t("compliance.listFilter.badgesLabel")} className="mt-1 flex flex-wrap gap-1">
      {flags.map((flag) => (
        <li key={flag.ruleId}>
          <abbr
            title={`${t(`compliance.rules.${flag.ruleId}`)} (${t(`enums.flagStatus.${flag.status}`)})`}
            className={cn(
              "rounded border px-1 py-0.5 text-xs font-semibold no-underline whitespace-nowrap",
              flag.status === "confirmed" ? "border-red-700 bg-red-700 text-white" : "border-sky-400 bg-sky-50 text-sky-950",
            )}
          >
            {flag.ruleId}
            <span className="sr-only"> {t(`enums.flagStatus.${flag.status}`)}</span>
          </abbr>
        </li>
      ))}
    </ul>
  );
}

export async function CaseListTable({ rows, query, page, pageCount }: { rows: TCaseListRow[]; query: TCaseListQuery; page: number; pageCount: number }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const caption = t("caseList.caption", {
    page,
    pageCount,
    sort: t(`caseList.columns.${query.sort}`),
    dir: t(`caseList.dirOptions.${query.dir}`),
  });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            {COLUMNS.map((column) => (
              <ColumnHeader key={column.key} column={column} query={query} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/cases/${row.id}`} className="font-semibold text-indigo-800 underline">
                  {row.localName}
                </Link>
                <FlagBadges flags={row.flags} />
              </th>
              <td className="px-3 py-2">{row.employer.legalName}</td>
              <td className="px-3 py-2">
                {row.tool.productName}
                <span className="block text-xs text-slate-700">{row.tool.vendor}</span>
              </td>
              <td className="px-3 py-2">{t(`enums.phase.${row.phase}`)}</td>
              <td className="px-3 py-2">{t(`enums.status.${row.status}`)}</td>
              <td className="px-3 py-2">{row.repInCharge ?? t("caseList.noRep")}</td>
              <td className="px-3 py-2">
                <DeadlineCell deadline={row.nextDeadline} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(row.updatedAt, "short")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
