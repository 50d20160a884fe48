import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { PrintButton } from "@/components/dashboards/print-button";
import { SectorDashboardView } from "@/components/dashboards/sector-dashboard-view";
import { PageHeader } from "@/components/ui/card";
import { getSectorDashboard } from "@/lib/dashboards/queries";
import { parseSectorQuery, sortFields } from "@/lib/dashboards/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("sector.publicTitle") };
}

// No account: public employers only, aggregates only, even for a signed-in visitor.
export default async function PublicSectorDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseSectorQuery(await searchParams);
  const [t, data] = await Promise.all([getTranslations("dashboards"), getSectorDashboard(null, query)]);
  return (
    <>
      <PageHeader title={t("sector.publicTitle")} description={t("sector.publicDescription")} actions={<PrintButton label={t("print")} />} />
      <DashboardFilters action="/public" period={query.period} sector={query.sector} withSector hidden={sortFields(query)} />
      <SectorDashboardView data={data} base={{ sector: "/public", employer: "/public/employers" }} />
    </>
  );
}
