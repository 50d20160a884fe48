"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { clearDeadlineOverrideAction, setDeadlineOverrideAction } from "@/app/(app)/cases/[id]/consultation/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TDeadlineId } from "@/lib/consultations/deadlines";
import { ZSetDeadlineOverride } from "@/lib/consultations/schemas";

/** Replace one deadline's date with a reason (a judge's extension…), or go back to the computed one. */
export function DeadlineOverrideForm({
  caseId,
  deadlineId,
  override,
}: {
  caseId: string;
  deadlineId: TDeadlineId;
  override?: { date: string; reason: string };
}) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZSetDeadlineOverride,
    // The row's own ids, never the form state's: the row is the one the rep clicked.
    action: (values) => setDeadlineOverrideAction({ ...values, caseId, deadlineId }),
    defaultValues: { caseId, deadlineId, date: override?.date ?? "", reason: override?.reason ?? "" },
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const [clearing, startClearing] = useTransition();
  const [clearError, setClearError] = useState<string | null>(null);
  const clear = () =>
    startClearing(async () => {
      const result = await clearDeadlineOverrideAction({ caseId, deadlineId });
      if (result.ok) router.refresh();
      else setClearError(result.formError ?? "errors.unexpected");
    });
  const { errors } = form.formState;
  const prefix = `override-${deadlineId}`;
  return (
    <div className="mt-1 flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" aria-expanded={open} aria-controls={`${prefix}-form`} onClick={() => setOpen(!open)}>
          {t("consultation.override.open")}
        </Button>
        {override ? (
          <Button type="button" variant="ghost" pending={clearing} onClick={clear}>
            {t("consultation.override.clear")}
          </Button>
        ) : null}
      </div>
      {clearError ? <Alert tone="error">{t(clearError)}</Alert> : null}
      {open ? (
        <form id={`${prefix}-form`} onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-3">
          <Field id={`${prefix}-date`} label={t("consultation.override.date")} error={errors.date?.message && t(errors.date.message)} required>
            {(control) => <input {...control} type="date" {...form.register("date")} className={inputClass} />}
          </Field>
          <Field id={`${prefix}-reason`} label={t("consultation.override.reason")} error={errors.reason?.message && t(errors.reason.message)} required>
            {(control) => <input {...control} {...form.register("reason")} maxLength={500} className={inputClass} />}
          </Field>
          {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
          <Button type="submit" pending={pending} className="self-start">
            {t("consultation.override.submit")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
