import { getFormatter, getLocale, getTranslations } from "next-intl/server";

import type { TChartRow } from "@/components/dashboards/chart-card";
import { EmployerDashboardBody, type TEmployerDashboardModel, type TFigure } from "@/components/dashboards/employer-dashboard-body";
import type { TFigureRow } from "@/components/dashboards/figure-value";
import { inUse, REPORT_WINDOW_DAYS } from "@/lib/dashboards/figures";
import { casesHref, type TCaseLinkFilter } from "@/lib/dashboards/links";
import type { TEmployerDashboard } from "@/lib/dashboards/queries";
import { FILTER_VALUES } from "@/lib/deployments/list-schemas";

// NOTE: the page's ~60 numbers go through two formatters kept per language, the ones format.number
// would use: it builds them for each request and looks them up by serialising its arguments on every
// call (~0.4 ms a page, profiled).
const NUMBER_FORMATS = new Map<string, { integers: Intl.NumberFormat; percents: Intl.NumberFormat }>();

function numberFormats(locale: string) {
  let formats = NUMBER_FORMATS.get(locale);
  if (!formats) {
    formats = { integers: new Intl.NumberFormat(locale), percents: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }) };
    NUMBER_FORMATS.set(locale, formats);
  }
  return formats;
}

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
 * What an employer's dashboard shows (issue 5 point 1), translated, formatted and linked: each figure
 * links to the cases behind it when the reader may open them (`dashboard.canLinkCases`), and the three
 * charts carry their tables. Aggregates only: no case, note, rep or reporter appears here, whoever reads it.
 */
