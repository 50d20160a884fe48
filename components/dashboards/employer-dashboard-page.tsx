import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { EmployerDashboardView } from "@/components/dashboards/employer-dashboard-view";
import { PrintButton } from "@/components/dashboards/print-button";
import { PageHeader } from "@/components/ui/card";
import type { TEmployerDashboard } from "@/lib/dashboards/queries";

/**
 * An employer's dashboard page, signed in (`/dashboards`) or public (`/public`): the header with the
 * way back to the sector and the print button, `intro`, the period filter, the figures, then `children`.
 */
export async function EmployerDashboardPage({
  dashboard,
  sectorPath,
  intro,
  children,
}: {
  dashboard: TEmployerDashboard;
  sectorPath: "/dashboards" | "/public";
  intro?: ReactNode;
  children?: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("dashboards"), getFormatter()]);
  const asOf = format.dateTime(new Date(`${dashboard.asOf}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("employer.title", { employer: dashboard.employer.legalName })}
        description={t("employer.asOf", { date: asOf, period: dashboard.period })}
        actions={
          <>
            <Link href={sectorPath} className="no-print rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50">
              {t("employer.backToSector")}
            </Link>
            <PrintButton label={t("print")} />
          </>
        }
      />
      {intro}
      <DashboardFilters action={`${sectorPath}/employers/${dashboard.employer.id}`} period={dashboard.period} withSector={false} />
      <EmployerDashboardView dashboard={dashboard} />
      {children}
    </>
  );
}
