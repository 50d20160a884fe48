import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { ConsultationForm } from "@/components/consultations/consultation-form";
import { DeadlineList } from "@/components/consultations/deadline-list";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getConsultationView } from "@/lib/consultations/queries";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultation"))("edit") };
}

export default async function ConsultationEditPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const view = await orNotFound(getConsultationView(actor, id));
  // Read-only readers see the record on the case page; this page only exists for those who may write.
  if (!view.canEdit) notFound();
  const t = await getTranslations("consultation");
  return (
    <>
      <PageHeader
        title={t("editTitle", { caseName: view.caseName })}
        description={t("editIntro")}
        actions={<Link href={`/cases/${view.caseId}`} className="font-semibold text-indigo-800 underline">{t("backToCase")}</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ConsultationForm caseId={view.caseId} caseVersion={view.caseVersion} record={view.record} cseBodies={view.cseBodies} />
        <Card title={t("sections.deadlines")}>
          <DeadlineList view={view} canOverride itemHeading="h3" />
        </Card>
      </div>
    </>
  );
}
