import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { CaseListEmpty } from "@/components/cases/list-empty";
import { CaseListFilters } from "@/components/cases/list-filters";
import { CaseListPagination } from "@/components/cases/list-pagination";
import { CaseListTable } from "@/components/cases/list-table";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/authz/permissions";
import { requireUser } from "@/lib/auth/session";
import { canReadCases, getCaseListOptions, listCases } from "@/lib/deployments/list";
import { caseExportHref, caseListHref, countActiveFilters, parseCaseListQuery } from "@/lib/deployments/list-schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseList"))("title") };
}

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canReadCases(actor)) notFound();
  const params = await searchParams;
  const { query, ignored } = parseCaseListQuery(params);
  // The GET form sends every field, empty ones included: answer with the short, shareable address.
  if (ignored.length === 0 && Object.values(params).some((value) => value === "")) redirect(caseListHref(query));
  const [t, list, options] = await Promise.all([getTranslations("caseList"), listCases(actor, query), getCaseListOptions(actor, query.employer)]);
  const current = { ...query, page: list.page };
  const canWrite = can(actor.role, "case:write:any") || can(actor.role, "case:write:assigned");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t(can(actor.role, "case:read:any") ? "descriptionAll" : "descriptionMine")}
        actions={
          <>
            {canWrite ? (
              <Link href="/cases/new" className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800">
                {t("newCase")}
              </Link>
            ) : null}
            {/* A plain link: the browser downloads the attachment; no prefetch of an export. */}
            <a href={caseExportHref(query)} title={t("exportHint")} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50">
              {t("export")}
            </a>
          </>
        }
      />
      {ignored.length > 0 ? <Alert tone="warning" className="mb-4">{t("ignoredParams", { params: ignored.map((name) => t(`params.${name}`)).join(", ") })}</Alert> : null}
      <CaseListFilters query={query} options={options} />
      <p role="status" className="mb-2 text-sm font-semibold text-slate-800">
        {t("resultCount", { count: list.total })}
      </p>
      {list.total === 0 ? (
        <CaseListEmpty isFiltered={countActiveFilters(query) > 0 || query.q !== undefined} />
      ) : (
        <>
          <CaseListTable rows={list.rows} query={current} page={list.page} pageCount={list.pageCount} />
          <CaseListPagination query={current} page={list.page} pageCount={list.pageCount} />
        </>
      )}
    </>
  );
}
