import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CaseFacts } from "@/components/cases/case-facts";
import { CaseHeader } from "@/components/cases/case-header";
import { CaseHistoryList } from "@/components/cases/case-history-list";
import { CaseComplianceSection } from "@/components/compliance/case-compliance-section";
import { ConsultationSection } from "@/components/consultations/consultation-section";
import { CaseLettersSection } from "@/components/letters/case-letters-section";
import { CaseWorkflowSection } from "@/components/workflow/case-workflow-section";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getCaseCompliance } from "@/lib/compliance/queries";
import { getConsultationView } from "@/lib/consultations/queries";
import { getCase, getCaseHistory } from "@/lib/deployments/queries";
import { getCaseLetters } from "@/lib/letters/queries";
import { orNotFound } from "@/lib/page-guards";
import { getCaseWorkflow } from "@/lib/workflow/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("detailTitle") };
}

/** Header, then the facts, then one card per part of the case (consultation, workflow…), then the history. */
export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const detail = await orNotFound(getCase(actor, id));
  const [history, consultation, workflow, t] = await Promise.all([
    getCaseHistory(actor, id),
    getConsultationView(actor, id),
    getCaseWorkflow(actor, id),
    getTranslations("cases"),
  ]);
  return (
    <>
      <CaseHeader detail={detail} />
      <div className="flex flex-col gap-4">
        <CaseComplianceSection data={getCaseCompliance(actor, detail.id)} />
        <Card title={t("sections.facts")}>
          <CaseFacts detail={detail} />
        </Card>
        <CaseWorkflowSection data={workflow} caseId={detail.id} />
        <ConsultationSection view={consultation} caseId={detail.id} canEdit={consultation.canEdit} />
        <CaseLettersSection data={getCaseLetters(actor, detail.id)} caseId={detail.id} />
        <Card title={t("sections.history")}>
          <CaseHistoryList entries={history} />
        </Card>
      </div>
    </>
  );
}
