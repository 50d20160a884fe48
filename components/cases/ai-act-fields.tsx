"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";

import { Field, inputClass } from "@/components/ui/field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TRI_STATES } from "@/lib/consultations/schemas";
import type { TAiActDatedAnswer, TAiActDatedDate, TAiActNumberField, TAiActTriField } from "@/lib/deployments/ai-act-schemas";
import type { TCaseFactsInput } from "@/lib/deployments/schemas";

type TForm = UseFormReturn<TCaseFactsInput>;

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-4">
      <h3 className="text-base font-semibold text-slate-900">{title}</h3>
      {children}
    </div>
  );
}

/**
 * The AI Act and GDPR questions of the case form (the compliance engine's facts). Every question can
 * stay "Je ne sais pas": Vigie IA then lists it among the facts to check instead of assuming "no".
 */
export function AiActFields({ form }: { form: TForm }) {
  const t = useTranslations();
  const { errors } = form.formState;
  const message = (key?: string) => (key ? t(key) : undefined);
  const label = (name: string) => t(`compliance.caseFields.${name}`);
  const hint = (name: string) => t(`compliance.caseHints.${name}`);
  const options = TRI_STATES.map((value) => ({ value, label: t(`compliance.triAnswer.${value}`) }));

  const tri = (name: TAiActTriField | TAiActDatedAnswer, children?: ReactNode) => (
    <ChoiceGroup type="radio" name={name} legend={label(name)} hint={hint(name)} options={options} register={form.register(name)} error={message(errors[name]?.message)}>
      {children}
    </ChoiceGroup>
  );
  const number = (name: TAiActNumberField) => (
    <Field id={name} label={label(name)} hint={hint(name)} error={message(errors[name]?.message)}>
      {(control) => <input {...control} {...form.register(name)} inputMode="numeric" className={inputClass} />}
    </Field>
  );
  /** The day a step was done: asked only once the answer is "yes". */
  const dated = (answer: TAiActDatedAnswer, date: TAiActDatedDate) =>
    tri(
      answer,
      form.watch(answer) === "yes" ? (
        <div className="max-w-xs pl-6">
          <Field id={date} label={label(date)} hint={hint(date)} error={message(errors[date]?.message)} required>
            {(control) => <input {...control} {...form.register(date)} type="date" className={inputClass} />}
          </Field>
        </div>
      ) : null,
    );

  return (
    <fieldset className="flex flex-col gap-4 border-t border-slate-200 pt-4">
      <legend className="pr-2 text-lg font-semibold text-slate-900">{t("compliance.caseSection.title")}</legend>
      <p className="text-sm text-slate-700">{t("compliance.caseSection.intro")}</p>
      <Group title={t("compliance.caseSection.uses")}>
        {tri("customerChatbot")}
        {tri("emotionInferenceWorkers")}
        {tri("emotionInferenceCustomers")}
      </Group>
      <Group title={t("compliance.caseSection.highRisk")}>
        {tri("annexEmployment")}
        {tri("annexCreditScoring")}
        {tri("annexLifeHealthPricing")}
        {dated("significantChange", "significantChangeOn")}
      </Group>
      <Group title={t("compliance.caseSection.calls")}>
        <div className="grid gap-4 sm:grid-cols-3">
          {number("callRecordingPercent")}
          {number("recordingRetentionMonths")}
          {number("analysisRetentionMonths")}
        </div>
      </Group>
      <Group title={t("compliance.caseSection.data")}>
        <div className="grid gap-4 sm:grid-cols-3">{number("logRetentionMonths")}</div>
        {tri("vendorTrainingBasis")}
      </Group>
      <Group title={t("compliance.caseSection.steps")}>
        {dated("infoToReps", "infoToRepsOn")}
        {dated("infoToWorkers", "infoToWorkersOn")}
        {dated("fria", "friaOn")}
        {tri("customerAiDisclosure")}
        {tri("emotionDisclosure")}
        {tri("dpiaDone")}
        {tri("rpsAssessed")}
      </Group>
      <Group title={t("compliance.caseSection.alert")}>
        <div className="max-w-xs">
          <Field id="rightsAlertOn" label={label("rightsAlertOn")} hint={hint("rightsAlertOn")} error={message(errors.rightsAlertOn?.message)}>
            {(control) => <input {...control} {...form.register("rightsAlertOn")} type="date" className={inputClass} />}
          </Field>
        </div>
        {dated("alertInvestigated", "alertInvestigatedOn")}
      </Group>
    </fieldset>
  );
}
