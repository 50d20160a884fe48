import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { LetterTemplateList } from "@/components/letters/letter-template-list";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listLetterTemplates } from "@/lib/letters/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters.templates"))("title") };
}

export default async function LetterTemplatesPage() {
  const actor = await requirePagePermission("letter-template:manage");
  const [t, templates] = await Promise.all([getTranslations("letters.templates"), listLetterTemplates(actor)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <LetterTemplateList templates={templates} />
    </>
  );
}
