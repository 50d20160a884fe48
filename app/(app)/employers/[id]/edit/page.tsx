import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { EmployerForm } from "@/components/employers/employer-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getEmployer } from "@/lib/employers/queries";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employers"))("edit") };
}

export default async function EditEmployerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("employer:manage");
  const { id } = await params;
  const employer = await orNotFound(getEmployer(actor, id));
  const t = await getTranslations("employers");
  return (
    <>
      <PageHeader title={t("editNamed", { name: employer.legalName })} />
      <Card className="max-w-2xl">
        <EmployerForm
          employer={{
            id: employer.id,
            legalName: employer.legalName,
            groupName: employer.groupName ?? "",
            sector: employer.sector,
            siren: employer.siren ?? "",
            idcc: employer.idcc ?? "",
            headcountBand: employer.headcountBand ?? "",
          }}
        />
      </Card>
    </>
  );
}
