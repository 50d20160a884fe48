import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CreateUserForm } from "@/components/users/create-user-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listEmployers } from "@/lib/employers/queries";
import { listUnionChoices } from "@/lib/unions/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("create") };
}

export default async function NewUserPage() {
  const actor = await requirePagePermission("user:manage");
  const [t, employers, unions] = await Promise.all([getTranslations("users"), listEmployers(actor), listUnionChoices(actor)]);
  return (
    <>
      <PageHeader title={t("create")} description={t("createIntro")} />
      <Card className="max-w-2xl">
        <CreateUserForm employers={employers.map(({ id, legalName }) => ({ id, legalName }))} unions={unions} />
      </Card>
    </>
  );
}
