import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { EmployerDashboardPage } from "@/components/dashboards/employer-dashboard-page";
import { VisibilityForm } from "@/components/dashboards/visibility-form";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/authz/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getEmployerDashboard } from "@/lib/dashboards/queries";
import { parsePeriod } from "@/lib/dashboards/schemas";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("employer.metaTitle") };
}

export default async function EmployerDashboardRoute({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ period?: string; visibility?: string }>;
}) {
  const [{ id }, { period, visibility }] = await Promise.all([params, searchParams]);
  // The session is checked while the figures are read (one round trip less); its redirect or 404 wins.
  const userCheck = requirePagePermission("dashboard:read");
  const dashboard = await orNotFound(getEmployerDashboard(userCheck, id, parsePeriod(period)));
  const user = await userCheck;
  const t = await getTranslations("dashboards");
  return (
    <EmployerDashboardPage
      dashboard={dashboard}
      sectorPath="/dashboards"
      intro={<p className="mb-4 text-sm text-slate-700">{t(`visibility.current.${dashboard.employer.visibility}`)}</p>}
    >
      {can(user.role, "dashboard:configure") ? (
        <Card title={t("visibility.title")} className="no-print mt-4 max-w-2xl">
          <VisibilityForm
            employerId={dashboard.employer.id}
            visibility={dashboard.employer.visibility}
            status={visibility === "saved" || visibility === "error" ? visibility : undefined}
          />
        </Card>
      ) : null}
    </EmployerDashboardPage>
  );
}
