import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { CreateCaseForm } from "@/components/cases/create-case-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { canWriteCases } from "@/lib/deployments/access";
import { listCaseFormOptions } from "@/lib/deployments/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("newTitle") };
}

export default async function NewCasePage() {
  const actor = await requireUser();
  if (!canWriteCases(actor.role)) notFound();
  const [options, t] = await Promise.all([listCaseFormOptions(actor), getTranslations("cases")]);
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newIntro")} />
      <Card className="max-w-3xl">
        {options.employers.length === 0 ? (
          <Alert tone="info">{t("noEmployer")}</Alert>
        ) : options.tools.length === 0 ? (
          <Alert tone="info">
            {t("noTool")}{" "}
            <Link href="/tools" className="font-semibold underline">
              {t("toolCatalogue")}
            </Link>
          </Alert>
        ) : (
          <CreateCaseForm options={options} today={todayInParis()} />
        )}
      </Card>
    </>
  );
}
