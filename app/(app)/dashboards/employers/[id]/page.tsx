import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { EmployerDashboardView } from "@/components/dashboards/employer-dashboard-view";
import { PrintButton } from "@/components/dashboards/print-button";
import { VisibilityForm } from "@/components/dashboards/visibility-form";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/authz/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getEmployerDashboard } from "@/lib/dashboards/queries";
import { parsePeriod } from "@/lib/dashboards/schemas";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("employer.metaTitle") };
}

export default async function EmployerDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ period?: string; visibility?: string }>;
}) {
  const user = await requirePagePermission("dashboard:read");
  const [{ id }, { period, visibility }] = await Promise.all([params, searchParams]);
  const dashboard = await orNotFound(getEmployerDashboard(user, id, parsePeriod(period)));
  const [t, format] = await Promise.all([getTranslations("dashboards"), getFormatter()]);
  const asOf = format.dateTime(new Date(`${dashboard.asOf}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("employer.title", { employer: dashboard.employer.legalName })}
        description={t("employer.asOf", { date: asOf, period: dashboard.period })}
        actions={
          <>
            <Link href="/dashboards" className="no-print rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50">
              {t("employer.backToSector")}
            </Link>
            <PrintButton label={t("print")} />
          </>
        }
      />
      <p className="mb-4 text-sm text-slate-700">{t(`visibility.current.${dashboard.employer.visibility}`)}</p>
      <DashboardFilters action={`/dashboards/employers/${dashboard.employer.id}`} period={dashboard.period} withSector={false} />
      <EmployerDashboardView dashboard={dashboard} />
      {can(user.role, "dashboard:configure") ? (
        <Card title={t("visibility.title")} className="no-print mt-4 max-w-2xl">
          <VisibilityForm
            employerId={dashboard.employer.id}
            visibility={dashboard.employer.visibility}
            status={visibility === "saved" || visibility === "error" ? visibility : undefined}
          />
        </Card>
      ) : null}
    </>
  );
}
