"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import { createEmployerAction, updateEmployerAction } from "@/app/(app)/employers/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { HEADCOUNT_BANDS, SECTORS, ZEmployerInput, ZUpdateEmployer, type TEmployerInput } from "@/lib/employers/schemas";

type TValues = {
  legalName: string;
  groupName: string;
  sector: TEmployerInput["sector"];
  siren: string;
  idcc: string;
  headcountBand: NonNullable<TEmployerInput["headcountBand"]>;
};

export function EmployerForm({ employer }: { employer?: TValues & { id: string } }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: employer ? ZUpdateEmployer : ZEmployerInput,
    action: (values) => (employer ? updateEmployerAction({ ...values, id: employer.id }) : createEmployerAction(values)),
    defaultValues: employer ?? { legalName: "", groupName: "", sector: "banque", siren: "", idcc: "", headcountBand: "" },
    onSuccess: (result) => router.push(`/employers/${result.id}`),
  });
  const { errors } = form.formState;
  const message = (key?: string) => (key ? t(key) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field id="legalName" label={t("employers.legalName")} error={message(errors.legalName?.message)} required>
        {(control) => <input {...control} {...form.register("legalName")} className={inputClass} />}
      </Field>
      <Field id="groupName" label={t("employers.group")} error={message(errors.groupName?.message)}>
        {(control) => <input {...control} {...form.register("groupName")} className={inputClass} />}
      </Field>
      <Field id="sector" label={t("employers.sector")} error={message(errors.sector?.message)} required>
        {(control) => (
          <select {...control} {...form.register("sector")} className={inputClass}>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {t(`sectors.${sector}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="siren" label={t("employers.siren")} hint={t("employers.sirenHint")} error={message(errors.siren?.message)}>
        {(control) => <input {...control} {...form.register("siren")} inputMode="numeric" className={inputClass} />}
      </Field>
      <Field id="idcc" label={t("employers.idcc")} hint={t("employers.idccHint")} error={message(errors.idcc?.message)}>
        {(control) => <input {...control} {...form.register("idcc")} inputMode="numeric" className={inputClass} />}
      </Field>
      <Field id="headcountBand" label={t("employers.headcountBand")} error={message(errors.headcountBand?.message)}>
        {(control) => (
          <select {...control} {...form.register("headcountBand")} className={inputClass}>
            <option value="">{t("employers.headcountUnknown")}</option>
            {HEADCOUNT_BANDS.map((band) => (
              <option key={band} value={band}>
                {t(`headcountBands.${band}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t(employer ? "employers.save" : "employers.submitCreate")}
      </Button>
    </form>
  );
}
