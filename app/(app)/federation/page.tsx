import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getFederationView } from "@/lib/federation/queries";
import { orNotFound } from "@/lib/page-guards";
import type { TProtectedCount } from "@/lib/reports/small-numbers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unions"))("federation.title") };
}

/** The federation view (issue 15, point 4): aggregates across unions, small numbers protected. */
export default async function FederationPage() {
  const actor = await requirePagePermission("federation:read");
  const view = await orNotFound(getFederationView(actor));
  const t = await getTranslations("unions.federation");
  const shown = (count: TProtectedCount) => (count.kind === "exact" ? String(count.value) : t("fewerThan", { threshold: count.threshold }));
  const rows = [...view.unions.map((row) => ({ key: row.shortName, label: `${row.shortName} — ${row.name}`, ...row })), { key: "total", label: t("total"), ...view.total }];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="py-2 pr-3">{t("union")}</th>
                <th scope="col" className="py-2 pr-3">{t("employers")}</th>
                <th scope="col" className="py-2 pr-3">{t("cases")}</th>
                <th scope="col" className="py-2 pr-3">{t("openCases")}</th>
                <th scope="col" className="py-2 pr-3">{t("flaggedCases")}</th>
                <th scope="col" className="py-2">{t("reports")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-t border-slate-200">
                  <th scope="row" className="py-2 pr-3 font-medium">{row.label}</th>
                  <td className="py-2 pr-3">{row.employers}</td>
                  <td className="py-2 pr-3">{shown(row.cases)}</td>
                  <td className="py-2 pr-3">{shown(row.openCases)}</td>
                  <td className="py-2 pr-3">{shown(row.flaggedCases)}</td>
                  <td className="py-2">{shown(row.reports)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
