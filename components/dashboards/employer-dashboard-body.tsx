"use client";

import { ChartCard, type TChart } from "@/components/dashboards/chart-card";
import { FigureRowsTable, FigureValue, Stat, type TFigureRow } from "@/components/dashboards/figure-value";
import { Card } from "@/components/ui/card";

/** One figure: label, value and detail as shown, and the cases it opens (no `href`: not linked). */
export type TFigure = {
  label: string;
  value: string;
  detail?: string;
  href?: string;
  linkLabel: string;
  /** A second link after the detail (the cases whose DUERP was not updated). */
  detailLink?: { text: string; href: string; linkLabel: string };
};

type TTable = { title: string; labelHeader: string; valueHeader: string; emptyText: string; rows: TFigureRow[] };
type TList = { title: string; emptyText: string; rows: TFigureRow[]; note?: string };

/**
 * Everything the employer dashboard shows, already translated, formatted and linked on the server
 * (components/dashboards/employer-dashboard-view.tsx): this component only lays it out. Aggregates
 * only: no case, note, rep or reporter is in it, whoever reads it.
 */
export type TEmployerDashboardModel = {
  locale: string;
  /** Said above the figures when they count more than the reader's links open (other unions' cases). */
  scopeNote?: string;
  rollout: { title: string; headline: string; figures: TFigure[]; rule: string };
  figures: { title: string; figures: TFigure[] };
  phases: TTable;
  tools: TTable;
  charts: TChart[];
  monitors: TList;
  flags: TList;
};

function Figure({ figure }: { figure: TFigure }) {
  const { detailLink } = figure;
  const detail = detailLink ? (
    <>
      {figure.detail}{" "}
      <FigureValue href={detailLink.href} linkLabel={detailLink.linkLabel}>
        {detailLink.text}
      </FigureValue>
    </>
  ) : (
    figure.detail
  );
  return <Stat label={figure.label} value={figure.value} detail={detail} href={figure.href} linkLabel={figure.linkLabel} />;
}

function FigureTable({ table }: { table: TTable }) {
  return (
    <Card title={table.title} className="dashboard-card">
      {table.rows.length === 0 ? (
        <p className="text-slate-700">{table.emptyText}</p>
      ) : (
        <FigureRowsTable className="w-full text-sm" caption={table.title} labelHeader={table.labelHeader} valueHeader={table.valueHeader} rows={table.rows} />
      )}
    </Card>
  );
}

function FigureList({ list }: { list: TList }) {
  return (
    <Card title={list.title} className="dashboard-card">
      {list.rows.length === 0 ? (
        <p className="text-slate-700">{list.emptyText}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">
          {list.rows.map((row) => (
            <li key={row.key} className="flex justify-between gap-2 border-b border-slate-100 py-1">
              <span>{row.label}</span>
              <span className="tabular-nums">
                <FigureValue href={row.href} linkLabel={row.linkLabel}>
                  {row.value}
                </FigureValue>
              </span>
            </li>
          ))}
        </ul>
      )}
      {list.note ? <p className="mt-2 text-xs text-slate-600">{list.note}</p> : null}
    </Card>
  );
}

/**
 * The employer dashboard's figures, tables and charts. A client component for the size of the page,
 * not for interaction (ADR 0023): the RSC payload then carries this model, a few kilobytes of text,
 * instead of the ~450 elements it lays out, which the server no longer serialises and parses again.
 */
export function EmployerDashboardBody({ model }: { model: TEmployerDashboardModel }) {
  const { rollout, figures } = model;
  return (
    <div className="dashboard flex flex-col gap-4">
      {model.scopeNote ? <p className="text-sm text-slate-700">{model.scopeNote}</p> : null}
      <Card title={rollout.title} className="dashboard-card">
        <p className="mb-3 text-lg text-slate-900">{rollout.headline}</p>
        <dl className="grid gap-3 sm:grid-cols-3">
          {rollout.figures.map((figure) => (
            <Figure key={figure.label} figure={figure} />
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-700">{rollout.rule}</p>
      </Card>

      <Card title={figures.title} className="dashboard-card">
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {figures.figures.map((figure) => (
            <Figure key={figure.label} figure={figure} />
          ))}
        </dl>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <FigureTable table={model.phases} />
        <FigureTable table={model.tools} />
      </div>

      {model.charts.map((chart) => (
        <ChartCard key={chart.title} chart={chart} locale={model.locale} />
      ))}

      <div className="grid gap-4 lg:grid-cols-2">
        <FigureList list={model.monitors} />
        <FigureList list={model.flags} />
      </div>
    </div>
  );
}
