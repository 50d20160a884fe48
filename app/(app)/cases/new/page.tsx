import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { CreateCaseForm } from "@/components/cases/create-case-form";
import { CaseFromReportNotice } from "@/components/reports/triage/case-from-report-notice";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { canWriteCases } from "@/lib/deployments/access";
import { listCaseFormOptions } from "@/lib/deployments/queries";
import { orNotFound } from "@/lib/page-guards";
import { getCasePrefillFromReport } from "@/lib/reports/triage/queries";
import { caseValuesFromReport } from "@/lib/reports/triage/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("newTitle") };
}

export default async function NewCasePage({ searchParams }: { searchParams: Promise<{ fromReport?: string | string[] }> }) {
  const actor = await requireUser();
  if (!canWriteCases(actor.role)) notFound();
  // /cases/new?fromReport=<id>: the form starts from a member report, linked to the case on save.
  const { fromReport } = await searchParams;
  const prefill = typeof fromReport === "string" ? await orNotFound(getCasePrefillFromReport(actor, fromReport)) : null;
  const [allOptions, t] = await Promise.all([listCaseFormOptions(actor), getTranslations("cases")]);
  const options = prefill?.ok ? { ...allOptions, employers: allOptions.employers.filter((employer) => employer.id === prefill.employer.id) } : allOptions;
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newIntro")} />
      {prefill ? <CaseFromReportNotice prefill={prefill} /> : null}
      <Card className="max-w-3xl">
        {options.employers.length === 0 ? (
          <Alert tone="info">{t("noEmployer")}</Alert>
        ) : options.tools.length === 0 ? (
          <Alert tone="info">
            {t("noTool")}{" "}
            <Link href="/tools" className="font-semibold underline">
              {t("toolCatalogue")}
            </Link>
          </Alert>
        ) : (
          <CreateCaseForm options={options} today={todayInParis()} fromReport={prefill?.ok ? { reportId: prefill.reportId, values: caseValuesFromReport(prefill) } : undefined} />
        )}
      </Card>
    </>
  );
}
