"use client";

import dynamic from "next/dynamic";

import type { TBar } from "@/components/dashboards/bar-chart";

/**
 * The chart island, loaded after the page: recharts (about 90 kB gzip) stays out of the first load, so
 * a dashboard page ships no more JavaScript than any other page (issue 5: < 200 kB). The table next to
 * each chart carries the same data from the first byte, with or without JavaScript.
 */
const BarChartIsland = dynamic(() => import("@/components/dashboards/bar-chart").then((module) => module.BarChartIsland), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="dashboard-chart" />,
});

export function LazyBarChart(props: { data: TBar[]; bars: "horizontal" | "vertical"; locale: string }) {
  return <BarChartIsland {...props} />;
}
