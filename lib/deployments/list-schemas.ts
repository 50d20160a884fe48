/**
 * The case list's query as it travels in the URL (/cases?status=…&sort=employer&page=2). Pure: shared by
 * the page, the links it builds (sort headers, pagination, CSV export) and the data layer.
 * A bad value never fails the request: it is dropped, and reported back so that the page can say so.
 */
import { z } from "zod";

import { CaseStatus, Concern, DeploymentPhase, Sector } from "@/generated/prisma/enums";
import { RULE_IDS } from "@/lib/compliance/legal-calendar";
import { addDays, compareCalendarDates, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { CASE_FIGURES, MAX_YEAR, MIN_YEAR } from "@/lib/dashboards/case-figures";

export const CASE_SORTS = ["updatedAt", "firstKnownOn", "goLiveOn", "employer", "status", "deadline"] as const;
export type TCaseSort = (typeof CASE_SORTS)[number];
export type TSortDir = "asc" | "desc";

/** Recent activity first for dates; A→Z, workflow order and soonest deadline first otherwise. */
export const DEFAULT_DIR: Readonly<Record<TCaseSort, TSortDir>> = {
  updatedAt: "desc",
  firstKnownOn: "desc",
  goLiveOn: "desc",
  employer: "asc",
  status: "asc",
  deadline: "asc",
};

/** The values the filter form offers (components may not import the generated Prisma module). */
export const FILTER_VALUES = {
  sector: Object.values(Sector),
  phase: Object.values(DeploymentPhase),
  status: Object.values(CaseStatus),
  concern: Object.values(Concern),
  figure: CASE_FIGURES,
} as const;

export const DEADLINE_FILTERS = ["overdue", "due_soon"] as const;
/** Compliance flags stored in case_flags: any rule, or one; confirmed ones or the ones to check. */
export const FLAG_FILTERS = ["any", ...RULE_IDS] as const;
export const FLAG_STATUS_FILTERS = ["confirmed", "suspected"] as const;
export type TDeadlineFilter = (typeof DEADLINE_FILTERS)[number];
/** "Bientôt" means within this many days, today included (DOMAIN C.2: a deadline is `due` at D-7). */
export const DUE_SOON_DAYS = 7;

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
export const SEARCH_MAX_LENGTH = 100;
export const EMPLOYER_SEARCH_MIN_LENGTH = 2;
/** The employer search answers the first this many names in alphabetical order. */
export const EMPLOYER_SEARCH_RESULTS = 20;

/** The employer filter's search by name (GET /api/cases/employers?q=), when there are too many to list. */
export const ZEmployerSearch = z.object({ q: z.string().trim().min(EMPLOYER_SEARCH_MIN_LENGTH).max(SEARCH_MAX_LENGTH) });

/** Every parameter of the list, each optional: a missing one means "no filter" or the default. */
export const ZCaseListQuery = z.object({
  employer: z.uuid(),
  sector: z.enum(Sector),
  phase: z.enum(DeploymentPhase),
  status: z.enum(CaseStatus),
  tool: z.uuid(),
  vendor: z.string().trim().min(1).max(120),
  concern: z.enum(Concern),
  deadline: z.enum(DEADLINE_FILTERS),
  flag: z.enum(FLAG_FILTERS),
  flagStatus: z.enum(FLAG_STATUS_FILTERS),
  rep: z.uuid(),
  q: z.string().trim().min(1).max(SEARCH_MAX_LENGTH),
  /** A dashboard figure's cases (lib/dashboards/case-figures.ts), and the year they became known. */
  figure: z.enum(CASE_FIGURES),
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR),
  sort: z.enum(CASE_SORTS),
  dir: z.enum(["asc", "desc"]),
  page: z.coerce.number().int().min(1).max(1_000_000),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE),
}).partial();

