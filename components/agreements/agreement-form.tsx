"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

import { createAgreementAction } from "@/app/(app)/agreements/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { UnionSelectField } from "@/components/unions/union-select-field";
import { AGREEMENT_KINDS, BLANK_AGREEMENT, CLAUSE_KINDS, ZAgreementInput } from "@/lib/agreements/schemas";

/** Records a collective agreement of an employer with its AI clauses, then goes back to the employer. */
/** `unions`: for an admin, the unions present at the employer (asked for where there are several). */
export function AgreementForm({ employerId, unions = [] }: { employerId: string; unions?: { id: string; shortName: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZAgreementInput,
    action: createAgreementAction,
    defaultValues: { ...BLANK_AGREEMENT(employerId), unionId: "" },
    onSuccess: () => router.push(`/employers/${employerId}#agreements`),
  });
  const { errors } = form.formState;
  const message = (key?: string) => (key ? t(key) : undefined);
  const label = (name: string) => t(`agreements.fields.${name}`);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-4">
      {unions.length > 1 ? (
        <UnionSelectField unions={unions} field={form.register("unionId")} label={label("unionId")} hint={t("agreements.hints.union")} error={message(errors.unionId?.message)} />
      ) : null}
      <Field id="title" label={label("title")} error={message(errors.title?.message)} required>
        {(control) => <input {...control} {...form.register("title")} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="kind" label={label("kind")} error={message(errors.kind?.message)} required>
          {(control) => (
            <select {...control} {...form.register("kind")} className={inputClass}>
              {AGREEMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`enums.agreementKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="signedOn" label={label("signedOn")} error={message(errors.signedOn?.message)}>
          {(control) => <input {...control} {...form.register("signedOn")} type="date" className={inputClass} />}
        </Field>
      </div>
      <fieldset id="clauses" className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-semibold text-slate-900">{label("clauses")}</legend>
        <p className="text-sm text-slate-700">{t("agreements.hints.clauses")}</p>
        {CLAUSE_KINDS.map((kind) => {
          const present = form.watch(`clauses.${kind}.present`);
          return (
            <div key={kind} className="flex flex-col gap-2">
              <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
                <input type="checkbox" {...form.register(`clauses.${kind}.present`)} className="h-4 w-4" />
                {t(`enums.clauseKind.${kind}`)}
              </label>
              {present ? (
                <div className="pl-6">
                  <Field id={`clause-${kind}`} label={`${label("clauseText")} : ${t(`enums.clauseKind.${kind}`)}`} error={message(errors.clauses?.[kind]?.text?.message)} required>
                    {(control) => <textarea {...control} {...form.register(`clauses.${kind}.text`)} rows={3} className={inputClass} />}
                  </Field>
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <Field id="outcome" label={label("outcome")} hint={t("agreements.hints.outcome")} error={message(errors.outcome?.message)}>
        {(control) => <textarea {...control} {...form.register("outcome")} rows={4} className={inputClass} />}
      </Field>
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
          <input type="checkbox" {...form.register("isShared")} className="h-4 w-4" aria-describedby="isShared-hint" />
          {label("isShared")}
        </label>
        <p id="isShared-hint" className="pl-6 text-xs text-slate-700">
          {t("agreements.hints.isShared")}
        </p>
      </div>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <div>
        <Button type="submit" pending={pending}>
          {t("agreements.save")}
        </Button>
      </div>
    </form>
  );
}
