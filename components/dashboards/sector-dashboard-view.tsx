import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { FigureRowsTable, FigureValue, Stat, type TFigureRow } from "@/components/dashboards/figure-value";
import { Card } from "@/components/ui/card";
import type { TRates } from "@/lib/dashboards/figures";
import { casesHref, employerDashboardHref } from "@/lib/dashboards/links";
import type { TReach, TSectorDashboard } from "@/lib/dashboards/queries";
import { SECTOR_SORTS, sectorHref, sectorSortHref, type TSectorSort } from "@/lib/dashboards/schemas";

type TBase = { sector: "/dashboards" | "/public"; employer: "/dashboards/employers" | "/public/employers" };

/** Tools or vendors with the number of employers where each is found (counts, never cases: no link). */
function ReachTable({ title, rows, nameHeader, countHeader, emptyText }: { title: string; rows: TFigureRow[]; nameHeader: string; countHeader: string; emptyText: string }) {
  return (
    <Card title={title} className="dashboard-card">
      {rows.length === 0 ? (
        <p className="text-slate-700">{emptyText}</p>
      ) : (
        <FigureRowsTable className="w-full text-sm" caption={title} labelHeader={nameHeader} valueHeader={countHeader} rows={rows} />
      )}
    </Card>
  );
}

/**
 * The sector dashboard: employers side by side, sortable by the five figures, their totals,
 * and the tools and vendors found at the most of them. Figures link to cases only on the rows whose
 * cases the reader may open; employer names lead to their dashboards.
 */
export async function SectorDashboardView({ data, base }: { data: TSectorDashboard; base: TBase }) {
  const [t, tSectors, format] = await Promise.all([getTranslations("dashboards"), getTranslations("sectors"), getFormatter()]);
  const { query } = data;
  const percent = (value: number | null) => (value === null ? "—" : format.number(value, { style: "percent", maximumFractionDigits: 0 }));
  const number = (value: number) => format.number(value);
  const rate = (rates: TRates) => percent(rates.completeBefore);
  const reachRow = (row: TReach): TFigureRow => ({ key: row.key, label: row.label, value: number(row.employers) });
  const columns: { sort: TSectorSort; label: string; numeric: boolean }[] = SECTOR_SORTS.map((sort) => ({ sort, label: t(`sector.columns.${sort}`), numeric: sort !== "name" }));
  const sortLabel = t(`sector.columns.${query.sort}`);
  return (
    <div className="dashboard flex flex-col gap-4">
      <Card title={t("sector.totals.title", { count: data.employerCount })} className="dashboard-card">
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Stat label={t("figures.cases")} value={number(data.totals.cases)} linkLabel={t("figures.cases")} />
          <Stat
            label={t("figures.completeBefore")}
            value={percent(data.totalRates.completeBefore)}
            detail={t("figures.ofStarted", { count: data.totals.completeBefore, total: data.totals.started })}
            linkLabel={t("figures.completeBefore")}
          />
          <Stat
            label={t("figures.expertise")}
            value={percent(data.totalRates.expertise)}
            detail={t("figures.expertiseDetail", { count: data.totals.expertise, total: data.totals.consultations })}
            linkLabel={t("figures.expertise")}
          />
          <Stat label={t("figures.openCases")} value={number(data.totals.openCases)} detail={t("sector.totals.overdue", { count: data.totals.overdueCases })} linkLabel={t("figures.openCases")} />
        </dl>
        <p className="mt-3 text-sm text-slate-700">{t("sector.totals.note")}</p>
      </Card>

      <Card title={t("sector.table.title")} className="dashboard-card">
        {data.rows.length === 0 ? (
          <p className="text-slate-700">{t("sector.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[44rem] text-sm">
              <caption className="sr-only">
                {t("sector.table.caption", { sort: sortLabel, dir: t(`sector.dir.${query.dir}`), page: query.page, pageCount: data.pageCount })}
              </caption>
              <thead>
                <tr className="border-b border-slate-300 text-left align-bottom">
                  {columns.map((column) => (
                    <th
                      key={column.sort}
                      scope="col"
                      aria-sort={query.sort === column.sort ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
                      className={`py-2 pr-3 font-semibold ${column.numeric ? "text-right" : ""}`}
                    >
                      <Link href={sectorSortHref(base.sector, query, column.sort)} prefetch={false} className="text-indigo-800 underline-offset-2 hover:underline" aria-label={t("sector.table.sortBy", { column: column.label })}>
                        {column.label}
                        {query.sort === column.sort ? <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span> : null}
                      </Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => {
                  const cases = (filter: Parameters<typeof casesHref>[2]) => (row.canLinkCases ? casesHref(row.id, query.period, filter) : undefined);
                  const { figures } = row;
                  return (
                    <tr key={row.id} className="border-b border-slate-100">
                      <th scope="row" className="py-2 pr-3 text-left font-medium">
                        <Link href={employerDashboardHref(base.employer, row.id, query.period)} prefetch={false} className="text-indigo-800 underline underline-offset-2">
                          {row.legalName}
                        </Link>
                        <span className="block text-xs font-normal text-slate-600">{tSectors(row.sector)}</span>
                      </th>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        <FigureValue href={cases({})}>
                          {number(figures.cases)}
                        </FigureValue>
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        {rate(row.rates)}
                        <span className="block text-xs text-slate-600">
                          <FigureValue href={cases({ figure: "complete_before" })}>
                            {t("figures.ofStarted", { count: figures.completeBefore, total: figures.started })}
                          </FigureValue>
                        </span>
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        {figures.medianDaysToD0 === null ? "—" : t("sector.table.days", { days: format.number(figures.medianDaysToD0, { maximumFractionDigits: 1 }) })}
                        <span className="block text-xs text-slate-600">{t("sector.table.consultations", { count: figures.consultations })}</span>
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        {percent(row.rates.expertise)}
                        <span className="block text-xs text-slate-600">
                          <FigureValue href={cases({ figure: "expertise" })}>
                            {t("figures.expertiseDetail", { count: figures.expertise, total: figures.consultations })}
                          </FigureValue>
                        </span>
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        <FigureValue href={cases({ figure: "open" })}>
                          {number(figures.openCases)}
                        </FigureValue>
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        <FigureValue href={cases({ deadline: "overdue" })}>
                          {number(figures.overdueCases)}
                        </FigureValue>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {data.pageCount > 1 ? (
          <nav aria-label={t("sector.pagination.label")} className="no-print mt-3 flex flex-wrap items-center gap-3 text-sm">
            {query.page > 1 ? (
              <Link href={sectorHref(base.sector, query, { page: query.page - 1 })} className="font-semibold text-indigo-800 underline">
                {t("sector.pagination.previous")}
              </Link>
            ) : null}
            <span>{t("sector.pagination.status", { page: query.page, pageCount: data.pageCount })}</span>
            {query.page < data.pageCount ? (
              <Link href={sectorHref(base.sector, query, { page: query.page + 1 })} className="font-semibold text-indigo-800 underline">
                {t("sector.pagination.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <ReachTable title={t("sector.topTools")} rows={data.topTools.map(reachRow)} nameHeader={t("toolTable.tool")} countHeader={t("sector.employers")} emptyText={t("tables.empty")} />
        <ReachTable title={t("sector.topVendors")} rows={data.topVendors.map(reachRow)} nameHeader={t("sector.vendor")} countHeader={t("sector.employers")} emptyText={t("tables.empty")} />
      </div>
    </div>
  );
}
