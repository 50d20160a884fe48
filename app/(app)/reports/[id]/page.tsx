import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { ReportTriageView } from "@/components/reports/triage/report-triage-view";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guards";
import { canTriageReports } from "@/lib/reports/triage/access";
import { getReportForTriage, getTriageOptions } from "@/lib/reports/triage/queries";
import { recordRead } from "@/lib/audit/record-read";

// The title never carries report text: browser history and tabs are seen by others.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("detail.metaTitle") };
}

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!canTriageReports(actor.role)) notFound();
  const { id } = await params;
  const report = await orNotFound(getReportForTriage(actor, id));
  const options = await getTriageOptions(actor, report);
  // The account and the report's id only: never its text or anything of its sender (ADR 0033).
  await recordRead(actor.id, "read.report", { type: "member_report", id: report.id });
  return <ReportTriageView report={report} options={options} />;
}
