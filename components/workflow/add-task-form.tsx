"use client";

import { useTranslations } from "next-intl";

import { createCaseTaskAction } from "@/app/(app)/cases/[id]/workflow-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { TITLE_MAX, ZCreateTask } from "@/lib/workflow/schemas";

/** A task on the case, with an optional due date and someone who may open the case to do it. */
export function AddTaskForm({ caseId, assignees }: { caseId: string; assignees: { id: string; name: string }[] }) {
  const t = useTranslations();
  const defaultValues = { caseId, title: "", dueOn: "", assigneeId: "" };
  const { form, onSubmit, formError, succeeded: saved, pending } = useActionForm({
    schema: ZCreateTask,
    action: (values) => createCaseTaskAction({ ...values, caseId }),
    defaultValues,
    resetOnSuccess: true,
  });
  const { errors } = form.formState;
  const message = (key?: string) => (key ? t(key) : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <Field id="task-title" label={t("workflow.tasks.taskTitle")} error={message(errors.title?.message)} required>
        {(control) => <input {...control} {...form.register("title")} maxLength={TITLE_MAX} className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="task-dueOn" label={t("workflow.tasks.dueOn")} error={message(errors.dueOn?.message)}>
          {(control) => <input {...control} {...form.register("dueOn")} type="date" className={inputClass} />}
        </Field>
        <Field id="task-assignee" label={t("workflow.tasks.assignee")} error={message(errors.assigneeId?.message)}>
          {(control) => (
            <select {...control} {...form.register("assigneeId")} className={inputClass}>
              <option value="">{t("workflow.tasks.nobody")}</option>
              {assignees.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      {saved ? <Alert tone="success">{t("workflow.tasks.saved")}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("workflow.tasks.submit")}
      </Button>
    </form>
  );
}
