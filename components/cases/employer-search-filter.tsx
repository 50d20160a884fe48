"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";

import { inputClass } from "@/components/ui/field";
import type { TEmployerOption } from "@/lib/deployments/list";

/** Typing pauses this long before the server is asked. */
const DEBOUNCE_MS = 250;

type TResult = { query: string; employers: TEmployerOption[] } | { query: string; failed: true };

/**
 * The case list's employer filter when there are too many employers to list (a federation's
 * thousands): a search box asks the server for matching names (GET /api/cases/employers), and a native
 * select offers the results. Like the tool picker, keyboard- and screen-reader-friendly without a
 * custom combobox; the employer chosen stays in the select whatever the search. The select is the
 * form's `employer` field: without JavaScript it keeps the current filter.
 */
export function EmployerSearchFilter({
  label,
  allLabel,
  selected,
  minLength,
  maxLength,
  maxResults,
}: {
  label: string;
  allLabel: string;
  selected: TEmployerOption | null;
  minLength: number;
  maxLength: number;
  /** The server answers at most this many: as many means there may be more. */
  maxResults: number;
}) {
  const t = useTranslations("caseList.filters");
  const searchId = useId();
  const statusId = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<TEmployerOption | null>(selected);
  const [result, setResult] = useState<TResult | null>(null);
  const needle = query.trim();
  const searching = needle.length >= minLength;

  useEffect(() => {
    if (!searching) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/cases/employers?${new URLSearchParams({ q: needle })}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { employers: TEmployerOption[] };
        setResult({ query: needle, employers: body.employers });
      } catch {
        if (!controller.signal.aborted) setResult({ query: needle, failed: true });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [needle, searching]);

  const current = searching && result?.query === needle ? result : null;
  const found = current && "employers" in current ? current.employers : [];
  const options = [...(chosen ? [chosen] : []), ...found.filter((employer) => employer.id !== chosen?.id)];
  const status = !searching
    ? t("employerSearchHint", { min: minLength })
    : !current
      ? t("employerSearching")
      : "failed" in current
        ? t("employerSearchFailed")
        : found.length === 0
          ? t("employerSearchNone", { query: needle })
          : found.length >= maxResults
            ? t("employerSearchMore", { count: found.length })
            : t("employerSearchFound", { count: found.length });

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="case-filter-employer" className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <label htmlFor={searchId} className="sr-only">
        {t("employerSearch")}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        maxLength={maxLength}
        autoComplete="off"
        placeholder={t("employerSearch")}
        aria-describedby={statusId}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks from the results instead of sending the form with the search half typed.
          if (event.key === "Enter") {
            event.preventDefault();
            selectRef.current?.focus();
          }
        }}
        className={inputClass}
      />
      <select
        ref={selectRef}
        id="case-filter-employer"
        name="employer"
        value={chosen?.id ?? ""}
        onChange={(event) => setChosen(options.find((employer) => employer.id === event.target.value) ?? null)}
        className={inputClass}
      >
        <option value="">{allLabel}</option>
        {options.map((employer) => (
          <option key={employer.id} value={employer.id}>
            {employer.legalName}
          </option>
        ))}
      </select>
      <p id={statusId} role="status" className="text-xs text-slate-600">
        {status}
      </p>
    </div>
  );
}
