import Link from "next/link";
import { useTranslations } from "next-intl";

import type { TCaseDetail } from "@/lib/deployments/queries";

const badge = "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-medium";

/** Who, what and where the case stands: the first thing a rep reads. */
export function CaseHeader({ detail }: { detail: TCaseDetail }) {
  const t = useTranslations();
  return (
    <header className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <h1 className="break-words text-2xl font-bold text-slate-900">{detail.localName}</h1>
        <p className="mt-1 text-slate-700">
          <Link href={`/employers/${detail.employer.id}`} className="font-medium text-indigo-800 underline">
            {detail.employer.legalName}
          </Link>
          {" · "}
          {detail.tool.vendor} — {detail.tool.productName}
        </p>
        <p className="mt-2 flex flex-wrap gap-2">
          <span className={`${badge} border-indigo-300 bg-indigo-50 text-indigo-900`}>
            <span className="sr-only">{t("cases.fields.status")} : </span>
            {t(`enums.status.${detail.status}`)}
          </span>
          <span className={`${badge} border-slate-300 bg-slate-50 text-slate-900`}>
            <span className="sr-only">{t("cases.fields.phase")} : </span>
            {t(`enums.phase.${detail.phase}`)}
          </span>
          {detail.outcome ? (
            <span className={`${badge} border-emerald-300 bg-emerald-50 text-emerald-900`}>
              <span className="sr-only">{t("cases.fields.outcome")} : </span>
              {t(`enums.outcome.${detail.outcome}`)}
            </span>
          ) : null}
        </p>
      </div>
      {detail.canEdit ? (
        <Link
          href={`/cases/${detail.id}/edit`}
          className="self-start rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-700"
        >
          {t("cases.edit")}
        </Link>
      ) : null}
    </header>
  );
}
