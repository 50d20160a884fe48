import { getFormatter, getTranslations } from "next-intl/server";

import { calendarDateAsDate } from "@/components/compliance/format-fact";
import type { TAgreementView } from "@/lib/agreements/queries";

import { DeleteAgreementButton } from "./delete-agreement-button";

/** Agreements with their clauses, as the employer page and the shared library show them. */
export async function AgreementList({ agreements, showEmployer, canDelete }: { agreements: TAgreementView[]; showEmployer: boolean; canDelete: boolean }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ul className="flex flex-col gap-3" aria-label={t("agreements.listLabel")}>
      {agreements.map((agreement) => (
        <li key={agreement.id} className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h3 className="font-semibold text-slate-900">{agreement.title}</h3>
              <p className="text-sm text-slate-700">
                {[
                  showEmployer ? agreement.employerName : null,
                  t(`enums.agreementKind.${agreement.kind}`),
                  agreement.signedOn ? t("agreements.signedOn", { date: format.dateTime(calendarDateAsDate(agreement.signedOn), "long") }) : null,
                  agreement.isShared ? t("agreements.shared") : t("agreements.notShared"),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </div>
            {canDelete ? <DeleteAgreementButton id={agreement.id} title={agreement.title} /> : null}
          </div>
          {agreement.clauses.length > 0 ? (
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(12rem,auto)_1fr]">
              {agreement.clauses.map((clause) => (
                <div key={clause.kind} className="contents">
                  <dt className="font-medium text-slate-900">{t(`enums.clauseKind.${clause.kind}`)}</dt>
                  <dd className="whitespace-pre-line text-slate-900">{clause.text}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {agreement.outcome ? (
            <p className="text-sm text-slate-900">
              <span className="font-semibold">{t("agreements.outcome")} : </span>
              <span className="whitespace-pre-line">{agreement.outcome}</span>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
