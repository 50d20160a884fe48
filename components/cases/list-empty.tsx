import { getTranslations } from "next-intl/server";

/** No case to show: says whether the filters are the reason, and what to do then. */
export async function CaseListEmpty({ isFiltered }: { isFiltered: boolean }) {
  const t = await getTranslations("caseList");
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
      <p className="font-semibold text-slate-900">{t(isFiltered ? "emptyFiltered" : "empty")}</p>
      {isFiltered ? <p className="mt-1 text-sm text-slate-700">{t("emptyFilteredHint")}</p> : null}
    </div>
  );
}
