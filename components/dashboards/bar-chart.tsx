"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";

export type TBar = { label: string; value: number };

const BAR_COLOR = "#4338ca";
const WIDTH = 640;

/**
 * A bar chart for sighted readers, hidden from assistive technology: the table rendered next to it
 * (components/dashboards/chart-card.tsx) is its text alternative. Fixed size with a viewBox, scaled by
 * CSS (.dashboard-chart), so it fits a phone and an A4 page without measuring the screen.
 * `bars`: "horizontal" for long category names (concerns, statuses), "vertical" for a time series.
 */
export function BarChartIsland({ data, bars, locale }: { data: TBar[]; bars: "horizontal" | "vertical"; locale: string }) {
  const number = new Intl.NumberFormat(locale);
  const formatValue = (value: unknown) => (typeof value === "number" ? number.format(value) : String(value ?? ""));
  if (bars === "horizontal") {
    const height = Math.max(120, data.length * 30 + 30);
    return (
      <div aria-hidden="true" className="dashboard-chart">
        <BarChart width={WIDTH} height={height} data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tickFormatter={formatValue} tick={{ fontSize: 12, fill: "#334155" }} />
          <YAxis type="category" dataKey="label" width={220} tick={{ fontSize: 12, fill: "#0f172a" }} interval={0} />
          <Bar dataKey="value" fill={BAR_COLOR} isAnimationActive={false}>
            <LabelList dataKey="value" position="right" formatter={formatValue} style={{ fontSize: 12, fill: "#0f172a" }} />
          </Bar>
        </BarChart>
      </div>
    );
  }
  return (
    <div aria-hidden="true" className="dashboard-chart">
      <BarChart width={WIDTH} height={260} data={data} accessibilityLayer={false} margin={{ top: 16, right: 8, bottom: 40, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" interval="preserveStartEnd" angle={-35} textAnchor="end" tick={{ fontSize: 11, fill: "#334155" }} />
        <YAxis allowDecimals={false} tickFormatter={formatValue} tick={{ fontSize: 12, fill: "#334155" }} width={40} />
        <Bar dataKey="value" fill={BAR_COLOR} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
