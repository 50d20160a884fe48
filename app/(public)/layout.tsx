import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { LocaleSwitch } from "@/components/layout/locale-switch";

/**
 * Anonymous pages (report form, follow-up, public dashboards): no account, no signed-in navigation,
 * no third-party resource (the CSP allows only this origin), the same FR/EN switch as the app.
 */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <span className="text-lg font-bold text-indigo-800">{t("app.name")}</span>
          <nav aria-label={t("reportForm.layout.navLabel")} className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
              <li>
                <Link href="/signaler" className="text-indigo-800 underline-offset-2 hover:underline">
                  {t("reportForm.layout.report")}
                </Link>
              </li>
              <li>
                <Link href="/suivi" className="text-indigo-800 underline-offset-2 hover:underline">
                  {t("reportForm.layout.followUp")}
                </Link>
              </li>
            </ul>
          </nav>
          <div className="ml-auto">
            <LocaleSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-white px-4 py-4 text-center text-xs text-slate-600">
        {t("reportForm.layout.footer")}
      </footer>
    </div>
  );
}
