import Link from "next/link";
import { useTranslations } from "next-intl";

import { Card } from "@/components/ui/card";
import type { TTodaySummary } from "@/lib/home/today";

/** "Aujourd'hui": first on the home page, what waits for the user — unread notifications, new member reports. */
export function TodayCard({ summary }: { summary: TTodaySummary }) {
  const t = useTranslations("notifications.today");
  const reports = summary.reportsToTriage;
  return (
    <Card title={t("title")} className="mb-4">
      <ul className="flex flex-col gap-2 text-sm sm:flex-row sm:gap-6" data-testid="today">
        <li>
          <Link href="/notifications" className="font-semibold text-indigo-800 underline-offset-2 hover:underline">
            {t("notifications", { count: summary.unreadNotifications })}
          </Link>
        </li>
        {reports ? (
          <li>
            <Link href="/reports?status=new" className="font-semibold text-indigo-800 underline-offset-2 hover:underline">
              {reports.kind === "exact" ? t("reports", { count: reports.value }) : t("reportsFewerThan", { threshold: reports.threshold })}
            </Link>
          </li>
        ) : null}
      </ul>
    </Card>
  );
}
