import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { LetterDraftForm } from "@/components/letters/letter-draft-form";
import { LetterOptions } from "@/components/letters/letter-options";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getLetterDraftPage } from "@/lib/letters/queries";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters.draft"))("pageTitle") };
}

/** /cases/<id>/letters/new?kind=…: the letter written from the case, to check, edit and save; or the choice of letters. */
export default async function NewLetterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string }> }) {
  const actor = await requireUser();
  const [{ id }, { kind }, t] = await Promise.all([params, searchParams, getTranslations()]);
  const page = await orNotFound(getLetterDraftPage(actor, id, kind));
  const back = (
    <Link href={`/cases/${id}#courriers`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50">
      {t("letters.draft.back")}
    </Link>
  );
  if (page.state === "choose") {
    return (
      <>
        <PageHeader title={t("letters.draft.chooseTitle")} description={page.caseName} actions={back} />
        {page.requested ? <Alert tone="warning" className="mb-4">{t("letters.draft.requestedUnavailable", { kind: t(`enums.letterKind.${page.requested}`) })}</Alert> : null}
        <Card>
          <LetterOptions caseId={page.caseId} options={page.options} />
        </Card>
      </>
    );
  }
  const { draft } = page;
  return (
    <>
      <PageHeader title={t(`enums.letterKind.${draft.kind}`)} description={t("letters.draft.description", { caseName: draft.caseName, employerName: draft.employerName })} actions={back} />
      <LetterDraftForm draft={draft} />
    </>
  );
}
