import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { PrintButton } from "@/components/dashboards/print-button";
import { SectorDashboardView } from "@/components/dashboards/sector-dashboard-view";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getSectorDashboard } from "@/lib/dashboards/queries";
import { parseSectorQuery, sortFields } from "@/lib/dashboards/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("sector.title") };
}

export default async function SectorDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("dashboard:read");
  const query = parseSectorQuery(await searchParams);
  const [t, data] = await Promise.all([getTranslations("dashboards"), getSectorDashboard(user, query)]);
  return (
    <>
      <PageHeader title={t("sector.title")} description={t(`sector.description.${user.role}`)} actions={<PrintButton label={t("print")} />} />
      <DashboardFilters action="/dashboards" period={query.period} sector={query.sector} withSector hidden={sortFields(query)} />
      <SectorDashboardView data={data} base={{ sector: "/dashboards", employer: "/dashboards/employers" }} />
    </>
  );
}
