"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { sendReporterMessageAction } from "@/app/(public)/suivi/actions";
import { failureValues } from "@/components/reports/failure-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TFollowUpState } from "@/lib/reports/public-intake";
import { REPORT_LIMITS } from "@/lib/reports/limits";

const INITIAL: TFollowUpState = { result: null, values: {} };

/**
 * The anonymous reporter answers the reps or adds information (a plain form post: works without
 * JavaScript). Checked by the server only (ZReporterMessage), so that zod stays off the browser.
 */
export function ReporterReplyForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(sendReporterMessageAction, INITIAL);
  const failure = state.result && !state.result.ok ? state.result : null;
  const fieldError = failure?.fieldErrors?.body?.[0];

  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <Field
        id="reporter-reply"
        label={t("reportForm.followUp.replyLabel")}
        hint={t("reportForm.followUp.replyHint", { max: REPORT_LIMITS.message })}
        error={fieldError ? t(fieldError) : undefined}
        required
      >
        {(control) => <textarea {...control} name="body" defaultValue={state.values.body} rows={4} required maxLength={REPORT_LIMITS.message} className={inputClass} />}
      </Field>
      {failure?.formError ? <Alert tone="error">{t(failure.formError, failureValues(failure))}</Alert> : null}
      {state.result?.ok ? <Alert tone="success">{t("reportForm.followUp.sent")}</Alert> : null}
      <Button type="submit" pending={pending} className="self-stretch sm:self-start">
        {t("reportForm.followUp.send")}
      </Button>
    </form>
  );
}
