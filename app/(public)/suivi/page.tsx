import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ReceiptForm } from "@/components/reports/receipt-form";
import { ReporterReport } from "@/components/reports/reporter-report";
import { Card } from "@/components/ui/card";
import { currentReporterView } from "@/lib/reports/public-intake";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reportForm.followUp"))("title") };
}

/** Follow-up with the receipt: the report opened in this browser (sealed cookie), else the receipt form. */
export default async function FollowUpPage() {
  const report = await currentReporterView();
  if (report) return <ReporterReport report={report} />;
  const t = await getTranslations("reportForm.followUp");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-800">{t("intro")}</p>
      </div>
      <Card>
        <ReceiptForm />
      </Card>
    </div>
  );
}
