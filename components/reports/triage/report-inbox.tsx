import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { ReportStatusBadge, badgeClass } from "@/components/reports/triage/report-status-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import { formatCalendarDate } from "@/components/workflow/format";
import type { TInbox, TInboxRow } from "@/lib/reports/triage/queries";
import { INBOX_STATUS_FILTERS, inboxHref, UNKNOWN_EMPLOYER, type TInboxQuery, type TInboxStatusFilter } from "@/lib/reports/triage/schemas";

const LINK = "inline-flex min-h-10 items-center justify-center rounded-md border px-3 text-sm font-semibold";

function useStatusLabel() {
  const t = useTranslations();
  return (status: TInboxStatusFilter) => (status === "open" || status === "all" ? t(`reports.inbox.${status}`) : t(`enums.reportStatus.${status}`));
}

function countFor(inbox: TInbox, status: TInboxStatusFilter): number {
  const { counts } = inbox;
  if (status === "open") return counts.new + counts.needs_info;
  if (status === "all") return Object.values(counts).reduce((sum, count) => sum + count, 0);
  return counts[status];
}

/** One link per status with its count: the quickest way through the inbox, without JavaScript. */
function StatusTabs({ inbox, query }: { inbox: TInbox; query: TInboxQuery }) {
  const t = useTranslations();
  const label = useStatusLabel();
  return (
    <nav aria-label={t("reports.inbox.tabsLabel")} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {INBOX_STATUS_FILTERS.map((status) => (
          <li key={status}>
            <Link
              href={inboxHref(query, { status, page: 1 })}
              aria-current={query.status === status ? "page" : undefined}
              className={cn(LINK, query.status === status ? "border-indigo-700 bg-indigo-700 text-white" : "border-slate-300 bg-white text-indigo-800")}
            >
              {t("reports.inbox.tabCount", { label: label(status), count: countFor(inbox, status) })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A plain GET form (the employer filter): it works without JavaScript, its URL is the inbox's shareable state. */
function Filters({ inbox, query }: { inbox: TInbox; query: TInboxQuery }) {
  const t = useTranslations();
  // A rep attached to one employer has nothing to choose.
  if (inbox.employers.length < 2 && !inbox.unknownEmployer) return null;
  return (
    <form method="get" action="/reports" role="search" aria-labelledby="report-filters-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="report-filters-heading" className="sr-only">
        {t("reports.inbox.filtersHeading")}
      </h2>
      {/* The status comes from the links above; the form keeps it while the employer changes. */}
      <input type="hidden" name="status" value={query.status} />
      <div className="flex flex-col gap-1 sm:max-w-md">
        <label htmlFor="report-filter-employer" className="text-sm font-medium text-slate-900">
          {t("reports.inbox.employer")}
        </label>
        <select id="report-filter-employer" name="employer" defaultValue={query.employer ?? ""} className={inputClass}>
          <option value="">{t("reports.inbox.allEmployers")}</option>
          {inbox.unknownEmployer ? <option value={UNKNOWN_EMPLOYER}>{t("reports.inbox.unknownEmployer")}</option> : null}
          {inbox.employers.map((employer) => (
            <option key={employer.id} value={employer.id}>
              {employer.legalName}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button type="submit">{t("reports.inbox.apply")}</Button>
        <Link href="/reports" className={cn(LINK, "border-slate-300 bg-white px-4 text-slate-900 hover:bg-slate-50")}>
          {t("reports.inbox.reset")}
        </Link>
      </div>
    </form>
  );
}

function InboxItem({ row }: { row: TInboxRow }) {
  const t = useTranslations();
  const format = useFormatter();
  const employer = row.employer
    ? row.employer.legalName
    : row.typedEmployerName
      ? t("reports.inbox.unknownEmployerNamed", { name: row.typedEmployerName })
      : t("reports.inbox.unknownEmployerUnnamed");
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">
          <Link href={`/reports/${row.id}`} className="text-indigo-800 underline">
            {t("reports.inbox.reportTitle", { date: formatCalendarDate(format, row.submittedOn) })}
          </Link>
        </h2>
        <ReportStatusBadge status={row.status} />
        {row.reporterWroteLast ? <span className={cn(badgeClass, "border-amber-400 bg-amber-100 text-amber-950")}>{t("reports.inbox.reporterWroteLast")}</span> : null}
      </div>
      <p className="mt-1 text-sm font-medium break-words text-slate-700">{employer}</p>
      <p className="mt-2 break-words text-slate-900">{row.whatItDoesStart}</p>
      {row.concerns.length > 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-medium">{t("reports.inbox.concerns")} : </span>
          {row.concerns.map((concern) => t(`enums.concern.${concern}`)).join(" · ")}
        </p>
      ) : null}
    </li>
  );
}

function Pagination({ inbox, query }: { inbox: TInbox; query: TInboxQuery }) {
  const t = useTranslations();
  if (inbox.pageCount <= 1) return null;
  return (
    <nav aria-label={t("reports.inbox.pagination.label")} className="mt-4 flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-slate-700">{t("reports.inbox.pagination.status", { page: inbox.page, pageCount: inbox.pageCount })}</p>
      <div className="flex gap-2">
        {inbox.page > 1 ? (
          <Link href={inboxHref(query, { page: inbox.page - 1 })} rel="prev" className={cn(LINK, "border-slate-300 bg-white text-indigo-800")}>
            {t("reports.inbox.pagination.previous")}
          </Link>
        ) : null}
        {inbox.page < inbox.pageCount ? (
          <Link href={inboxHref(query, { page: inbox.page + 1 })} rel="next" className={cn(LINK, "border-slate-300 bg-white text-indigo-800")}>
            {t("reports.inbox.pagination.next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

/** The triage inbox: status links, filters, the reports (newest first) and the pages. */
export function ReportInbox({ inbox, query }: { inbox: TInbox; query: TInboxQuery }) {
  const t = useTranslations();
  const isFiltered = query.status !== "open" || query.employer !== undefined;
  const unknownWaiting = inbox.unknownEmployer?.openCount ?? 0;
  return (
    <>
      {unknownWaiting > 0 && query.employer !== UNKNOWN_EMPLOYER ? (
        <Alert tone="warning" className="mb-4">
          {t("reports.inbox.unknownWaiting", { count: unknownWaiting })}{" "}
          <Link href={inboxHref(query, { employer: UNKNOWN_EMPLOYER, page: 1 })} className="font-semibold underline">
            {t("reports.inbox.showUnknown")}
          </Link>
        </Alert>
      ) : null}
      <StatusTabs inbox={inbox} query={query} />
      <Filters inbox={inbox} query={query} />
      <p role="status" className="mb-2 text-sm font-semibold text-slate-800">
        {t("reports.inbox.resultCount", { count: inbox.total })}
      </p>
      {inbox.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
          <p className="font-semibold text-slate-900">{t(isFiltered ? "reports.inbox.emptyFiltered" : "reports.inbox.empty")}</p>
          <p className="mt-1 text-sm text-slate-700">{t(isFiltered ? "reports.inbox.emptyFilteredHint" : "reports.inbox.emptyHint")}</p>
        </div>
      ) : (
        <ul className="flex flex-col gap-3">
          {inbox.rows.map((row) => (
            <InboxItem key={row.id} row={row} />
          ))}
        </ul>
      )}
      <Pagination inbox={inbox} query={query} />
    </>
  );
}
