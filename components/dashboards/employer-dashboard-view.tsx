import { getFormatter, getTranslations } from "next-intl/server";

import { ChartCard, type TChartRow } from "@/components/dashboards/chart-card";
import { FigureValue, Stat } from "@/components/dashboards/figure-value";
import { Card } from "@/components/ui/card";
import { inUse, REPORT_WINDOW_DAYS } from "@/lib/dashboards/figures";
import { casesHref, type TCaseLinkFilter } from "@/lib/dashboards/links";
import type { TEmployerDashboard } from "@/lib/dashboards/queries";
import { FILTER_VALUES } from "@/lib/deployments/list-schemas";

/** Months as quarters once a series is too long to read month by month. */
const MAX_MONTHS = 24;

function timeSeries(months: { key: string; cases: number }[]): { key: string; year: number; month?: number; quarter?: number; cases: number }[] {
  const parsed = months.map((row) => ({ key: row.key, year: Number(row.key.slice(0, 4)), month: Number(row.key.slice(5, 7)), cases: row.cases }));
  if (parsed.length <= MAX_MONTHS) return parsed;
  const quarters = new Map<string, { key: string; year: number; quarter: number; cases: number }>();
  for (const row of parsed) {
    const quarter = Math.ceil(row.month / 3);
    const key = `${row.year}-Q${quarter}`;
    const entry = quarters.get(key) ?? { key, year: row.year, quarter, cases: 0 };
    entry.cases += row.cases;
    quarters.set(key, entry);
  }
  return [...quarters.values()];
}

/**
 * An employer's dashboard: the figures of issue 5 point 1, each linked to the cases behind it when the
 * reader may open them (`dashboard.canLinkCases`), and three charts with their tables. Aggregates
 * only: no case, note, rep or reporter appears here, whoever reads it.
 */
