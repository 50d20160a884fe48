import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { EditCaseForm } from "@/components/cases/edit-case-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getCase, listCaseFormOptions } from "@/lib/deployments/queries";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("edit") };
}

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const detail = await orNotFound(getCase(actor, id));
  if (!detail.canEdit) notFound();
  const [options, t] = await Promise.all([listCaseFormOptions(actor), getTranslations("cases")]);
  return (
    <>
      <PageHeader title={t("editNamed", { name: detail.localName })} />
      <Card className="max-w-3xl">
        <EditCaseForm detail={detail} options={options} />
      </Card>
    </>
  );
}
