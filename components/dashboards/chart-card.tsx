import { LazyBarChart } from "@/components/dashboards/lazy-bar-chart";
import { FigureRowsTable, type TFigureRow } from "@/components/dashboards/figure-value";
import { Card } from "@/components/ui/card";

/** A chart's row: its count (the bar), the count as shown (formatted on the server) and the cases it opens. */
export type TChartRow = TFigureRow & { count: number };

export type TChart = {
  title: string;
  description?: string;
  rows: TChartRow[];
  bars: "horizontal" | "vertical";
  labelHeader: string;
  valueHeader: string;
  emptyText: string;
};

/**
 * A chart with its data as a table: the table is what screen readers and the printed page read, the
 * chart (aria-hidden) what the eye reads. Rows with a link open the cases they count.
 */
export function ChartCard({ chart, locale }: { chart: TChart; locale: string }) {
  const { title, description, rows, bars, labelHeader, valueHeader, emptyText } = chart;
  return (
    <Card title={title} className="dashboard-card">
      {description ? <p className="mb-3 text-sm text-slate-700">{description}</p> : null}
      {rows.length === 0 ? (
        <p className="text-slate-700">{emptyText}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <LazyBarChart data={rows.map(({ label, count }) => ({ label, value: count }))} bars={bars} locale={locale} />
          <FigureRowsTable className="w-full self-start text-sm" caption={title} labelHeader={labelHeader} valueHeader={valueHeader} rows={rows} />
        </div>
      )}
    </Card>
  );
}
