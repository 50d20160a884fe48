"use client";

import { useTranslations } from "next-intl";

import { replyToReporterAction } from "@/app/(app)/reports/actions";
import { useTriageMessage } from "@/components/reports/triage/use-triage-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { REP_MESSAGE_MAX, ZReplyToReporter } from "@/lib/reports/triage/schemas";

/** A message to the anonymous reporter; may also ask them for details (status "needs information"). */
export function ReplyForm({ reportId, canAskForInformation }: { reportId: string; canAskForInformation: boolean }) {
  const t = useTranslations();
  const message = useTriageMessage();
  const { form, onSubmit, formError, failureDetails, succeeded, pending } = useActionForm({
    schema: ZReplyToReporter,
    action: (values) => replyToReporterAction({ ...values, reportId }),
    defaultValues: { reportId, body: "", askForInformation: false },
    resetOnSuccess: true,
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <Field id="report-reply" label={t("reports.conversation.body")} hint={t("reports.conversation.bodyHint", { max: REP_MESSAGE_MAX })} error={errors.body?.message ? t(errors.body.message) : undefined} required>
        {(control) => <textarea {...control} {...form.register("body")} rows={4} maxLength={REP_MESSAGE_MAX} className={inputClass} />}
      </Field>
      {canAskForInformation ? (
        <label className="flex min-h-8 items-start gap-2 text-sm text-slate-900">
          <input type="checkbox" {...form.register("askForInformation")} className="mt-0.5 size-4 accent-indigo-700" />
          {t("reports.conversation.askForInformation")}
        </label>
      ) : null}
      {formError ? <Alert tone="error">{message(formError, failureDetails)}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("reports.conversation.sent")}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("reports.conversation.submit")}
      </Button>
    </form>
  );
}
