"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import { updateCaseAction } from "@/app/(app)/cases/actions";
import { CaseFields } from "@/components/cases/case-fields";
import { factsOf, formValueFor, repChoices } from "@/components/cases/case-values";
import { asConflict, ConflictNotice } from "@/components/cases/conflict-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TCaseDetail, TCaseFormOptions } from "@/lib/deployments/queries";
import { ZUpdateCase, type TCaseFactsInput, type TUpdateCaseInput } from "@/lib/deployments/schemas";
import type { TCaseConflict } from "@/lib/deployments/update-case";

/**
 * The values the form would have loaded at the latest version: its original values with the other
 * people's changes applied, oldest first (entries arrive newest first).
 */
function latestValues(loaded: TUpdateCaseInput, conflict: TCaseConflict): TUpdateCaseInput {
  const values = { ...loaded, version: conflict.currentVersion } as Record<string, unknown>;
  for (const entry of [...conflict.changes].reverse()) {
    for (const change of entry.changes) {
      if (change.field in values && change.field !== "id") values[change.field] = formValueFor(change.field, change.after);
    }
  }
  return values as TUpdateCaseInput;
}

/** Edits a case. The version it loaded goes with every save; a conflict is shown, never overwritten. */
export function EditCaseForm({ detail, options }: { detail: TCaseDetail; options: TCaseFormOptions }) {
  const t = useTranslations();
  const router = useRouter();
  const [reapplied, setReapplied] = useState(false);
  const { form, onSubmit, formError, failureDetails, pending } = useActionForm({
    schema: ZUpdateCase,
    action: updateCaseAction,
    defaultValues: { id: detail.id, version: detail.version, ...factsOf(detail) },
    onSuccess: (result) => {
      router.push(`/cases/${result.id}`);
      router.refresh();
    },
  });
  const conflict = asConflict(failureDetails);

  const reapply = () => {
    if (!conflict) return;
    // keepDirtyValues: what this user typed stays, every untouched field takes the latest value.
    form.reset(latestValues(form.formState.defaultValues as TUpdateCaseInput, conflict), { keepDirtyValues: true });
    setReapplied(true);
  };

  const submit: typeof onSubmit = (event) => {
    setReapplied(false);
    return onSubmit(event);
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("cases.required")}</p>
      <p className="text-sm text-slate-700">
        <span className="font-medium text-slate-900">{t("cases.fields.employerId")} : </span>
        {detail.employer.legalName}
        <span className="block text-xs">{t("cases.employerFixed")}</span>
      </p>
      {/* NOTE: both forms share the facts; the cast narrows this form to them (same object, more fields). */}
      <CaseFields form={form as unknown as UseFormReturn<TCaseFactsInput>} tools={options.tools} repOptions={repChoices(options, detail.employer.id)} />
      {conflict && !reapplied ? (
        <ConflictNotice conflict={conflict} onReapply={reapply} onReload={() => window.location.reload()} />
      ) : formError ? (
        <Alert tone="error">{t(formError)}</Alert>
      ) : null}
      {reapplied ? <Alert tone="info">{t("cases.conflict.reapplied")}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("cases.save")}
      </Button>
    </form>
  );
}
