"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useActionState, useState } from "react";

import { sendReporterMessageAction } from "@/app/(public)/suivi/actions";
import { failureValues } from "@/components/reports/failure-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TFollowUpState } from "@/lib/reports/public-intake";
import { REPORT_LIMITS, ZReporterMessage } from "@/lib/reports/schemas";

const INITIAL: TFollowUpState = { result: null, values: {} };

/** The anonymous reporter answers the reps or adds information (a plain form post: works without JavaScript). */
export function ReporterReplyForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(sendReporterMessageAction, INITIAL);
  const [clientError, setClientError] = useState<string | null>(null);

  const failure = state.result && !state.result.ok ? state.result : null;
  const fieldError = clientError ?? failure?.fieldErrors?.body?.[0];

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const body = new FormData(event.currentTarget).get("body");
    const parsed = ZReporterMessage.safeParse({ body: typeof body === "string" ? body : "" });
    if (parsed.success) {
      setClientError(null);
      return;
    }
    event.preventDefault();
    setClientError(parsed.error.issues[0]?.message ?? "reportForm.validation.messageRequired");
  }

  return (
    <form action={formAction} onSubmit={checkBeforeSending} noValidate className="flex flex-col gap-3">
      <Field
        id="reporter-reply"
        label={t("reportForm.followUp.replyLabel")}
        hint={t("reportForm.followUp.replyHint", { max: REPORT_LIMITS.message })}
        error={fieldError ? t(fieldError) : undefined}
        required
      >
        {(control) => <textarea {...control} name="body" defaultValue={state.values.body} rows={4} maxLength={REPORT_LIMITS.message} className={inputClass} />}
      </Field>
      {failure?.formError && !clientError ? <Alert tone="error">{t(failure.formError, failureValues(failure))}</Alert> : null}
      {state.result?.ok && !clientError ? <Alert tone="success">{t("reportForm.followUp.sent")}</Alert> : null}
      <Button type="submit" pending={pending} className="self-stretch sm:self-start">
        {t("reportForm.followUp.send")}
      </Button>
    </form>
  );
}