async function employerDashboardModel(dashboard: TEmployerDashboard): Promise<TEmployerDashboardModel> {
  const [t, tEnums, tCompliance, format, locale] = await Promise.all([
    getTranslations("dashboards"),
    getTranslations("enums"),
    getTranslations("compliance"),
    getFormatter(),
    getLocale(),
  ]);
  const { figures, rates, breakdown, employer, period } = dashboard;
  const href = (filter: TCaseLinkFilter = {}) => (dashboard.canLinkCases ? casesHref(employer.id, period, filter) : undefined);
  const { integers, percents } = numberFormats(locale);
  /**
   * A link's accessible name says how many cases it opens. Where several unions work at the employer,
   * the figures count all of them but a rep opens only their own union's cases: the name says so
   * instead of promising a count the list will not show.
   */
  const linkLabel = (key: "figure" | "status" | "concern" | "phase" | "tool" | "flag", values: Record<string, string | number>, label: string) =>
    dashboard.linksOwnUnionOnly ? t("links.ownUnion", { label }) : t(`links.${key}`, values);
  const number = (value: number) => integers.format(value);
  const percent = (value: number | null) => (value === null ? "—" : percents.format(value));
  const countOf = (rows: { key: string; cases: number }[], key: string) => rows.find((row) => row.key === key)?.cases ?? 0;
  /** A figure linked to the cases matching `filter`, `count` of them. */
  const figure = (label: string, value: string, count: number, filter: TCaseLinkFilter | undefined, detail?: string): TFigure => ({
    label,
    value,
    detail,
    href: href(filter),
    linkLabel: linkLabel("figure", { figure: label, count }, label),
  });
  const reportsLabel = t("figures.reports", { days: REPORT_WINDOW_DAYS });
  const duerpMissingHref = href({ figure: "duerp_missing" });
  const tables = { valueHeader: t("tables.cases"), emptyText: t("tables.empty") };

  const statusRows: TChartRow[] = FILTER_VALUES.status
    .map((status) => ({ key: status, label: tEnums(`status.${status}`), count: countOf(breakdown.status, status) }))
    .filter((row) => row.count > 0)
    .map((row) => ({ ...row, value: number(row.count), href: href({ status: row.key }), linkLabel: linkLabel("status", { status: row.label, count: row.count }, row.label) }));
  const concernRows: TChartRow[] = breakdown.concern.map((row) => {
    const label = tEnums(`concern.${row.key}`);
    return { key: row.key, label, count: row.cases, value: number(row.cases), href: href({ concern: row.key }), linkLabel: linkLabel("concern", { concern: label, count: row.cases }, label) };
  });
  const timeRows: TChartRow[] = timeSeries(breakdown.month).map((row) => ({
    key: row.key,
    label:
      row.quarter !== undefined
        ? t("charts.quarter", { quarter: row.quarter, year: row.year })
        : format.dateTime(new Date(Date.UTC(row.year, (row.month ?? 1) - 1, 1)), { month: "short", year: "numeric", timeZone: "UTC" }),
    count: row.cases,
    value: number(row.cases),
  }));
  const chart = (name: "status" | "time" | "concern", rows: TChartRow[], bars: "horizontal" | "vertical") => ({
    title: t(`charts.${name}.title`),
    description: t(`charts.${name}.description`),
    labelHeader: t(`charts.${name}.label`),
    rows,
    bars,
    ...tables,
  });

  return {
    locale,
    scopeNote: dashboard.linksOwnUnionOnly ? t("ownUnionNote", { unions: dashboard.unionCount }) : undefined,
    rollout: {
      title: t("rollout.title"),
      headline: figures.started === 0 ? t("rollout.noneStarted") : t("rollout.headline", { liveFirst: figures.liveFirst, started: figures.started }),
      figures: [
        figure(t("figures.completeBefore"), percent(rates.completeBefore), figures.completeBefore, { figure: "complete_before" }, t("figures.ofStarted", { count: figures.completeBefore, total: figures.started })),
        figure(t("figures.liveFirst"), percent(rates.liveFirst), figures.liveFirst, { figure: "live_first" }, t("figures.ofStarted", { count: figures.liveFirst, total: figures.started })),
        figure(t("figures.undatedLive"), number(figures.undatedLive), figures.undatedLive, { figure: "undated_live" }, t("figures.undatedLiveDetail")),
      ],
      rule: t("rollout.rule"),
    },
    figures: {
      title: t("figures.title"),
      figures: [
        figure(t("figures.cases"), number(figures.cases), figures.cases, {}, t("figures.toolsDetail", { tools: figures.tools })),
        {
          ...figure(t("figures.openCases"), number(figures.openCases), figures.openCases, { figure: "open" }),
          linkLabel: linkLabel("figure", { figure: t("figures.openCasesLink"), count: figures.openCases }, t("figures.openCasesLink")),
        },
        figure(t("figures.overdueCases"), number(figures.overdueCases), figures.overdueCases, { deadline: "overdue" }, t("figures.deadlineDetail")),
        figure(t("figures.dueSoonCases"), number(figures.dueSoonCases), figures.dueSoonCases, { deadline: "due_soon" }, t("figures.deadlineDetail")),
        figure(
          t("figures.consultations"),
          number(figures.consultations),
          figures.consultations,
          { figure: "consultation_opened" },
          figures.medianDaysToD0 === null
            ? t("figures.noMedian")
            : t("figures.medianDaysToD0", { days: format.number(figures.medianDaysToD0, { maximumFractionDigits: 1 }) }),
        ),
        figure(t("figures.expertise"), percent(rates.expertise), figures.expertise, { figure: "expertise" }, t("figures.expertiseDetail", { count: figures.expertise, total: figures.consultations })),
        {
          ...figure(t("figures.duerpUpdated"), percent(rates.duerpUpdated), figures.duerpUpdated, { figure: "duerp_updated" }, t("figures.duerpDetail", { count: figures.duerpUpdated, total: inUse(figures) })),
          detailLink: duerpMissingHref
            ? {
                text: t("figures.duerpMissingLink"),
                href: duerpMissingHref,
                linkLabel: linkLabel("figure", { figure: t("figures.duerpMissing"), count: inUse(figures) - figures.duerpUpdated }, t("figures.duerpMissing")),
              }
            : undefined,
        },
        figure(t("figures.monitoring"), number(figures.monitoring), figures.monitoring, { figure: "monitoring" }, t("figures.monitoringDetail")),
        figure(t("figures.jobsThreatened"), number(figures.jobsThreatened), figures.jobsThreatenedCases, { figure: "jobs_threatened" }, t("figures.jobsDetail", { count: figures.jobsThreatenedCases })),
        figure(t("figures.jobsCut"), number(figures.jobsCut), figures.jobsCutCases, { figure: "jobs_cut" }, t("figures.jobsDetail", { count: figures.jobsCutCases })),
        {
          label: reportsLabel,
          value: dashboard.reports.kind === "exact" ? number(dashboard.reports.value) : t("figures.fewerThan", { threshold: dashboard.reports.threshold }),
          detail: t("figures.reportsDetail"),
          linkLabel: reportsLabel,
        },
      ],
    },
    phases: {
      title: t("phases.title"),
      labelHeader: t("phases.phase"),
      ...tables,
      rows: FILTER_VALUES.phase.map((phase): TFigureRow => {
        const count = countOf(breakdown.phase, phase);
        const label = tEnums(`phase.${phase}`);
        return { key: phase, label, value: number(count), href: count > 0 ? href({ phase }) : undefined, linkLabel: linkLabel("phase", { phase: label, count }, label) };
      }),
    },
    tools: {
      title: t("toolTable.title"),
      labelHeader: t("toolTable.tool"),
      ...tables,
      rows: breakdown.tool.slice(0, 10).map((tool): TFigureRow => {
        const label = `${tool.vendor} — ${tool.productName}`;
        return { key: tool.id, label, value: number(tool.count), href: href({ tool: tool.id }), linkLabel: linkLabel("tool", { tool: label, count: tool.count }, label) };
      }),
    },
    charts: [chart("status", statusRows, "horizontal"), chart("time", timeRows, "vertical"), chart("concern", concernRows, "horizontal")],
    monitors: {
      title: t("monitors.title"),
      emptyText: tables.emptyText,
      rows: breakdown.monitor.map((row) => ({ key: row.key, label: tEnums(`monitor.${row.key}`), value: number(row.cases) })),
    },
    flags: {
      title: t("flags.title"),
      emptyText: t("flags.none"),
      note: t("flags.note"),
      rows: breakdown.flag.map((row) => ({
        key: row.key,
        label: tCompliance.has(`rules.${row.key}`) ? t("flags.ruleNamed", { rule: row.key, title: tCompliance(`rules.${row.key}`) }) : t("flags.rule", { rule: row.key }),
        value: number(row.cases),
        href: href({ flag: row.key }),
        linkLabel: linkLabel("flag", { rule: row.key, count: row.cases }, t("flags.rule", { rule: row.key })),
      })),
    },
  };
}

/** An employer's dashboard: its model, built here on the server, laid out by EmployerDashboardBody. */
export async function EmployerDashboardView({ dashboard }: { dashboard: TEmployerDashboard }) {
  return <EmployerDashboardBody model={await employerDashboardModel(dashboard)} />;
}
