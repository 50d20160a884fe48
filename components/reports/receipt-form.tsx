"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";

import { openReportAction } from "@/app/(public)/suivi/actions";
import { failureValues } from "@/components/reports/failure-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TFollowUpState } from "@/lib/reports/public-intake";

const INITIAL: TFollowUpState = { result: null, values: {} };

/**
 * The receipt, typed or pasted. Never put in a URL, never echoed back, never remembered by the
 * browser (autocomplete off). A correct one reloads the page with the report open. Checked by the
 * server only (ZReceiptInput): importing the schema here would ship zod to the browser (issue 21).
 */
export function ReceiptForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(openReportAction, INITIAL);
  const input = useRef<HTMLInputElement>(null);

  const failure = state.result && !state.result.ok ? state.result : null;
  const fieldError = failure?.fieldErrors?.receipt?.[0];
  const formError = failure?.formError;

  useEffect(() => {
    if (state.result && !state.result.ok) input.current?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <Field id="receipt" label={t("reportForm.followUp.receiptLabel")} hint={t("reportForm.followUp.receiptHint")} error={fieldError ? t(fieldError) : undefined} required>
        {(control) => (
          <input
            {...control}
            ref={input}
            name="receipt"
            required
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            className={`${inputClass} font-mono tracking-wider`}
          />
        )}
      </Field>
      {formError ? <Alert tone="error">{t(formError, failureValues(failure))}</Alert> : null}
      <Button type="submit" pending={pending} className="self-stretch sm:self-start">
        {t("reportForm.followUp.open")}
      </Button>
      <p className="text-sm text-slate-700">
        {t("reportForm.followUp.noReceipt")}{" "}
        <Link href="/signaler" className="font-semibold text-indigo-800 underline">
          {t("reportForm.layout.report")}
        </Link>
      </p>
    </form>
  );
}
