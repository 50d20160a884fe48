/**
 * Dashboard inputs: the query of the sector dashboard as it travels in the URL (lenient: a bad value is
 * dropped, never a 500), the period of an employer dashboard, and the admin's visibility choice.
 */
import { z } from "zod";

import { SECTORS, type TSector } from "@/lib/employers/schemas";

import { VISIBILITIES } from "./access";
import { MAX_YEAR, MIN_YEAR } from "./case-figures";

/** 0: every case; otherwise the year the cases became known. */
export const ZPeriod = z.coerce.number().int().refine((value) => value === 0 || (value >= MIN_YEAR && value <= MAX_YEAR));

export const SECTOR_SORTS = ["name", "cases", "completeBefore", "medianDaysToD0", "expertise", "openCases", "overdueCases"] as const;
export type TSectorSort = (typeof SECTOR_SORTS)[number];
export type TSortDir = "asc" | "desc";

/** Worst first where a figure is a grievance (a low rate, a long wait, many overdue deadlines). */
export const SECTOR_SORT_DIR: Readonly<Record<TSectorSort, TSortDir>> = {
  name: "asc",
  cases: "desc",
  completeBefore: "asc",
  medianDaysToD0: "desc",
  expertise: "asc",
  openCases: "desc",
  overdueCases: "desc",
};

export const SECTOR_PAGE_SIZE = 25;

const ZSectorQuery = z
  .object({
    sector: z.enum(SECTORS),
    period: ZPeriod,
    sort: z.enum(SECTOR_SORTS),
    dir: z.enum(["asc", "desc"]),
    page: z.coerce.number().int().min(1).max(100_000),
  })
  .partial();

export type TSectorQuery = { sector?: TSector; period: number; sort: TSectorSort; dir: TSortDir; page: number };

type TRawParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw === undefined || raw.trim() === "" ? undefined : raw;
}

/** Reads each parameter on its own: a bad one falls back to its default. */
export function parseSectorQuery(params: TRawParams): TSectorQuery {
  const parsed: Record<string, unknown> = {};
  for (const name of Object.keys(ZSectorQuery.shape) as (keyof typeof ZSectorQuery.shape)[]) {
    const raw = first(params[name]);
    if (raw === undefined) continue;
    const result = ZSectorQuery.shape[name].safeParse(raw);
    if (result.success) parsed[name] = result.data;
  }
  const { sector, period = 0, sort = "completeBefore", dir, page = 1 } = parsed as z.output<typeof ZSectorQuery>;
  return { ...(sector ? { sector } : {}), period, sort, dir: dir ?? SECTOR_SORT_DIR[sort], page };
}

export function parsePeriod(value: string | string[] | undefined): number {
  const result = ZPeriod.safeParse(first(value));
  return result.success ? result.data : 0;
}

/** The query as URL parameters, defaults left out. */
export function sectorQueryParams(query: TSectorQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.sector) params.set("sector", query.sector);
  if (query.period !== 0) params.set("period", String(query.period));
  if (query.sort !== "completeBefore") params.set("sort", query.sort);
  if (query.dir !== SECTOR_SORT_DIR[query.sort]) params.set("dir", query.dir);
  if (query.page !== 1) params.set("page", String(query.page));
  return params;
}

export function sectorHref(base: string, query: TSectorQuery, changes: Partial<TSectorQuery> = {}): string {
  const search = sectorQueryParams({ ...query, ...changes }).toString();
  return search ? `${base}?${search}` : base;
}

/** A column header's link: the other direction when already sorted by it, back to page 1. */
export function sectorSortHref(base: string, query: TSectorQuery, sort: TSectorSort): string {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : SECTOR_SORT_DIR[sort];
  return sectorHref(base, query, { sort, dir, page: 1 });
}

/** The periods offered: every case, then the last five years, newest first. */
export function periodChoices(currentYear: number): number[] {
  return [0, ...Array.from({ length: 5 }, (_, index) => currentYear - index)];
}

export const ZSetDashboardVisibility = z.object({
  employerId: z.uuid({ error: "validation.invalidId" }),
  visibility: z.enum(VISIBILITIES, { error: "validation.required" }),
});
export type TSetDashboardVisibility = z.input<typeof ZSetDashboardVisibility>;

/** The sort of the query, as hidden fields of the filter form (empty for the default sort). */
export function sortFields(query: TSectorQuery): Record<string, string> {
  const params = sectorQueryParams({ ...query, sector: undefined, period: 0, page: 1 });
  return Object.fromEntries(params.entries());
}
