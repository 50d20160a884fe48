import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { ReportInbox } from "@/components/reports/triage/report-inbox";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/authz/permissions";
import { requireUser } from "@/lib/auth/session";
import { canTriageReports } from "@/lib/reports/triage/access";
import { listReportInbox } from "@/lib/reports/triage/queries";
import { recordRead } from "@/lib/audit/record-read";
import { parseInboxQuery } from "@/lib/reports/triage/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("inbox.title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canTriageReports(actor.role)) notFound();
  const query = parseInboxQuery(await searchParams);
  const [inbox, t] = await Promise.all([listReportInbox(actor, query), getTranslations("reports")]);
  // Who listed the inbox and when; never the filters (ADR 0033).
  await recordRead(actor.id, "read.report_inbox", { type: "member_report", id: "inbox" });
  return (
    <>
      <PageHeader title={t("inbox.title")} description={t(can(actor.role, "report:triage:any") ? "inbox.descriptionAll" : "inbox.descriptionMine")} />
      <ReportInbox inbox={inbox} query={query} />
    </>
  );
}
