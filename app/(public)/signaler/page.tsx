import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PrivacyNotice } from "@/components/reports/privacy-notice";
import { ReportForm } from "@/components/reports/report-form";
import { Card } from "@/components/ui/card";
import { listReportableEmployers, listReportableUnions } from "@/lib/reports/public-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reportForm.page"))("title") };
}

/** Anonymous report form: no account; nothing about the visitor is read but the throttle's hashed key. */
export default async function ReportPage() {
  const [employers, unions, t] = await Promise.all([listReportableEmployers(), listReportableUnions(), getTranslations("reportForm.page")]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-800">{t("intro")}</p>
      </div>
      <PrivacyNotice />
      <div id="report-form" className="scroll-mt-4">
        <Card title={t("formTitle")}>
          <ReportForm employers={employers} unions={unions} />
        </Card>
      </div>
    </div>
  );
}
