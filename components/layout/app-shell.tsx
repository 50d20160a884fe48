import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { logoutAction } from "@/app/(app)/actions";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { navItemsFor } from "@/components/layout/nav-items";
import { NavLink } from "@/components/layout/nav-link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import type { TRole } from "@/lib/authz/permissions";

/** The signed-in frame: navigation by role, who is signed in, language, sign-out. */
/** `unread`: the user's unread notifications, for the bell (the layouts count them). */
export async function AppShell({ user, unread, children }: { user: { name: string; role: TRole; unionId: string | null }; unread: number; children: ReactNode }) {
  const t = await getTranslations();
  const items = navItemsFor(user.role, user.unionId);
  const links = items.map((item) => (
    <li key={item.href}>
      <NavLink href={item.href}>{t(item.labelKey)}</NavLink>
    </li>
  ));
  return (
    <div className="flex min-h-screen flex-col">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-2">
          <span className="text-lg font-bold text-indigo-800">{t("app.name")}</span>
          <nav aria-label={t("shell.mainNav")} className="order-last w-full md:order-none md:w-auto md:flex-1">
            <details className="md:hidden">
              <summary className="min-h-10 cursor-pointer rounded-md px-3 py-2 text-sm font-semibold">{t("shell.menu")}</summary>
              <ul className="mt-1 flex flex-col gap-1 pb-2">{links}</ul>
            </details>
            <ul className="hidden gap-1 md:flex">{links}</ul>
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <NotificationBell unread={unread} label={t("notifications.bell", { count: unread })} />
            <span className="hidden text-sm text-slate-700 sm:inline">
              {user.name} · <span className="font-medium">{t(`roles.${user.role}`)}</span>
            </span>
            <LocaleSwitch />
            <form action={logoutAction}>
              <button type="submit" className="min-h-9 rounded px-2 py-1 text-sm font-semibold text-slate-800 hover:bg-slate-200">
                {t("shell.logout")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
