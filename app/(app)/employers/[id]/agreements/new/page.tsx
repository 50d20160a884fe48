import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { AgreementForm } from "@/components/agreements/agreement-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listEmployerAgreements } from "@/lib/agreements/queries";
import { getEmployer } from "@/lib/employers/queries";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("newTitle") };
}

export default async function NewAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const [employer, { canWrite }] = await Promise.all([orNotFound(getEmployer(actor, id)), orNotFound(listEmployerAgreements(actor, id))]);
  if (!canWrite) notFound();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("agreements.newTitle")} description={employer.legalName} />
      <p className="mb-4 text-sm">
        <Link href={`/employers/${employer.id}`} className="font-semibold text-indigo-800 underline">
          {t("agreements.back")}
        </Link>
      </p>
      <AgreementForm employerId={employer.id} unions={actor.unionId ? [] : employer.unions} />
    </>
  );
}
