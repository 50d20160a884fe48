import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { EmployerDashboardView } from "@/components/dashboards/employer-dashboard-view";
import { PrintButton } from "@/components/dashboards/print-button";
import { PageHeader } from "@/components/ui/card";
import { getEmployerDashboard } from "@/lib/dashboards/queries";
import { parsePeriod } from "@/lib/dashboards/schemas";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("employer.metaTitle") };
}

// A public employer's dashboard for anyone; any other employer answers 404, like a missing one.
export default async function PublicEmployerDashboardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ period?: string }> }) {
  const [{ id }, { period }] = await Promise.all([params, searchParams]);
  const dashboard = await orNotFound(getEmployerDashboard(null, id, parsePeriod(period)));
  const [t, format] = await Promise.all([getTranslations("dashboards"), getFormatter()]);
  const asOf = format.dateTime(new Date(`${dashboard.asOf}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("employer.title", { employer: dashboard.employer.legalName })}
        description={t("employer.asOf", { date: asOf, period: dashboard.period })}
        actions={
          <>
            <Link href="/public" className="no-print rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50">
              {t("employer.backToSector")}
            </Link>
            <PrintButton label={t("print")} />
          </>
        }
      />
      <DashboardFilters action={`/public/employers/${dashboard.employer.id}`} period={dashboard.period} withSector={false} />
      <EmployerDashboardView dashboard={dashboard} />
    </>
  );
}
