import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { channelsFor, NOTIFICATION_EVENTS } from "@/lib/notifications/events";
import { getNotificationPreferences } from "@/lib/notifications/queries";

import { saveNotificationPreferencesForm } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.preferences"))("title") };
}

/** Per event, how the user wants to hear of it: in the app, by e-mail at once, in the daily digest, never. */
export default async function NotificationPreferencesPage({ searchParams }: { searchParams: Promise<{ saved?: string; error?: string }> }) {
  const user = await requireUser();
  const [preferences, t, query] = await Promise.all([getNotificationPreferences(user), getTranslations("notifications"), searchParams]);
  return (
    <>
      <PageHeader title={t("preferences.title")} description={t("preferences.description")} />
      <Card className="max-w-3xl">
        {query.saved ? (
          <Alert tone="success" className="mb-4">
            {t("preferences.saved")}
          </Alert>
        ) : null}
        {query.error ? (
          <Alert tone="error" className="mb-4">
            {t("preferences.error")}
          </Alert>
        ) : null}
        <form action={saveNotificationPreferencesForm} className="flex flex-col gap-5">
          {NOTIFICATION_EVENTS.map((event) => (
            <fieldset key={event} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 font-semibold">{t(`events.${event}`)}</legend>
              <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
                {channelsFor(event).map((channel) => (
                  <label key={channel} className="inline-flex min-h-9 items-center gap-2 text-sm">
                    <input type="radio" name={event} value={channel} defaultChecked={preferences[event] === channel} />
                    {t(`channels.${channel}`)}
                  </label>
                ))}
              </div>
              {event === "report_received" ? <p className="mt-2 text-xs text-slate-600">{t("preferences.reportNote")}</p> : null}
            </fieldset>
          ))}
          <div>
            <Button type="submit">{t("preferences.save")}</Button>
          </div>
        </form>
      </Card>
    </>
  );
}
