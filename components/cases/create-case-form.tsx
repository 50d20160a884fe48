"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";

import { createCaseAction } from "@/app/(app)/cases/actions";
import { createCaseFromReportAction } from "@/app/(app)/reports/actions";
import { CaseFields } from "@/components/cases/case-fields";
import { emptyFacts, repChoices } from "@/components/cases/case-values";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { UnionSelectField } from "@/components/unions/union-select-field";
import type { TCaseFormOptions } from "@/lib/deployments/queries";
import { ZCaseInput, type TCaseFactsInput, type TCaseInput } from "@/lib/deployments/schemas";

/**
 * Opens a case, then shows it. `today` comes from the server (Paris calendar day). `fromReport`: the
 * form starts from a member report's values and the report is linked to the new case on save.
 */
export function CreateCaseForm({ options, today, fromReport }: { options: TCaseFormOptions; today: string; fromReport?: { reportId: string; values: Partial<TCaseInput> } }) {
  const t = useTranslations();
  const router = useRouter();
  const onlyEmployer = options.employers.length === 1 ? options.employers[0]!.id : "";
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZCaseInput,
    action: fromReport ? (values) => createCaseFromReportAction({ ...values, reportId: fromReport.reportId }) : createCaseAction,
    defaultValues: { employerId: onlyEmployer, unionId: "", ...emptyFacts(today), ...fromReport?.values },
    onSuccess: (result) => router.push(`/cases/${result.id}`),
  });
  const { errors } = form.formState;
  const employerId = form.watch("employerId");
  const unionId = form.watch("unionId") as string | undefined;
  // An admin (no union of their own) says whose case it is where several unions are present.
  const unions = options.chooseUnion ? (options.employers.find((employer) => employer.id === employerId)?.unions ?? []) : [];
  const askUnion = unions.length > 1;
  const chosenUnion = askUnion ? unionId || undefined : undefined;
  const repOptions = repChoices(options, employerId, chosenUnion);
  // Someone in charge at the previous employer or for another union may not be allowed now.
  const dropStaleRep = () => {
    const repId = form.getValues("repInChargeId");
    const union = (form.getValues("unionId") as string | undefined) || undefined;
    if (repId && !repChoices(options, form.getValues("employerId"), union).some((person) => person.id === repId)) form.setValue("repInChargeId", "");
  };
  const employerField = form.register("employerId", {
    onChange: () => {
      form.setValue("unionId", "");
      dropStaleRep();
    },
  });
  const unionField = form.register("unionId", { onChange: dropStaleRep });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("cases.required")}</p>
      <Field id="employerId" label={t("cases.fields.employerId")} error={errors.employerId?.message ? t(errors.employerId.message) : undefined} required>
        {(control) => (
          <select {...control} {...employerField} className={inputClass}>
            <option value="">{t("cases.chooseEmployer")}</option>
            {options.employers.map((employer) => (
              <option key={employer.id} value={employer.id}>
                {employer.legalName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {askUnion ? (
        <UnionSelectField
          unions={unions}
          field={unionField}
          label={t("cases.fields.unionId")}
          hint={t("cases.unionHint")}
          error={errors.unionId?.message ? t(errors.unionId.message) : undefined}
        />
      ) : null}
      {/* NOTE: both forms share the facts; the cast narrows this form to them (same object, more fields). */}
      <CaseFields form={form as unknown as UseFormReturn<TCaseFactsInput>} tools={options.tools} repOptions={repOptions} />
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("cases.submitCreate")}
      </Button>
    </form>
  );
}
