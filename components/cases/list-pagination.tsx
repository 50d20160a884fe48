import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { cn } from "@/components/ui/cn";
import { caseListHref, visiblePages, type TCaseListQuery } from "@/lib/deployments/list-schemas";

const LINK = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border px-3 text-sm font-semibold";

export async function CaseListPagination({ query, page, pageCount }: { query: TCaseListQuery; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("caseList");
  const href = (target: number) => caseListHref(query, { page: target });
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex flex-col items-center gap-2 sm:flex-row sm:justify-between">
      <p className="text-sm text-slate-700">{t("pagination.status", { page, pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={cn(LINK, "border-slate-300 bg-white text-slate-900")}>
              <span aria-hidden="true">‹</span>
              <span className="sr-only">{t("pagination.previous")}</span>
            </Link>
          </li>
        ) : null}
        {visiblePages(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={href(item)}
                aria-current={item === page ? "page" : undefined}
                aria-label={t("pagination.page", { page: item })}
                className={cn(LINK, item === page ? "border-indigo-700 bg-indigo-700 text-white" : "border-slate-300 bg-white text-indigo-800 underline")}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={cn(LINK, "border-slate-300 bg-white text-slate-900")}>
              <span aria-hidden="true">›</span>
              <span className="sr-only">{t("pagination.next")}</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
