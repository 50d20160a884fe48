import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { EmployerDashboardPage } from "@/components/dashboards/employer-dashboard-page";
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
  return <EmployerDashboardPage dashboard={dashboard} sectorPath="/public" />;
}
