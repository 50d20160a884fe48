import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AgreementList } from "@/components/agreements/agreement-list";
import { PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { requireUser } from "@/lib/auth/session";
import { listLibraryAgreements } from "@/lib/agreements/queries";
import { CLAUSE_KINDS, parseClauseFilter } from "@/lib/agreements/schemas";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

/** The shared agreements library: what every section obtained, filterable by clause. */
export default async function AgreementsPage({ searchParams }: { searchParams: Promise<{ clause?: string | string[] }> }) {
  const actor = await requireUser();
  const { clause: raw } = await searchParams;
  const clause = parseClauseFilter(typeof raw === "string" ? raw : undefined);
  const [t, agreements] = await Promise.all([getTranslations(), orNotFound(listLibraryAgreements(actor, clause))]);
  return (
    <>
      <PageHeader title={t("agreements.title")} description={t("agreements.intro")} />
      <form method="get" action="/agreements" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-900">
          {t("agreements.filter")}
          <select name="clause" defaultValue={clause ?? ""} className={inputClass}>
            <option value="">{t("agreements.filterAll")}</option>
            {CLAUSE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enums.clauseKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
          {t("agreements.apply")}
        </button>
      </form>
      {agreements.length === 0 ? <p className="text-slate-700">{t("agreements.empty")}</p> : <AgreementList agreements={agreements} showEmployer canDelete={false} />}
    </>
  );
}
