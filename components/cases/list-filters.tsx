import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { EmployerSearchFilter } from "@/components/cases/employer-search-filter";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { TCaseListOptions } from "@/lib/deployments/list";
import { CASE_SORTS, countActiveFilters, DEADLINE_FILTERS, EMPLOYER_SEARCH_MIN_LENGTH, EMPLOYER_SEARCH_RESULTS, FILTER_VALUES, FLAG_FILTERS, FLAG_STATUS_FILTERS, PAGE_SIZES, SEARCH_MAX_LENGTH, type TCaseListQuery } from "@/lib/deployments/list-schemas";

type TOption = { value: string; label: string };

/** A labelled <select> whose first option, "", means "no filter". */
function FilterSelect({ name, label, value, options, allLabel }: { name: string; label: string; value?: string | number; options: TOption[]; allLabel?: string }) {
  const id = `case-filter-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value === undefined ? "" : String(value)} className={inputClass}>
        {allLabel ? <option value="">{allLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function FilterGrid({ children }: { children: ReactNode }) {
  return <div className="grid grid-cols-1 gap-4 pt-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>;
}

function ResetLink({ label }: { label: string }) {
  return (
    <Link href="/cases" className="inline-flex min-h-10 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700">
      {label}
    </Link>
  );
}

/** Years a case became known (the dashboards' periods): the last five, and the one in the URL. */
function yearOptions(selected: number | undefined): TOption[] {
  const current = new Date().getFullYear();
  const years = new Set([...Array.from({ length: 5 }, (_, index) => current - index), ...(selected ? [selected] : [])]);
  return [...years].sort((a, b) => b - a).map((year) => ({ value: String(year), label: String(year) }));
}

/**
 * A plain GET form: it works without JavaScript, and the URL it produces is the shareable state of
 * the list. The selects sit in a disclosure (closed unless a filter is active) so that on a phone the
 * search box and the results come first.
 */
export async function CaseListFilters({ query, options }: { query: TCaseListQuery; options: TCaseListOptions }) {
  const t = await getTranslations();
  const activeCount = countActiveFilters(query);
  const labels = (values: readonly string[], label: (value: string) => string) => values.map((value) => ({ value, label: label(value) }));
  const all = t("caseList.filters.all");
  const allFeminine = t("caseList.filters.allFeminine");
  return (
    <form method="get" action="/cases" role="search" aria-labelledby="case-filters-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="case-filters-heading" className="sr-only">
        {t("caseList.filters.heading")}
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor="case-filter-q" className="text-sm font-medium text-slate-900">
          {t("caseList.filters.search")}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input id="case-filter-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={SEARCH_MAX_LENGTH} aria-describedby="case-filter-q-hint" className={inputClass} />
          <Button type="submit">{t("caseList.filters.apply")}</Button>
          <ResetLink label={t("caseList.filters.reset")} />
        </div>
        <p id="case-filter-q-hint" className="text-xs text-slate-600">
          {t("caseList.filters.searchHint")}
        </p>
      </div>
      <details open={activeCount > 0} className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold text-indigo-800">
          {activeCount > 0 ? t("caseList.filters.moreActive", { count: activeCount }) : t("caseList.filters.more")}
        </summary>
        <FilterGrid>
          {options.employers ? (
            <FilterSelect name="employer" label={t("caseList.filters.employer")} value={query.employer} allLabel={all} options={options.employers.map((employer) => ({ value: employer.id, label: employer.legalName }))} />
          ) : (
            <EmployerSearchFilter
              label={t("caseList.filters.employer")}
              allLabel={all}
              selected={options.selectedEmployer}
              minLength={EMPLOYER_SEARCH_MIN_LENGTH}
              maxLength={SEARCH_MAX_LENGTH}
              maxResults={EMPLOYER_SEARCH_RESULTS}
            />
          )}
          <FilterSelect name="sector" label={t("caseList.filters.sector")} value={query.sector} allLabel={all} options={labels(FILTER_VALUES.sector, (value) => t(`sectors.${value}`))} />
          <FilterSelect name="phase" label={t("caseList.filters.phase")} value={query.phase} allLabel={allFeminine} options={labels(FILTER_VALUES.phase, (value) => t(`enums.phase.${value}`))} />
          <FilterSelect name="status" label={t("caseList.filters.status")} value={query.status} allLabel={all} options={labels(FILTER_VALUES.status, (value) => t(`enums.status.${value}`))} />
          <FilterSelect name="tool" label={t("caseList.filters.tool")} value={query.tool} allLabel={all} options={options.tools.map((tool) => ({ value: tool.id, label: `${tool.vendor} — ${tool.productName}` }))} />
          <FilterSelect name="vendor" label={t("caseList.filters.vendor")} value={query.vendor} allLabel={all} options={options.vendors.map((vendor) => ({ value: vendor, label: vendor }))} />
          <FilterSelect name="concern" label={t("caseList.filters.concern")} value={query.concern} allLabel={allFeminine} options={labels(FILTER_VALUES.concern, (value) => t(`enums.concern.${value}`))} />
          <FilterSelect name="deadline" label={t("caseList.filters.deadline")} value={query.deadline} allLabel={allFeminine} options={labels(DEADLINE_FILTERS, (value) => t(`caseList.filters.deadlineOptions.${value}`))} />
          <FilterSelect name="flag" label={t("compliance.listFilter.flag")} value={query.flag} allLabel={allFeminine} options={labels(FLAG_FILTERS, (value) => (value === "any" ? t("compliance.listFilter.any") : `${value} — ${t(`compliance.rules.${value}`)}`))} />
          <FilterSelect name="flagStatus" label={t("compliance.listFilter.flagStatus")} value={query.flagStatus} allLabel={allFeminine} options={labels(FLAG_STATUS_FILTERS, (value) => t(`compliance.listFilter.statusOptions.${value}`))} />
          <FilterSelect name="figure" label={t("caseList.filters.figure")} value={query.figure} allLabel={all} options={labels(FILTER_VALUES.figure, (value) => t(`dashboards.caseFigures.${value}`))} />
          <FilterSelect name="year" label={t("caseList.filters.year")} value={query.year} allLabel={allFeminine} options={yearOptions(query.year)} />
          <FilterSelect name="rep" label={t("caseList.filters.rep")} value={query.rep} allLabel={all} options={options.reps.map((rep) => ({ value: rep.id, label: rep.name }))} />
          <FilterSelect name="sort" label={t("caseList.filters.sort")} value={query.sort} options={labels(CASE_SORTS, (value) => t(`caseList.columns.${value}`))} />
          <FilterSelect name="dir" label={t("caseList.filters.dir")} value={query.dir} options={labels(["asc", "desc"], (value) => t(`caseList.dirOptions.${value}`))} />
          <FilterSelect name="pageSize" label={t("caseList.filters.pageSize")} value={query.pageSize} options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))} />
        </FilterGrid>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button type="submit">{t("caseList.filters.apply")}</Button>
        </div>
      </details>
    </form>
  );
}
