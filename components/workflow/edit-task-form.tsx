"use client";

import { useTranslations } from "next-intl";

import { updateCaseTaskAction } from "@/app/(app)/cases/[id]/workflow-actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TCaseTaskRow } from "@/lib/workflow/queries";
import { ZUpdateTask } from "@/lib/workflow/schemas";

/** Re-dates or reassigns an open task; its reminders follow (lib/workflow/update-task.ts). */
export function EditTaskForm({ task, assignees }: { task: TCaseTaskRow; assignees: { id: string; name: string }[] }) {
  const t = useTranslations();
  // The current assignee stays selectable even when no longer among the choices (left the employer).
  const choices =
    task.assigneeId && !assignees.some((user) => user.id === task.assigneeId)
      ? [...assignees, { id: task.assigneeId, name: task.assigneeName ?? "" }]
      : assignees;
  const { form, onSubmit, formError, succeeded: saved, pending } = useActionForm({
    schema: ZUpdateTask,
    action: (values) => updateCaseTaskAction({ ...values, taskId: task.id }),
    defaultValues: { taskId: task.id, dueOn: task.dueOn ?? "", assigneeId: task.assigneeId ?? "" },
  });
  const { errors } = form.formState;
  const message = (key?: string) => (key ? t(key) : undefined);
  const id = (field: string) => `task-${task.id}-${field}`;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 pt-2">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("dueOn")} label={t("workflow.tasks.dueOn")} error={message(errors.dueOn?.message)}>
          {(control) => <input {...control} {...form.register("dueOn")} type="date" className={inputClass} />}
        </Field>
        <Field id={id("assignee")} label={t("workflow.tasks.assignee")} error={message(errors.assigneeId?.message)}>
          {(control) => (
            <select {...control} {...form.register("assigneeId")} className={inputClass}>
              <option value="">{t("workflow.tasks.nobody")}</option>
              {choices.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      {saved ? <Alert tone="success">{t("workflow.tasks.updated")}</Alert> : null}
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("workflow.tasks.update")}
      </Button>
    </form>
  );
}