type TParsed = z.output<typeof ZCaseListQuery>;
export type TCaseListParam = keyof TParsed;
export const CASE_LIST_PARAMS = Object.keys(ZCaseListQuery.shape) as TCaseListParam[];
export const FILTER_PARAMS = ["employer", "sector", "phase", "status", "tool", "vendor", "concern", "deadline", "flag", "flagStatus", "rep", "figure", "year", "q"] as const;

export type TCaseListQuery = Omit<TParsed, "sort" | "dir" | "page" | "pageSize"> & {
  sort: TCaseSort;
  dir: TSortDir;
  page: number;
  pageSize: number;
};

type TRawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function readParam(params: TRawParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  const first = Array.isArray(value) ? value[0] : value;
  // The GET form sends "" for "Tous" / an empty search box: that is no filter, not a bad value.
  return first === undefined || first === null || first.trim() === "" ? undefined : first;
}

/** Reads the URL parameters one by one: a bad one is dropped (and listed in `ignored`), never a 500. */
export function parseCaseListQuery(params: TRawParams): { query: TCaseListQuery; ignored: TCaseListParam[] } {
  const parsed: Record<string, unknown> = {};
  const ignored: TCaseListParam[] = [];
  for (const name of CASE_LIST_PARAMS) {
    const raw = readParam(params, name);
    if (raw === undefined) continue;
    const result = ZCaseListQuery.shape[name].safeParse(raw);
    if (result.success) parsed[name] = result.data;
    else ignored.push(name);
  }
  const { sort = "updatedAt", dir, page = 1, pageSize = DEFAULT_PAGE_SIZE, ...filters } = parsed as TParsed;
  return { query: { ...filters, sort, dir: dir ?? DEFAULT_DIR[sort], page, pageSize }, ignored };
}

/** How many filters narrow the list (the disclosure summary shows it; the search box is apart). */
export function countActiveFilters(query: TCaseListQuery): number {
  return FILTER_PARAMS.filter((name) => name !== "q" && query[name] !== undefined).length;
}

/** The query as URL parameters, defaults left out so that links stay short and shareable. */
export function toCaseListParams(query: TCaseListQuery, options: { paging?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = query[name];
    if (value !== undefined) params.set(name, String(value));
  }
  if (query.sort !== "updatedAt") params.set("sort", query.sort);
  if (query.dir !== DEFAULT_DIR[query.sort]) params.set("dir", query.dir);
  if (options.paging !== false) {
    if (query.page !== 1) params.set("page", String(query.page));
    if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  }
  return params;
}

function withParams(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function caseListHref(query: TCaseListQuery, changes: Partial<TCaseListQuery> = {}): string {
  return withParams("/cases", toCaseListParams({ ...query, ...changes }));
}

/** A column header's link: the other direction when already sorted by it, from page 1. */
export function sortHref(query: TCaseListQuery, sort: TCaseSort): string {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[sort];
  return caseListHref(query, { sort, dir, page: 1 });
}

/** The CSV export of exactly this list: same filters and order, every page. */
export function caseExportHref(query: TCaseListQuery): string {
  return withParams("/api/cases/export", toCaseListParams(query, { paging: false }));
}

/** The page numbers to show: the first, the last, and two on each side of the current one. */
export function visiblePages(page: number, pageCount: number): (number | "gap")[] {
  const pages: (number | "gap")[] = [];
  for (let candidate = 1; candidate <= pageCount; candidate += 1) {
    const shown = candidate === 1 || candidate === pageCount || Math.abs(candidate - page) <= 2;
    if (shown) pages.push(candidate);
    else if (pages.at(-1) !== "gap") pages.push("gap");
  }
  return pages;
}

export type TDeadlineUrgency = "overdue" | "due_soon" | null;

/** Overdue: the day has passed. Due soon: today up to DUE_SOON_DAYS ahead. */
export function deadlineUrgency(dueOn: TCalendarDate, today: TCalendarDate): TDeadlineUrgency {
  if (compareCalendarDates(dueOn, today) < 0) return "overdue";
  if (compareCalendarDates(dueOn, addDays(today, DUE_SOON_DAYS)) <= 0) return "due_soon";
  return null;
}
