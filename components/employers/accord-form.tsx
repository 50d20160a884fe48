"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { clearAccordAction, setAccordAction } from "@/app/(app)/employers/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TAccordDelays } from "@/lib/consultations/schemas";
import { ACCORD_CASES, DELAY_UNITS, ZSetAccord, type TAccordCase, type TSetAccordInput } from "@/lib/employers/cse-schemas";

type TDelayFields = TSetAccordInput["delays"];

function toFields(delays: TAccordDelays | null): TDelayFields {
  const field = (delayCase: TAccordCase) => {
    const delay = delays?.[delayCase];
    if (!delay) return { amount: "", unit: "months" as const };
    return "days" in delay ? { amount: String(delay.days), unit: "days" as const } : { amount: String(delay.months), unit: "months" as const };
  };
  return { simple: field("simple"), withExpert: field("withExpert"), multiLevelWithExperts: field("multiLevelWithExperts") };
}

/** Admin: the employer's accord de méthode, its delays per case, or no accord (the legal delays). */
export function AccordForm({ employerId, name, delays }: { employerId: string; name: string | null; delays: TAccordDelays | null }) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const [clearing, startClearing] = useTransition();
  const [clearError, setClearError] = useState<string | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZSetAccord,
    action: (values) => {
      setNotice(null);
      return setAccordAction(values);
    },
    defaultValues: { employerId, name: name ?? "", delays: toFields(delays) },
    onSuccess: () => {
      setNotice("tools.accord.saved");
      router.refresh();
    },
  });
  const { errors } = form.formState;
  const clear = () =>
    startClearing(async () => {
      setNotice(null);
      setClearError(null);
      const result = await clearAccordAction({ employerId });
      if (!result.ok) return setClearError(result.formError ?? "errors.unexpected");
      form.reset({ employerId, name: "", delays: toFields(null) });
      setNotice("tools.accord.cleared");
      router.refresh();
    });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("tools.accord.intro")}</p>
      <Field id="accord-name" label={t("tools.accord.name")} hint={t("tools.accord.nameHint")} error={errors.name?.message ? t(errors.name.message) : undefined} required>
        {(control) => <input {...control} {...form.register("name")} className={inputClass} />}
      </Field>
      {ACCORD_CASES.map((delayCase) => {
        const caseErrors = errors.delays?.[delayCase];
        const error = caseErrors?.message ?? caseErrors?.amount?.message ?? caseErrors?.unit?.message;
        const errorId = `accord-${delayCase}-error`;
        const hintId = `accord-${delayCase}-hint`;
        const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(" ");
        return (
          <fieldset key={delayCase} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-900">{t(`tools.accord.cases.${delayCase}`)}</legend>
            <p id={hintId} className="text-xs text-slate-600">
              {t(`tools.accord.legal.${delayCase}`)}
            </p>
            <div className="flex flex-wrap gap-3">
              <label className="flex flex-col gap-1 text-sm">
                {t("tools.accord.amount")}
                <input
                  {...form.register(`delays.${delayCase}.amount`)}
                  inputMode="numeric"
                  aria-invalid={Boolean(error)}
                  aria-describedby={describedBy}
                  className={`${inputClass} w-28`}
                />
              </label>
              <label className="flex flex-col gap-1 text-sm">
                {t("tools.accord.unit")}
                <select {...form.register(`delays.${delayCase}.unit`)} className={`${inputClass} w-32`}>
                  {DELAY_UNITS.map((unit) => (
                    <option key={unit} value={unit}>
                      {t(`tools.accord.units.${unit}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {error ? (
              <p id={errorId} className="text-sm font-medium text-red-700">
                {t(error)}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      {clearError ? <Alert tone="error">{t(clearError)}</Alert> : null}
      {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {t("tools.accord.save")}
        </Button>
        {name !== null ? (
          <Button type="button" variant="secondary" pending={clearing} onClick={clear}>
            {t("tools.accord.clear")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
