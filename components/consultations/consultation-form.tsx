"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { saveConsultationAction } from "@/app/(app)/cases/[id]/consultation/actions";
import { asConflict, ConflictNotice } from "@/components/cases/conflict-notice";
import { CheckboxField, DateField, Section, TriStateField, useErrorText } from "@/components/consultations/form-controls";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, inputClass } from "@/components/ui/field";
import type { TConsultationRecord } from "@/lib/consultations/facts";
import type { TCseBodyOption } from "@/lib/consultations/queries";
import { AVIS, CONSULTATION_DOCUMENTS, LEGAL_BASES, ZConsultationInput, type TConsultationInput } from "@/lib/consultations/schemas";

/** The form speaks HTML: unknown dates and "none chosen" are empty strings. */
function toFormValues(caseId: string, caseVersion: number, record: TConsultationRecord): TConsultationInput {
  const { expert } = record;
  return {
    caseId,
    caseVersion,
    cseBodyId: record.cseBodyId ?? "",
    legalBases: record.legalBases,
    infoCommunicatedDate: record.infoCommunicatedDate ?? "",
    bdeseNoticeDate: record.bdeseNoticeDate ?? "",
    documentsReceived: record.documentsReceived,
    isMultiLevel: record.isMultiLevel,
    expert: {
      isAppointed: expert.isAppointed,
      firm: expert.firm ?? "",
      deliberationDate: expert.deliberationDate ?? "",
      designationDate: expert.designationDate ?? "",
      infoRequestDate: expert.infoRequestDate ?? "",
      costNoticeDate: expert.costNoticeDate ?? "",
      reportDate: expert.reportDate ?? "",
    },
    avis: record.avis ?? "",
    avisDate: record.avisDate ?? "",
    employerAnswerDate: record.employerAnswerDate ?? "",
    workerNoticeDate: record.workerNoticeDate ?? "",
    duerpUpdatedDate: record.duerpUpdatedDate ?? "",
    dpiaShown: record.dpiaShown,
    aiTrainingOffered: record.aiTrainingOffered,
  };
}

