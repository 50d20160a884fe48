"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import { resetLetterTemplateAction, saveLetterTemplateAction } from "@/app/(app)/admin/letter-templates/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { LetterVariableHelp } from "@/components/letters/letter-variable-help";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TLetterTemplateEdit } from "@/lib/letters/queries";
import { checkLetterTemplate, renderLetterTemplate } from "@/lib/letters/render";
import { LETTER_LIMITS, ZResetLetterTemplate, ZSaveLetterTemplate } from "@/lib/letters/schemas";
import { SAMPLE_LETTER_CONTEXT } from "@/lib/letters/variables";

/**
 * An admin edits a letter kind's template (object line and body), with the variables it may use and
 * a preview on a sample case. Broken syntax and unknown variables are refused next to the field, here
 * and again on the server; "reset" goes back to the default text.
 */
export function LetterTemplateForm({ template }: { template: TLetterTemplateEdit }) {
  const t = useTranslations();
  const router = useRouter();
  const save = useActionForm({
    schema: ZSaveLetterTemplate,
    action: saveLetterTemplateAction,
    defaultValues: { kind: template.kind, title: template.title, body: template.body },
    onSuccess: () => router.refresh(),
  });
  const reset = useActionForm({
    schema: ZResetLetterTemplate,
    action: resetLetterTemplateAction,
    defaultValues: { kind: template.kind },
    onSuccess: () => {
      save.form.reset({ kind: template.kind, ...template.defaults });
      router.refresh();
    },
  });
  const { errors } = save.form.formState;
  const title = save.form.watch("title") ?? "";
  const body = save.form.watch("body") ?? "";
  /** Template errors name the variable or the line: the details come from checking the text shown. */
  const message = (key: string | undefined, text: string) => {
    if (!key) return undefined;
    const issue = checkLetterTemplate(text);
    return t(key, issue?.messageKey === key ? issue.params : {});
  };
  const isPreviewable = !checkLetterTemplate(title) && !checkLetterTemplate(body);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="flex flex-col gap-6">
        <form onSubmit={save.onSubmit} noValidate className="flex flex-col gap-4" aria-labelledby="template-form-heading">
          <h2 id="template-form-heading" className="text-lg font-semibold text-slate-900">
            {t("letters.templates.formHeading")}
          </h2>
          <Field id="template-title" label={t("letters.templates.titleField")} hint={t("letters.templates.titleHint")} error={message(errors.title?.message, title)} required>
            {(control) => <input {...control} {...save.form.register("title")} maxLength={LETTER_LIMITS.title} className={inputClass} />}
          </Field>
          <Field id="template-body" label={t("letters.templates.bodyField")} hint={t("letters.templates.bodyHint")} error={message(errors.body?.message, body)} required>
            {(control) => <textarea {...control} {...save.form.register("body")} rows={24} maxLength={LETTER_LIMITS.template} className={`${inputClass} font-mono text-sm`} />}
          </Field>
          {save.formError ? <Alert tone="error">{t(save.formError)}</Alert> : null}
          {save.succeeded ? <Alert tone="success">{t("letters.templates.saved")}</Alert> : null}
          <Button type="submit" pending={save.pending} className="self-start">
            {t("letters.templates.submit")}
          </Button>
        </form>
        {template.isCustom ? (
          <details className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer font-semibold text-indigo-800">{t("letters.templates.reset")}</summary>
            <form onSubmit={reset.onSubmit} noValidate className="mt-3 flex flex-col gap-3">
              <p className="text-sm text-slate-800">{t("letters.templates.resetExplanation")}</p>
              {reset.formError ? <Alert tone="error">{t(reset.formError)}</Alert> : null}
              <Button type="submit" variant="danger" pending={reset.pending} className="self-start">
                {t("letters.templates.resetSubmit")}
              </Button>
            </form>
          </details>
        ) : null}
        {reset.succeeded ? <Alert tone="success">{t("letters.templates.resetDone")}</Alert> : null}
      </div>
      <div className="flex flex-col gap-6">
        <LetterVariableHelp />
        <section aria-labelledby="template-preview-heading" className="flex flex-col gap-2">
          <h2 id="template-preview-heading" className="text-lg font-semibold text-slate-900">
            {t("letters.templates.previewHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("letters.templates.previewIntro")}</p>
          {isPreviewable ? (
            <div className="rounded-md border border-slate-300 bg-white p-4 font-serif text-[15px] leading-relaxed text-slate-900">
              <p className="mb-3 font-bold break-words">{renderLetterTemplate(title, SAMPLE_LETTER_CONTEXT)}</p>
              <p className="whitespace-pre-line break-words">{renderLetterTemplate(body, SAMPLE_LETTER_CONTEXT)}</p>
            </div>
          ) : (
            <Alert tone="warning">{t("letters.templates.previewBlocked")}</Alert>
          )}
        </section>
      </div>
    </div>
  );
}
