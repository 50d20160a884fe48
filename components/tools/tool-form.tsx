"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import { createToolAction, updateToolAction } from "@/app/(app)/tools/actions";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import {
  AI_FUNCTIONS,
  DATA_CATEGORIES,
  DUPLICATE_TOOL_MESSAGE,
  HOSTING_REGIONS,
  TOOL_TRI_STATES,
  ZToolInput,
  ZUpdateTool,
  type TDuplicateDetails,
  type TToolInput,
} from "@/lib/tools/schemas";

export type TToolFormValues = {
  [K in "vendor" | "productName" | "underlyingModel" | "dataProcessed"]: string;
} & Pick<TToolInput, "functions" | "dataCategories" | "hostingRegion" | "trainsOnCustomerData" | "trainsOnEmployeeData">;

const EMPTY: TToolFormValues = {
  vendor: "",
  productName: "",
  underlyingModel: "",
  functions: [],
  dataCategories: [],
  dataProcessed: "",
  hostingRegion: "unknown",
  trainsOnCustomerData: "unknown",
  trainsOnEmployeeData: "unknown",
};

function isDuplicate(details: unknown): details is TDuplicateDetails {
  return typeof details === "object" && details !== null && "duplicateOf" in details;
}

/** Adds a catalogue entry, or edits one (`tool` given). A duplicate names and links the existing entry. */
export function ToolForm({ tool }: { tool?: TToolFormValues & { id: string } }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, failureDetails, pending } = useActionForm({
    schema: tool ? ZUpdateTool : ZToolInput,
    action: (values) => (tool ? updateToolAction({ ...values, id: tool.id }) : createToolAction(values)),
    defaultValues: tool ?? EMPTY,
    onSuccess: (result) => router.push(`/tools/${result.id}`),
  });
  const { errors } = form.formState;
  const duplicate = isDuplicate(failureDetails) ? failureDetails.duplicateOf : undefined;
  const message = (key?: string) => {
    if (!key) return undefined;
    if (key === DUPLICATE_TOOL_MESSAGE) return duplicate ? t(key, { name: `${duplicate.vendor} ${duplicate.productName}` }) : undefined;
    return t(key);
  };
  const triStateSelect = (name: "trainsOnCustomerData" | "trainsOnEmployeeData") => (
    <Field id={name} label={t(`tools.${name}`)} error={message(errors[name]?.message)}>
      {(control) => (
        <select {...control} {...form.register(name)} className={inputClass}>
          {TOOL_TRI_STATES.map((value) => (
            <option key={value} value={value}>
              {t(`enums.triState.${value}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field id="vendor" label={t("tools.vendor")} hint={t("tools.vendorHint")} error={message(errors.vendor?.message)} required>
        {(control) => <input {...control} {...form.register("vendor")} autoComplete="off" className={inputClass} />}
      </Field>
      <div className="flex flex-col gap-1">
        <Field id="productName" label={t("tools.productName")} error={message(errors.productName?.message)} required>
          {(control) => <input {...control} {...form.register("productName")} autoComplete="off" className={inputClass} />}
        </Field>
        {duplicate && errors.productName?.message === DUPLICATE_TOOL_MESSAGE ? (
          <Link href={`/tools/${duplicate.id}`} className="text-sm font-semibold text-indigo-800 underline">
            {t("tools.validation.duplicateLink")}
          </Link>
        ) : null}
      </div>
      <Field id="underlyingModel" label={t("tools.underlyingModel")} hint={t("tools.underlyingModelHint")} error={message(errors.underlyingModel?.message)}>
        {(control) => <input {...control} {...form.register("underlyingModel")} autoComplete="off" className={inputClass} />}
      </Field>
      <ChoiceGroup
        name="functions"
        legend={t("tools.functions")}
        hint={t("tools.functionsHint")}
        required
        options={AI_FUNCTIONS.map((value) => ({ value, label: t(`enums.aiFunction.${value}`) }))}
        register={form.register("functions")}
        error={message(errors.functions?.message ?? errors.functions?.[0]?.message)}
      />
      <ChoiceGroup
        name="dataCategories"
        legend={t("tools.dataCategories")}
        options={DATA_CATEGORIES.map((value) => ({ value, label: t(`enums.dataCategory.${value}`) }))}
        register={form.register("dataCategories")}
        error={message(errors.dataCategories?.message ?? errors.dataCategories?.[0]?.message)}
      />
      <Field id="dataProcessed" label={t("tools.dataProcessed")} hint={t("tools.dataProcessedHint")} error={message(errors.dataProcessed?.message)}>
        {(control) => <textarea {...control} {...form.register("dataProcessed")} rows={4} className={inputClass} />}
      </Field>
      <Field id="hostingRegion" label={t("tools.hostingRegion")} error={message(errors.hostingRegion?.message)}>
        {(control) => (
          <select {...control} {...form.register("hostingRegion")} className={inputClass}>
            {HOSTING_REGIONS.map((value) => (
              <option key={value} value={value}>
                {t(`enums.hostingRegion.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {triStateSelect("trainsOnCustomerData")}
      {triStateSelect("trainsOnEmployeeData")}
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t(tool ? "tools.save" : "tools.submitCreate")}
      </Button>
    </form>
  );
}
