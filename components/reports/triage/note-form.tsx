"use client";

import { useTranslations } from "next-intl";

import { addInternalNoteAction } from "@/app/(app)/reports/actions";
import { useTriageMessage } from "@/components/reports/triage/use-triage-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { INTERNAL_NOTE_MAX, ZAddInternalNote } from "@/lib/reports/triage/schemas";

/** A note between reps: stored apart from the conversation, never shown to the reporter. */
export function NoteForm({ reportId }: { reportId: string }) {
  const t = useTranslations();
  const message = useTriageMessage();
  const { form, onSubmit, formError, failureDetails, succeeded, pending } = useActionForm({
    schema: ZAddInternalNote,
    action: (values) => addInternalNoteAction({ ...values, reportId }),
    defaultValues: { reportId, body: "" },
    resetOnSuccess: true,
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <Field id="report-note" label={t("reports.notes.body")} hint={t("reports.notes.bodyHint", { max: INTERNAL_NOTE_MAX })} error={errors.body?.message ? t(errors.body.message) : undefined} required>
        {(control) => <textarea {...control} {...form.register("body")} rows={3} maxLength={INTERNAL_NOTE_MAX} className={inputClass} />}
      </Field>
      {formError ? <Alert tone="error">{message(formError, failureDetails)}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("reports.notes.saved")}</Alert> : null}
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("reports.notes.submit")}
      </Button>
    </form>
  );
}
