import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { LocaleSwitch } from "@/components/layout/locale-switch";

const WIDTH = { narrow: "max-w-3xl", wide: "max-w-6xl" } as const;

/**
 * The frame of every page open without an account (report form, follow-up, public dashboards): no
 * signed-in navigation, no third-party resource (the CSP allows only this origin), the app's FR/EN switch.
 */
export async function PublicShell({
  width,
  navLabel,
  links,
  footer,
  children,
}: {
  width: keyof typeof WIDTH;
  navLabel: string;
  links: { href: string; label: string }[];
  footer: string;
  children: ReactNode;
}) {
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className={`mx-auto flex ${WIDTH[width]} flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3`}>
          <span className="text-lg font-bold text-indigo-800">{t("app.name")}</span>
          <nav aria-label={navLabel} className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-indigo-800 underline-offset-2 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto">
            <LocaleSwitch />
          </div>
        </div>
      </header>
      <main id="main" className={`mx-auto w-full ${WIDTH[width]} flex-1 px-4 py-6`}>
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-white px-4 py-4 text-center text-xs text-slate-600">{footer}</footer>
    </div>
  );
}
