import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { CalendarFeedPanel } from "@/components/calendar-feed/calendar-feed-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getCalendarFeedStatus } from "@/lib/calendar-feed/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters.feedPage"))("title") };
}

/** The user's secret calendar (ICS) URL: create, replace, revoke. Only roles with cases have deadlines. */
export default async function CalendarFeedPage() {
  const user = await requireUser();
  const status = await getCalendarFeedStatus(user);
  if (!status.isAvailable) notFound();
  const t = await getTranslations("letters.feedPage");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="max-w-2xl">
        <CalendarFeedPanel createdAt={status.createdAt?.toISOString() ?? null} />
      </Card>
    </>
  );
}
