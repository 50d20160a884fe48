import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { cn } from "@/components/ui/cn";
import type { TCalendarRow } from "@/lib/compliance/calendar-queries";

import { calendarDateAsDate } from "./format-fact";

const cell = "px-3 py-2 align-top";

/** Every compliance rule with its date of application, legal status, source and whether an admin changed it. */
export async function CalendarTable({ rows }: { rows: TCalendarRow[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const columns = ["rule", "appliesFrom", "legalStatus", "source", "state", "actions"] as const;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("compliance.calendar.caption")}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 whitespace-nowrap">
                {t(`compliance.calendar.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.ruleId} className={cn(row.isModified && "bg-amber-50/60")}>
              <th scope="row" className={cn(cell, "min-w-56 font-normal")}>
                <span className="font-semibold text-slate-900">
                  {row.ruleId} — {t(`compliance.rules.${row.ruleId}`)}
                </span>
                <span className="block text-xs text-slate-700">{format.list([...row.articles])}</span>
              </th>
              <td className={cn(cell, "whitespace-nowrap")}>
                <time dateTime={row.entry.appliesFrom}>{format.dateTime(calendarDateAsDate(row.entry.appliesFrom), "long")}</time>
              </td>
              <td className={cell}>{t(`enums.legalStatus.${row.entry.legalStatus}`)}</td>
              <td className={cn(cell, "min-w-64")}>
                {row.entry.source}
                <span className="mt-1 block text-xs text-slate-700">
                  {t("compliance.calendar.tagLine", { tag: t(`compliance.calendar.tags.${row.entry.tag}`) })}
                </span>
                {row.entry.note ? <span className="mt-1 block text-xs text-slate-700">{row.entry.note}</span> : null}
                {row.entry.transition ? (
                  <span className="mt-1 block text-xs text-slate-700">{t("compliance.calendar.transition", { source: row.entry.transition.source })}</span>
                ) : null}
              </td>
              <td className={cell}>
                <span
                  className={cn(
                    "rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap",
                    row.isModified ? "border-amber-400 bg-amber-100 text-amber-950" : "border-slate-300 bg-slate-50 text-slate-800",
                  )}
                >
                  {t(row.isModified ? "compliance.calendar.modified" : "compliance.calendar.default")}
                </span>
                {row.updatedAt ? (
                  <span className="mt-1 block text-xs text-slate-700">
                    {row.updatedByName
                      ? t("compliance.calendar.modifiedBy", { date: format.dateTime(row.updatedAt, "short"), name: row.updatedByName })
                      : t("compliance.calendar.modifiedOn", { date: format.dateTime(row.updatedAt, "short") })}
                  </span>
                ) : null}
              </td>
              <td className={cell}>
                <Link
                  href={`/admin/legal-calendar/${row.ruleId}`}
                  aria-label={t("compliance.calendar.editRule", { rule: row.ruleId })}
                  className="font-semibold text-indigo-800 underline"
                >
                  {t("compliance.calendar.edit")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
