/**
 * Where a dashboard figure leads: the case list filtered to exactly the cases it counts (same filters as
 * the list's own form, so the link is a shareable list address). Pure.
 */
import type { TCaseFigure } from "./case-figures";

export type TCaseLinkFilter = {
  figure?: TCaseFigure;
  phase?: string;
  status?: string;
  concern?: string;
  deadline?: "overdue" | "due_soon";
  tool?: string;
  vendor?: string;
  /** A compliance rule id (the list's flag filter). */
  flag?: string;
};

/** The cases of one employer behind a figure, for a period (0: all; otherwise the year known). */
export function casesHref(employerId: string, period: number, filter: TCaseLinkFilter = {}): string {
  const params = new URLSearchParams({ employer: employerId });
  for (const [name, value] of Object.entries(filter)) if (value !== undefined) params.set(name, value);
  if (period !== 0) params.set("year", String(period));
  return `/cases?${params.toString()}`;
}

/** An employer's dashboard, signed in or public, for a period. */
export function employerDashboardHref(base: "/dashboards/employers" | "/public/employers", employerId: string, period: number): string {
  return period === 0 ? `${base}/${employerId}` : `${base}/${employerId}?period=${period}`;
}
