import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { LocaleSwitch } from "@/components/layout/locale-switch";

/**
 * Public dashboards (/public): no account, aggregates only (docs/decisions/0015). Wider than the report
 * pages' layout, for the sector table; the same FR/EN switch, no third-party resource.
 */
export default async function PublicDashboardsLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <span className="text-lg font-bold text-indigo-800">{t("app.name")}</span>
          <nav aria-label={t("dashboards.public.navLabel")} className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
              <li>
                <Link href="/public" className="text-indigo-800 underline-offset-2 hover:underline">
                  {t("dashboards.public.sector")}
                </Link>
              </li>
              <li>
                <Link href="/signaler" className="text-indigo-800 underline-offset-2 hover:underline">
                  {t("dashboards.public.report")}
                </Link>
              </li>
              <li>
                <Link href="/login" className="text-indigo-800 underline-offset-2 hover:underline">
                  {t("dashboards.public.login")}
                </Link>
              </li>
            </ul>
          </nav>
          <div className="ml-auto">
            <LocaleSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-white px-4 py-4 text-center text-xs text-slate-600">{t("dashboards.public.footer")}</footer>
    </div>
  );
}
