import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { AgreementList } from "@/components/agreements/agreement-list";
import { AccordForm } from "@/components/employers/accord-form";
import { AccordSummary } from "@/components/employers/accord-summary";
import { CseBodiesPanel } from "@/components/employers/cse-bodies-panel";
import { CseBodyList } from "@/components/employers/cse-body-list";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/authz/permissions";
import { requireUser } from "@/lib/auth/session";
import { listEmployerAgreements } from "@/lib/agreements/queries";
import { getEmployer } from "@/lib/employers/queries";
import { orNotFound } from "@/lib/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employers"))("detailTitle") };
}

export default async function EmployerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const [employer, agreements] = await Promise.all([orNotFound(getEmployer(actor, id)), orNotFound(listEmployerAgreements(actor, id))]);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const canManage = can(actor.role, "employer:manage");
  const facts: [string, string][] = [
    [t("employers.group"), employer.groupName ?? "—"],
    [t("employers.sector"), t(`sectors.${employer.sector}`)],
    [t("employers.siren"), employer.siren ?? "—"],
    [t("employers.idcc"), employer.idcc ?? "—"],
    [t("employers.headcountBand"), employer.headcountBand ? t(`headcountBands.${employer.headcountBand}`) : "—"],
    [t("employers.updatedAt"), format.dateTime(employer.updatedAt, "long")],
  ];
  return (
    <>
      <PageHeader
        title={employer.legalName}
        actions={
          canManage ? (
            <Link href={`/employers/${employer.id}/edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
              {t("employers.edit")}
            </Link>
          ) : null
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("employers.identity")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-700">{label}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("employers.reps")}>
          {employer.reps.length === 0 ? (
            <p className="text-slate-700">{t("employers.noRep")}</p>
          ) : (
            <ul className="list-disc pl-5">
              {employer.reps.map((rep) => (
                <li key={rep.id}>{rep.name}</li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("tools.cse.title")}>
          <p className="mb-3 text-sm text-slate-700">{t("tools.cse.intro")}</p>
          {canManage ? <CseBodiesPanel employerId={employer.id} bodies={employer.cseBodies} /> : <CseBodyList bodies={employer.cseBodies} />}
        </Card>
        <Card title={t("tools.accord.title")}>
          {canManage ? (
            <AccordForm employerId={employer.id} name={employer.accordName} delays={employer.accordDelays} />
          ) : (
            <AccordSummary name={employer.accordName} delays={employer.accordDelays} />
          )}
        </Card>
      </div>
      <section id="agreements" aria-labelledby="agreements-title" className="mt-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="agreements-title" className="text-lg font-semibold text-slate-900">
          {t("agreements.employerCard")}
        </h2>
        <p className="text-sm text-slate-700">{t("agreements.employerIntro")}</p>
        {agreements.agreements.length === 0 ? (
          <p className="text-slate-700">{t("agreements.employerEmpty")}</p>
        ) : (
          <AgreementList agreements={agreements.agreements} showEmployer={false} canDelete={agreements.canWrite} />
        )}
        <p className="flex flex-wrap gap-4 text-sm">
          {agreements.canWrite ? (
            <Link href={`/employers/${employer.id}/agreements/new`} className="font-semibold text-indigo-800 underline">
              {t("agreements.add")}
            </Link>
          ) : null}
          <Link href="/agreements" className="font-semibold text-indigo-800 underline">
            {t("agreements.libraryLink")}
          </Link>
        </p>
      </section>
    </>
  );
}
