import { LazyBarChart } from "@/components/dashboards/lazy-bar-chart";
import { FigureValue } from "@/components/dashboards/figure-value";
import { Card } from "@/components/ui/card";

/** A chart's row: its count (the bar), the count as shown (formatted on the server) and the cases it opens. */
export type TChartRow = { key: string; label: string; count: number; value: string; href?: string; linkLabel?: string };

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
          <table className="w-full self-start text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-2 font-semibold">
                  {labelHeader}
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  {valueHeader}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {row.label}
                  </th>
                  <td className="py-1 text-right tabular-nums">
                    <FigureValue href={row.href} linkLabel={row.linkLabel ?? row.label}>
                      {row.value}
                    </FigureValue>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
