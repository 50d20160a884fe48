import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { requireUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/queries";
import { ZNotificationPage } from "@/lib/notifications/schemas";
import { notificationTitle } from "@/lib/notifications/text";

import { markAllNotificationsReadForm, markNotificationReadForm } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** The signed-in user's notification centre: their own notifications only, newest first. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const page = ZNotificationPage.parse((await searchParams).page);
  const [list, t, format] = await Promise.all([listNotifications(user, page), getTranslations(), getFormatter()]);
  const translate = (key: string, values?: Record<string, string | number>) => t(key, values);
  return (
    <>
      <PageHeader
        title={t("notifications.title")}
        description={t("notifications.description")}
        actions={
          <Link href="/account/notifications" className="text-sm font-semibold text-indigo-800 underline-offset-2 hover:underline">
            {t("notifications.preferencesLink")}
          </Link>
        }
      />
      <Card>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-700" data-testid="unread-summary">
            {t("notifications.unreadSummary", { count: list.unread })}
          </p>
          {list.unread > 0 ? (
            <form action={markAllNotificationsReadForm}>
              <Button type="submit" variant="secondary">
                {t("notifications.markAllRead")}
              </Button>
            </form>
          ) : null}
        </div>
        {list.items.length === 0 ? (
          <p className="text-slate-700">{t("notifications.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="notification-list">
            {list.items.map((item) => (
              <li key={item.id} className={cn("flex flex-wrap items-center gap-3 py-3", item.readAt ? "" : "font-semibold")}>
                <div className="min-w-0 flex-1">
                  {item.readAt ? null : <span className="mr-2 rounded bg-indigo-100 px-1.5 py-0.5 text-xs text-indigo-900">{t("notifications.unread")}</span>}
                  <Link href={item.link} className="text-indigo-800 underline-offset-2 hover:underline">
                    {notificationTitle(item, translate)}
                  </Link>
                  <p className="text-xs font-normal text-slate-600">
                    {t("notifications.receivedOn", { date: format.dateTime(item.createdAt, { dateStyle: "medium", timeZone: "Europe/Paris" }) })}
                  </p>
                </div>
                {item.readAt ? null : (
                  <form action={markNotificationReadForm}>
                    <input type="hidden" name="id" value={item.id} />
                    <Button type="submit" variant="ghost">
                      {t("notifications.markRead")}
                    </Button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
        {list.pages > 1 ? (
          <nav className="mt-4 flex items-center gap-4 text-sm" aria-label={t("notifications.pageOf", { page, pages: list.pages })}>
            {page > 1 ? <Link href={`/notifications?page=${page - 1}`}>{t("notifications.previous")}</Link> : null}
            <span>{t("notifications.pageOf", { page, pages: list.pages })}</span>
            {page < list.pages ? <Link href={`/notifications?page=${page + 1}`}>{t("notifications.next")}</Link> : null}
          </nav>
        ) : null}
      </Card>
    </>
  );
}
