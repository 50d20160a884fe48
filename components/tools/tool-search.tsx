import { getTranslations } from "next-intl/server";

import { inputClass } from "@/components/ui/field";

/** A plain GET form: the search lives in the URL (?q=), so it works without JavaScript and can be shared. */
export async function ToolSearch({ q }: { q: string }) {
  const t = await getTranslations("tools");
  return (
    <form role="search" method="get" action="/tools" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="q" className="text-sm font-medium text-slate-900">
          {t("searchLabel")}
        </label>
        <input id="q" name="q" type="search" defaultValue={q} maxLength={100} aria-describedby="q-hint" className={inputClass} />
        <p id="q-hint" className="text-xs text-slate-600">
          {t("searchHint")}
        </p>
      </div>
      <button type="submit" className="min-h-10 self-start rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50 sm:mb-5">
        {t("searchSubmit")}
      </button>
    </form>
  );
}