export async function EmployerDashboardView({ dashboard }: { dashboard: TEmployerDashboard }) {
  const [t, tEnums, tCompliance, format] = await Promise.all([getTranslations("dashboards"), getTranslations("enums"), getTranslations("compliance"), getFormatter()]);
  const { figures, rates, breakdown, employer, period } = dashboard;
  const href = (filter: TCaseLinkFilter = {}) => (dashboard.canLinkCases ? casesHref(employer.id, period, filter) : undefined);
  const number = (value: number) => format.number(value);
  const percent = (value: number | null) => (value === null ? "—" : format.number(value, { style: "percent", maximumFractionDigits: 0 }));
  const open = t("figures.openCasesLink");
  const reports =
    dashboard.reports.kind === "exact" ? number(dashboard.reports.value) : t("figures.fewerThan", { threshold: dashboard.reports.threshold });
  const countOf = (rows: { key: string; cases: number }[], key: string) => rows.find((row) => row.key === key)?.cases ?? 0;

  const statusRows: TChartRow[] = FILTER_VALUES.status
    .map((status) => ({ key: status, label: tEnums(`status.${status}`), value: countOf(breakdown.status, status) }))
    .filter((row) => row.value > 0)
    .map((row) => ({ ...row, href: href({ status: row.key }), linkLabel: t("links.status", { status: row.label, count: row.value }) }));
  const concernRows: TChartRow[] = breakdown.concern.map((row) => {
    const label = tEnums(`concern.${row.key}`);
    return { key: row.key, label, value: row.cases, href: href({ concern: row.key }), linkLabel: t("links.concern", { concern: label, count: row.cases }) };
  });
  const timeRows: TChartRow[] = timeSeries(breakdown.month).map((row) => ({
    key: row.key,
    label:
      row.quarter !== undefined
        ? t("charts.quarter", { quarter: row.quarter, year: row.year })
        : format.dateTime(new Date(Date.UTC(row.year, (row.month ?? 1) - 1, 1)), { month: "short", year: "numeric", timeZone: "UTC" }),
    value: row.cases,
  }));

  return (
    <div className="dashboard flex flex-col gap-4">
      <Card title={t("rollout.title")} className="dashboard-card">
        <p className="mb-3 text-lg text-slate-900">
          {figures.started === 0
            ? t("rollout.noneStarted")
            : t("rollout.headline", { liveFirst: figures.liveFirst, started: figures.started })}
        </p>
        <dl className="grid gap-3 sm:grid-cols-3">
          <Stat
            label={t("figures.completeBefore")}
            value={percent(rates.completeBefore)}
            detail={t("figures.ofStarted", { count: figures.completeBefore, total: figures.started })}
            href={href({ figure: "complete_before" })}
            linkLabel={t("links.figure", { figure: t("figures.completeBefore"), count: figures.completeBefore })}
          />
          <Stat
            label={t("figures.liveFirst")}
            value={percent(rates.liveFirst)}
            detail={t("figures.ofStarted", { count: figures.liveFirst, total: figures.started })}
            href={href({ figure: "live_first" })}
            linkLabel={t("links.figure", { figure: t("figures.liveFirst"), count: figures.liveFirst })}
          />
          <Stat
            label={t("figures.undatedLive")}
            value={number(figures.undatedLive)}
            detail={t("figures.undatedLiveDetail")}
            href={href({ figure: "undated_live" })}
            linkLabel={t("links.figure", { figure: t("figures.undatedLive"), count: figures.undatedLive })}
          />
        </dl>
        <p className="mt-3 text-sm text-slate-700">{t("rollout.rule")}</p>
      </Card>

      <Card title={t("figures.title")} className="dashboard-card">
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <Stat
            label={t("figures.cases")}
            value={number(figures.cases)}
            detail={t("figures.toolsDetail", { tools: figures.tools })}
            href={href()}
            linkLabel={t("links.figure", { figure: t("figures.cases"), count: figures.cases })}
          />
          <Stat label={t("figures.openCases")} value={number(figures.openCases)} href={href({ figure: "open" })} linkLabel={t("links.figure", { figure: open, count: figures.openCases })} />
          <Stat
            label={t("figures.overdueCases")}
            value={number(figures.overdueCases)}
            detail={t("figures.deadlineDetail")}
            href={href({ deadline: "overdue" })}
            linkLabel={t("links.figure", { figure: t("figures.overdueCases"), count: figures.overdueCases })}
          />
          <Stat
            label={t("figures.dueSoonCases")}
            value={number(figures.dueSoonCases)}
            detail={t("figures.deadlineDetail")}
            href={href({ deadline: "due_soon" })}
            linkLabel={t("links.figure", { figure: t("figures.dueSoonCases"), count: figures.dueSoonCases })}
          />
          <Stat
            label={t("figures.consultations")}
            value={number(figures.consultations)}
            detail={
              figures.medianDaysToD0 === null
                ? t("figures.noMedian")
                : t("figures.medianDaysToD0", { days: format.number(figures.medianDaysToD0, { maximumFractionDigits: 1 }) })
            }
            href={href({ figure: "consultation_opened" })}
            linkLabel={t("links.figure", { figure: t("figures.consultations"), count: figures.consultations })}
          />
          <Stat
            label={t("figures.expertise")}
            value={percent(rates.expertise)}
            detail={t("figures.expertiseDetail", { count: figures.expertise, total: figures.consultations })}
            href={href({ figure: "expertise" })}
            linkLabel={t("links.figure", { figure: t("figures.expertise"), count: figures.expertise })}
          />
          <Stat
            label={t("figures.duerpUpdated")}
            value={percent(rates.duerpUpdated)}
            detail={
              <>
                {t("figures.duerpDetail", { count: figures.duerpUpdated, total: inUse(figures) })}{" "}
                <FigureValue href={href({ figure: "duerp_missing" })} linkLabel={t("links.figure", { figure: t("figures.duerpMissing"), count: inUse(figures) - figures.duerpUpdated })}>
                  {dashboard.canLinkCases ? t("figures.duerpMissingLink") : null}
                </FigureValue>
              </>
            }
            href={href({ figure: "duerp_updated" })}
            linkLabel={t("links.figure", { figure: t("figures.duerpUpdated"), count: figures.duerpUpdated })}
          />
          <Stat
            label={t("figures.monitoring")}
            value={number(figures.monitoring)}
            detail={t("figures.monitoringDetail")}
            href={href({ figure: "monitoring" })}
            linkLabel={t("links.figure", { figure: t("figures.monitoring"), count: figures.monitoring })}
          />
          <Stat
            label={t("figures.jobsThreatened")}
            value={number(figures.jobsThreatened)}
            detail={t("figures.jobsDetail", { count: figures.jobsThreatenedCases })}
            href={href({ figure: "jobs_threatened" })}
            linkLabel={t("links.figure", { figure: t("figures.jobsThreatened"), count: figures.jobsThreatenedCases })}
          />
          <Stat
            label={t("figures.jobsCut")}
            value={number(figures.jobsCut)}
            detail={t("figures.jobsDetail", { count: figures.jobsCutCases })}
            href={href({ figure: "jobs_cut" })}
            linkLabel={t("links.figure", { figure: t("figures.jobsCut"), count: figures.jobsCutCases })}
          />
          <Stat label={t("figures.reports", { days: REPORT_WINDOW_DAYS })} value={reports} detail={t("figures.reportsDetail")} linkLabel={t("figures.reports", { days: REPORT_WINDOW_DAYS })} />
        </dl>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("phases.title")} className="dashboard-card">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("phases.title")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-2 font-semibold">{t("phases.phase")}</th>
                <th scope="col" className="py-1 text-right font-semibold">{t("tables.cases")}</th>
              </tr>
            </thead>
            <tbody>
              {FILTER_VALUES.phase.map((phase) => {
                const count = countOf(breakdown.phase, phase);
                const label = tEnums(`phase.${phase}`);
                return (
                  <tr key={phase} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-2 text-left font-normal">{label}</th>
                    <td className="py-1 text-right tabular-nums">
                      <FigureValue href={count > 0 ? href({ phase }) : undefined} linkLabel={t("links.phase", { phase: label, count })}>
                        {number(count)}
                      </FigureValue>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
        <Card title={t("toolTable.title")} className="dashboard-card">
          {breakdown.tool.length === 0 ? (
            <p className="text-slate-700">{t("tables.empty")}</p>
          ) : (
            <table className="w-full text-sm">
              <caption className="sr-only">{t("toolTable.title")}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-1 pr-2 font-semibold">{t("toolTable.tool")}</th>
                  <th scope="col" className="py-1 text-right font-semibold">{t("tables.cases")}</th>
                </tr>
              </thead>
              <tbody>
                {breakdown.tool.slice(0, 10).map((tool) => {
                  const label = `${tool.vendor} — ${tool.productName}`;
                  return (
                    <tr key={tool.id} className="border-b border-slate-100">
                      <th scope="row" className="py-1 pr-2 text-left font-normal">{label}</th>
                      <td className="py-1 text-right tabular-nums">
                        <FigureValue href={href({ tool: tool.id })} linkLabel={t("links.tool", { tool: label, count: tool.count })}>
                          {number(tool.count)}
                        </FigureValue>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </Card>
      </div>

      <ChartCard
        title={t("charts.status.title")}
        description={t("charts.status.description")}
        rows={statusRows}
        bars="horizontal"
        labelHeader={t("charts.status.label")}
        valueHeader={t("tables.cases")}
        emptyText={t("tables.empty")}
      />
      <ChartCard
        title={t("charts.time.title")}
        description={t("charts.time.description")}
        rows={timeRows}
        bars="vertical"
        labelHeader={t("charts.time.label")}
        valueHeader={t("tables.cases")}
        emptyText={t("tables.empty")}
      />
      <ChartCard
        title={t("charts.concern.title")}
        description={t("charts.concern.description")}
        rows={concernRows}
        bars="horizontal"
        labelHeader={t("charts.concern.label")}
        valueHeader={t("tables.cases")}
        emptyText={t("tables.empty")}
      />

      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("monitors.title")} className="dashboard-card">
          {breakdown.monitor.length === 0 ? (
            <p className="text-slate-700">{t("tables.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {breakdown.monitor.map((row) => (
                <li key={row.key} className="flex justify-between border-b border-slate-100 py-1">
                  <span>{tEnums(`monitor.${row.key}`)}</span>
                  <span className="tabular-nums">{number(row.cases)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("flags.title")} className="dashboard-card">
          {breakdown.flag.length === 0 ? (
            <p className="text-slate-700">{t("flags.none")}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {breakdown.flag.map((row) => {
                const rule = tCompliance.has(`rules.${row.key}`) ? t("flags.ruleNamed", { rule: row.key, title: tCompliance(`rules.${row.key}`) }) : t("flags.rule", { rule: row.key });
                return (
                  <li key={row.key} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                    <span>{rule}</span>
                    <span className="tabular-nums">
                      <FigureValue href={href({ flag: row.key })} linkLabel={t("links.flag", { rule: row.key, count: row.cases })}>
                        {number(row.cases)}
                      </FigureValue>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          <p className="mt-2 text-xs text-slate-600">{t("flags.note")}</p>
        </Card>
      </div>
    </div>
  );
}
