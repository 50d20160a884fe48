import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { LetterTemplateForm } from "@/components/letters/letter-template-form";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getLetterTemplateForEdit } from "@/lib/letters/queries";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters.templates"))("editTitle") };
}

export default async function EditLetterTemplatePage({ params }: { params: Promise<{ kind: string }> }) {
  const actor = await requirePagePermission("letter-template:manage");
  const { kind } = await params;
  const template = await orNotFound(getLetterTemplateForEdit(actor, kind));
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t(`enums.letterKind.${template.kind}`)}
        description={t(template.isCustom ? "letters.templates.customised" : "letters.templates.isDefault")}
        actions={
          <Link href="/admin/letter-templates" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50">
            {t("letters.templates.back")}
          </Link>
        }
      />
      <LetterTemplateForm template={template} />
    </>
  );
}
