import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { EmployerForm } from "@/components/employers/employer-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employers"))("create") };
}

export default async function NewEmployerPage() {
  await requirePagePermission("employer:manage");
  const t = await getTranslations("employers");
  return (
    <>
      <PageHeader title={t("create")} />
      <Card className="max-w-2xl">
        <EmployerForm />
      </Card>
    </>
  );
}
