"use client";

import { useTranslations } from "next-intl";

import { addCaseEventAction } from "@/app/(app)/cases/[id]/workflow-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { EVENT_BODY_MAX, MANUAL_EVENT_TYPES, TITLE_MAX, ZAddEvent } from "@/lib/workflow/schemas";

/** Records a meeting, a letter, an employer reply… or an internal note, on the case timeline. */
export function AddEventForm({ caseId, today }: { caseId: string; today: string }) {
  const t = useTranslations();
  const defaultValues = { caseId, type: "note" as const, occurredOn: today, title: "", body: "" };
  const { form, onSubmit, formError, succeeded: saved, pending } = useActionForm({
    schema: ZAddEvent,
    action: (values) => addCaseEventAction({ ...values, caseId }),
    defaultValues,
    resetOnSuccess: true,
  });
  const { errors } = form.formState;
  const message = (key?: string) => (key ? t(key) : undefined);
  const isNote = form.watch("type") === "note";

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id="event-type"
          label={t("workflow.timeline.type")}
          hint={isNote ? t("workflow.timeline.noteLabel") : undefined}
          error={message(errors.type?.message)}
          required
        >
          {(control) => (
            <select {...control} {...form.register("type")} className={inputClass}>
              {MANUAL_EVENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`enums.eventType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="event-date" label={t("workflow.timeline.date")} hint={t("workflow.timeline.dateHint")} error={message(errors.occurredOn?.message)} required>
          {(control) => <input {...control} {...form.register("occurredOn")} type="date" className={inputClass} />}
        </Field>
      </div>
      <Field id="event-title" label={t("workflow.timeline.eventTitle")} error={message(errors.title?.message)} required>
        {(control) => <input {...control} {...form.register("title")} maxLength={TITLE_MAX} className={inputClass} />}
      </Field>
      <Field id="event-body" label={t("workflow.timeline.body")} hint={t("workflow.timeline.bodyHint", { max: EVENT_BODY_MAX })} error={message(errors.body?.message)}>
        {(control) => <textarea {...control} {...form.register("body")} rows={4} maxLength={EVENT_BODY_MAX} className={inputClass} />}
      </Field>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      {saved ? <Alert tone="success">{t("workflow.timeline.saved")}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("workflow.timeline.submit")}
      </Button>
    </form>
  );
}
