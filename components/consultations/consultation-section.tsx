import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { DeadlineList } from "@/components/consultations/deadline-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import type { TConsultationView } from "@/lib/consultations/queries";

type TFact = [label: string, value: string];

function FactList({ facts }: { facts: TFact[] }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,16rem)_1fr]">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-700">{label}</dt>
          <dd className="font-medium text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Received documents, and the missing ones standing out (an incomplete file is grounds for L2312-15). */
function DocumentChecklist({ view }: { view: TConsultationView }) {
  const t = useTranslations();
  const { documentsReceived } = view.record;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div>
        <h4 className="font-semibold text-red-900">{t("consultation.fields.missingDocuments")}</h4>
        {view.missingDocuments.length === 0 ? (
          <p className="text-sm text-slate-700">{t("consultation.fields.allDocumentsReceived")}</p>
        ) : (
          <ul className="mt-1 flex flex-col gap-1">
            {view.missingDocuments.map((document) => (
              <li key={document} className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-900">
                <span aria-hidden="true">✗ </span>
                {t(`enums.document.${document}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4 className="font-semibold text-slate-900">{t("consultation.fields.documentsReceived")}</h4>
        <ul className="mt-1 flex flex-col gap-1 text-sm">
          {documentsReceived.map((document) => (
            <li key={document}>
              <span aria-hidden="true">✓ </span>
              {t(`enums.document.${document}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function AccordNotice({ accord }: { accord: TConsultationView["accord"] }) {
  const t = useTranslations("consultation");
  if (!accord.isReadable) return <Alert tone="warning">{t("accord.unreadable")}</Alert>;
  if (!accord.hasDelays) return null;
  return <Alert tone="info">{accord.name ? t("accord.applied", { name: accord.name }) : t("accord.appliedUnnamed")}</Alert>;
}

/** Every recorded fact, "Non renseigné" for the unknown ones, in the order of the procedure. */
function useRecordFacts(view: TConsultationView): TFact[] {
  const t = useTranslations();
  const format = useFormatter();
  const { record } = view;
  const none = t("consultation.notKnown");
  const date = (value: string | null) => (value ? format.dateTime(fromCalendarDate(value), "long") : none);
  const body = view.cseBodies.find((candidate) => candidate.id === record.cseBodyId);
  const expertFacts: TFact[] = record.expert.isAppointed
    ? [
        [t("consultation.fields.expertFirm"), record.expert.firm ?? none],
        [t("consultation.fields.deliberationDate"), date(record.expert.deliberationDate)],
        [t("consultation.fields.designationDate"), date(record.expert.designationDate)],
        [t("consultation.fields.infoRequestDate"), date(record.expert.infoRequestDate)],
        [t("consultation.fields.costNoticeDate"), date(record.expert.costNoticeDate)],
        [t("consultation.fields.reportDate"), date(record.expert.reportDate)],
      ]
    : [];
  return [
    [t("consultation.fields.cseBody"), body ? `${body.name} (${t(`enums.cseBodyKind.${body.kind}`)})` : none],
    [
      t("consultation.fields.legalBases"),
      record.legalBases.length > 0 ? format.list(record.legalBases.map((basis) => t(`enums.legalBasis.${basis}`))) : none,
    ],
    [t("consultation.fields.infoCommunicatedDate"), date(record.infoCommunicatedDate)],
    [t("consultation.fields.bdeseNoticeDate"), date(record.bdeseNoticeDate)],
    [t("consultation.fields.d0"), date(view.d0?.date ?? null)],
    [t("consultation.fields.isMultiLevel"), t(`enums.triState.${record.isMultiLevel ? "yes" : "no"}`)],
    [t("consultation.fields.expertAppointed"), t(`enums.triState.${record.expert.isAppointed ? "yes" : "no"}`)],
    ...expertFacts,
    [t("consultation.fields.avis"), record.avis ? t(`enums.avis.${record.avis}`) : none],
    [t("consultation.fields.avisDate"), date(record.avisDate)],
    [t("consultation.fields.employerAnswerDate"), date(record.employerAnswerDate)],
    [t("consultation.fields.workerNoticeDate"), date(record.workerNoticeDate)],
    [t("consultation.fields.duerpUpdatedDate"), date(record.duerpUpdatedDate)],
    [t("consultation.fields.dpiaShown"), t(`enums.triState.${record.dpiaShown}`)],
    [t("consultation.fields.aiTrainingOffered"), t(`enums.triState.${record.aiTrainingOffered}`)],
  ];
}

/** The case page's consultation block: the record read-only, its documents and its deadlines. */
export function ConsultationSection({ view, caseId, canEdit }: { view: TConsultationView; caseId: string; canEdit: boolean }) {
  const t = useTranslations("consultation");
  const facts = useRecordFacts(view);
  return (
    <Card title={t("title")}>
      <div className="flex flex-col gap-5">
        {canEdit ? (
          <Link
            href={`/cases/${caseId}/consultation`}
            className="self-start rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50"
          >
            {t("edit")}
          </Link>
        ) : null}
        {view.isRecorded ? null : <p className="text-slate-700">{t("notRecorded")}</p>}
        <AccordNotice accord={view.accord} />
        <FactList facts={facts} />
        <DocumentChecklist view={view} />
        <section aria-labelledby={`deadlines-${caseId}`} className="flex flex-col gap-2">
          <h3 id={`deadlines-${caseId}`} className="text-base font-semibold text-slate-900">
            {t("sections.deadlines")}
          </h3>
          {view.isRecorded ? (
            // A plain link to a file: no client navigation (it downloads).
            <a href={`/api/cases/${caseId}/deadlines.ics`} className="self-start text-sm font-semibold text-indigo-800 underline-offset-2 hover:underline">
              {t("deadlinesIcs")}
            </a>
          ) : null}
          <DeadlineList view={view} />
        </section>
      </div>
    </Card>
  );
}