export function ConsultationForm({
  caseId,
  caseVersion,
  record,
  cseBodies,
}: {
  caseId: string;
  caseVersion: number;
  record: TConsultationRecord;
  cseBodies: TCseBodyOption[];
}) {
  const t = useTranslations();
  const error = useErrorText();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, failureDetails, pending } = useActionForm({
    schema: ZConsultationInput,
    action: saveConsultationAction,
    defaultValues: toFormValues(caseId, caseVersion, record),
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const conflict = asConflict(failureDetails);
  const isReapplying = useRef(false);
  // Each save (ours or, after a conflict, someone else's) re-renders the page with a newer version:
  // the form takes the stored values, and after a conflict keeps what this rep typed on top of them.
  useEffect(() => {
    form.reset(toFormValues(caseId, caseVersion, record), { keepDirtyValues: isReapplying.current });
    isReapplying.current = false;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new version resets the form
  }, [caseVersion]);
  const { register, formState, watch } = form;
  const errors = formState.errors;
  const field = (name: string) => t(`consultation.fields.${name}`);
  const isExpertAppointed = watch("expert.isAppointed");
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="flex flex-col gap-4">
      <Section title={t("consultation.sections.body")}>
        <Field id="cseBodyId" label={field("cseBody")} hint={cseBodies.length === 0 ? field("noCseBodies") : undefined} error={error(errors.cseBodyId?.message)}>
          {(control) => (
            <select {...control} {...register("cseBodyId")} className={inputClass}>
              <option value="">{t("consultation.notKnown")}</option>
              {cseBodies.map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name} ({t(`enums.cseBodyKind.${body.kind}`)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <ChoiceGroup
          name="legalBases"
          legend={field("legalBases")}
          options={LEGAL_BASES.map((value) => ({ value, label: t(`enums.legalBasis.${value}`) }))}
          register={register("legalBases")}
          error={error(errors.legalBases?.message)}
        />
      </Section>

      <Section title={t("consultation.sections.information")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField id="infoCommunicatedDate" label={field("infoCommunicatedDate")} error={error(errors.infoCommunicatedDate?.message)} registration={register("infoCommunicatedDate")} />
          <DateField id="bdeseNoticeDate" label={field("bdeseNoticeDate")} error={error(errors.bdeseNoticeDate?.message)} registration={register("bdeseNoticeDate")} />
        </div>
        <p className="text-sm text-slate-700">{field("d0Hint")}</p>
        <ChoiceGroup
          name="documentsReceived"
          legend={field("documentsReceived")}
          options={CONSULTATION_DOCUMENTS.map((value) => ({ value, label: t(`enums.document.${value}`) }))}
          register={register("documentsReceived")}
          error={error(errors.documentsReceived?.message)}
        />
        <CheckboxField id="isMultiLevel" label={field("isMultiLevel")} registration={register("isMultiLevel")} />
      </Section>

      <Section title={t("consultation.sections.expert")}>
        <CheckboxField id="expert.isAppointed" label={field("expertAppointed")} registration={register("expert.isAppointed")} />
        {isExpertAppointed ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="expert.firm" label={field("expertFirm")} error={error(errors.expert?.firm?.message)}>
              {(control) => <input {...control} {...register("expert.firm")} maxLength={200} className={inputClass} />}
            </Field>
            <DateField id="expert.deliberationDate" label={field("deliberationDate")} error={error(errors.expert?.deliberationDate?.message)} registration={register("expert.deliberationDate")} />
            <DateField id="expert.designationDate" label={field("designationDate")} error={error(errors.expert?.designationDate?.message)} registration={register("expert.designationDate")} />
            <DateField id="expert.infoRequestDate" label={field("infoRequestDate")} error={error(errors.expert?.infoRequestDate?.message)} registration={register("expert.infoRequestDate")} />
            <DateField id="expert.costNoticeDate" label={field("costNoticeDate")} error={error(errors.expert?.costNoticeDate?.message)} registration={register("expert.costNoticeDate")} />
            <DateField id="expert.reportDate" label={field("reportDate")} error={error(errors.expert?.reportDate?.message)} registration={register("expert.reportDate")} />
          </div>
        ) : null}
      </Section>

      <Section title={t("consultation.sections.avis")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="avis" label={field("avis")} error={error(errors.avis?.message)}>
            {(control) => (
              <select {...control} {...register("avis")} className={inputClass}>
                <option value="">{t("consultation.notKnown")}</option>
                {AVIS.map((value) => (
                  <option key={value} value={value}>
                    {t(`enums.avis.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <DateField id="avisDate" label={field("avisDate")} error={error(errors.avisDate?.message)} registration={register("avisDate")} />
          <DateField id="employerAnswerDate" label={field("employerAnswerDate")} error={error(errors.employerAnswerDate?.message)} registration={register("employerAnswerDate")} />
        </div>
      </Section>

      <Section title={t("consultation.sections.workers")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField id="workerNoticeDate" label={field("workerNoticeDate")} error={error(errors.workerNoticeDate?.message)} registration={register("workerNoticeDate")} />
          <DateField id="duerpUpdatedDate" label={field("duerpUpdatedDate")} error={error(errors.duerpUpdatedDate?.message)} registration={register("duerpUpdatedDate")} />
          <TriStateField id="dpiaShown" label={field("dpiaShown")} registration={register("dpiaShown")} />
          <TriStateField id="aiTrainingOffered" label={field("aiTrainingOffered")} registration={register("aiTrainingOffered")} />
        </div>
      </Section>

      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          onReapply={() => {
            isReapplying.current = true;
            router.refresh();
          }}
          onReload={() => window.location.reload()}
        />
      ) : formError ? (
        <Alert tone="error">{t(formError)}</Alert>
      ) : null}
      {saved ? <Alert tone="success">{t("consultation.saved")}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("consultation.save")}
      </Button>
    </form>
  );
}
