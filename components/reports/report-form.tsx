"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";

import { submitReportAction } from "@/app/(public)/signaler/actions";
import { EmployerPicker } from "@/components/reports/employer-picker";
import { ReceiptPanel } from "@/components/reports/receipt-panel";
import { failureValues } from "@/components/reports/failure-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { CONCERNS, TRI_STATES } from "@/lib/deployments/enums";
import { REPORT_LIMITS, WHAT_IT_DOES_MIN } from "@/lib/reports/limits";
import type { TReportableEmployer, TReportableUnion } from "@/lib/reports/public-queries";
import type { TSubmitReportState } from "@/lib/reports/public-intake";

/** Fields in the order of the form: the first one in error gets the focus. */
const FIELD_ORDER = ["employerName", "employerId", "unionId", "site", "toolName", "whatItDoes", "howNoticed", "staffInformed", "concerns", "details"];
const INITIAL: TSubmitReportState = { result: null, values: {} };

/**
 * The anonymous report form. A plain form post to a server action, so it works without JavaScript
 * (Tor Browser's safest mode, old phones). The server's zod schema (lib/reports/schemas.ts) is the only
 * check, with or without JavaScript: this file must not import it, or zod ships to the browser (issue 21,
 * ADR 0011). The HTML attributes (required, minLength, maxLength) describe the same limits to the browser
 * and to screen readers; `noValidate` keeps every message the app's own, in the page's language, next to
 * its field. A refused form keeps what was typed (the action echoes it back); success shows the receipt once.
 */
export function ReportForm({ employers, unions }: { employers: TReportableEmployer[]; unions: TReportableUnion[] }) {
  const t = useTranslations();
  // Without JavaScript the page reloads at the form (receipt or errors), not at the top of the page.
  const [state, formAction, pending] = useActionState(submitReportAction, INITIAL, "/signaler#report-form");
  const formRef = useRef<HTMLFormElement>(null);

  const errors = state.result && !state.result.ok ? (state.result.fieldErrors ?? {}) : {};
  const formError = state.result && !state.result.ok ? state.result.formError : undefined;
  const hasFieldErrors = Object.keys(errors).length > 0;
  const message = (field: string) => (errors[field]?.[0] ? t(errors[field][0]) : undefined);

  useEffect(() => {
    if (!state.result || state.result.ok) return;
    focusFirstError(formRef.current, state.result.fieldErrors ?? {});
  }, [state]);

  if (state.result?.ok) return <ReceiptPanel receipt={state.result.data.receipt} />;

  const values = state.values;
  const employerError = message("employerName") ?? message("employerId");

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-5">
      {hasFieldErrors ? <Alert tone="error">{t("reportForm.errors.fixFields")}</Alert> : null}
      <p className="text-sm text-slate-700">{t("reportForm.page.requiredNote")}</p>

      <EmployerPicker
        employers={employers}
        unions={unions}
        defaultName={values.employerName}
        defaultUnionId={values.unionId}
        error={employerError}
        unionError={message("unionId")}
      />

      <Field id="site" label={t("reportForm.fields.site.label")} hint={t("reportForm.fields.site.hint", { max: REPORT_LIMITS.site })} error={message("site")}>
        {(control) => <input {...control} name="site" defaultValue={values.site} maxLength={REPORT_LIMITS.site} autoComplete="off" className={inputClass} />}
      </Field>

      <Field id="toolName" label={t("reportForm.fields.toolName.label")} hint={t("reportForm.fields.toolName.hint", { max: REPORT_LIMITS.toolName })} error={message("toolName")}>
        {(control) => <input {...control} name="toolName" defaultValue={values.toolName} maxLength={REPORT_LIMITS.toolName} autoComplete="off" className={inputClass} />}
      </Field>

      <Field
        id="whatItDoes"
        label={t("reportForm.fields.whatItDoes.label")}
        hint={t("reportForm.fields.whatItDoes.hint", { min: WHAT_IT_DOES_MIN, max: REPORT_LIMITS.whatItDoes })}
        error={message("whatItDoes")}
        required
      >
        {(control) => <textarea {...control} name="whatItDoes" defaultValue={values.whatItDoes} rows={5} required minLength={WHAT_IT_DOES_MIN} maxLength={REPORT_LIMITS.whatItDoes} className={inputClass} />}
      </Field>

      <Field id="howNoticed" label={t("reportForm.fields.howNoticed.label")} hint={t("reportForm.fields.howNoticed.hint", { max: REPORT_LIMITS.howNoticed })} error={message("howNoticed")}>
        {(control) => <textarea {...control} name="howNoticed" defaultValue={values.howNoticed} rows={3} maxLength={REPORT_LIMITS.howNoticed} className={inputClass} />}
      </Field>

      <fieldset className="flex flex-col gap-2" aria-describedby={message("staffInformed") ? "staffInformed-error" : undefined}>
        <legend className="text-sm font-medium text-slate-900">{t("reportForm.fields.staffInformed.legend")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {TRI_STATES.map((value) => (
            <label key={value} className="flex min-h-10 items-center gap-2 text-sm text-slate-900">
              <input
                type="radio"
                name="staffInformed"
                value={value}
                id={`staffInformed-${value}`}
                defaultChecked={(values.staffInformed || "unknown") === value}
                className="size-4 accent-indigo-700"
              />
              {t(`reportForm.fields.staffInformed.${value}`)}
            </label>
          ))}
        </div>
        {message("staffInformed") ? (
          <p id="staffInformed-error" className="text-sm font-medium text-red-700">
            {message("staffInformed")}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby={`concerns-hint${message("concerns") ? " concerns-error" : ""}`}>
        <legend className="text-sm font-medium text-slate-900">{t("reportForm.fields.concerns.legend")}</legend>
        <p id="concerns-hint" className="text-xs text-slate-600">
          {t("reportForm.fields.concerns.hint")}
        </p>
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
          {CONCERNS.map((value) => (
            <label key={value} className="flex min-h-10 items-center gap-2 text-sm text-slate-900">
              <input
                type="checkbox"
                name="concerns"
                value={value}
                id={`concerns-${value}`}
                defaultChecked={values.concerns?.includes(value)}
                className="size-4 shrink-0 accent-indigo-700"
              />
              {t(`enums.concern.${value}`)}
            </label>
          ))}
        </div>
        {message("concerns") ? (
          <p id="concerns-error" className="text-sm font-medium text-red-700">
            {message("concerns")}
          </p>
        ) : null}
      </fieldset>

      <Field id="details" label={t("reportForm.fields.details.label")} hint={t("reportForm.fields.details.hint", { max: REPORT_LIMITS.details })} error={message("details")}>
        {(control) => <textarea {...control} name="details" defaultValue={values.details} rows={5} maxLength={REPORT_LIMITS.details} className={inputClass} />}
      </Field>

      {/* Honeypot: out of sight and out of the tab order for people; bots fill it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">{t("reportForm.fields.honeypot.label")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      {formError ? <Alert tone="error">{t(formError, failureValues(state.result))}</Alert> : null}
      <Button type="submit" pending={pending} className="self-stretch sm:self-start">
        {t("reportForm.submit")}
      </Button>
    </form>
  );
}

function focusFirstError(form: HTMLFormElement | null, errors: Record<string, string[]>) {
  const field = FIELD_ORDER.find((name) => errors[name]);
  if (!form || !field) return;
  const target = field === "employerId" ? "employerName" : field;
  const element = form.querySelector<HTMLElement>(`#${target}, [name="${target}"]`);
  element?.focus();
}
