"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { completeCaseTaskAction, reopenCaseTaskAction } from "@/app/(app)/cases/[id]/workflow-actions";
import { EditTaskForm } from "@/components/workflow/edit-task-form";
import { firstErrorKey, formatCalendarDate } from "@/components/workflow/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { TCaseTaskRow } from "@/lib/workflow/queries";

type TAssignee = { id: string; name: string };

function TaskItem({ task, canWrite, assignees, pending, onToggle }: { task: TCaseTaskRow; canWrite: boolean; assignees: TAssignee[]; pending: boolean; onToggle: () => void }) {
  const t = useTranslations();
  const format = useFormatter();
  const isDone = task.doneAt !== null;
  return (
    <li
      className={cn(
        "flex flex-col gap-2 rounded-md border p-3 sm:flex-row sm:items-center sm:justify-between",
        task.isOverdue ? "border-red-300 border-s-4 border-s-red-700 bg-red-50" : "border-slate-200",
      )}
    >
      <div className="min-w-0">
        <p className={cn("font-medium break-words text-slate-900", isDone && "text-slate-600 line-through")}>{task.title}</p>
        <p className="flex flex-wrap gap-x-3 text-sm text-slate-700">
          {task.isOverdue ? <span className="font-semibold text-red-800">{t("workflow.tasks.overdue")}</span> : null}
          <span>{task.dueOn ? t("workflow.tasks.due", { date: formatCalendarDate(format, task.dueOn) }) : t("workflow.tasks.noDue")}</span>
          <span>{task.assigneeName ? t("workflow.tasks.assignedTo", { name: task.assigneeName }) : t("workflow.tasks.unassigned")}</span>
          {task.doneAt ? <span>{t("workflow.tasks.doneOn", { date: format.dateTime(task.doneAt, "short") })}</span> : null}
        </p>
        {canWrite && !isDone ? (
          <details className="mt-1">
            <summary className="cursor-pointer text-sm font-medium text-blue-800 underline">
              {t("workflow.tasks.edit")}
              <span className="sr-only"> {t("workflow.tasks.editNamed", { title: task.title })}</span>
            </summary>
            <EditTaskForm task={task} assignees={assignees} />
          </details>
        ) : null}
      </div>
      {canWrite ? (
        <Button
          variant="secondary"
          pending={pending}
          onClick={onToggle}
          aria-label={t(isDone ? "workflow.tasks.reopenNamed" : "workflow.tasks.markDoneNamed", { title: task.title })}
          className="shrink-0 self-start sm:self-center"
        >
          {t(isDone ? "workflow.tasks.reopen" : "workflow.tasks.markDone")}
        </Button>
      ) : null}
    </li>
  );
}

/** Open tasks first (overdue ones stand out), then done ones; each can be marked done or reopened, an open one re-dated or reassigned. */
export function CaseTasks({ tasks, canWrite, assignees }: { tasks: TCaseTaskRow[]; canWrite: boolean; assignees: TAssignee[] }) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = tasks.filter((task) => task.doneAt === null);
  const done = tasks.filter((task) => task.doneAt !== null);

  const toggle = (task: TCaseTaskRow) => {
    setBusyId(task.id);
    startTransition(async () => {
      setError(null);
      const action = task.doneAt ? reopenCaseTaskAction : completeCaseTaskAction;
      const result = await action({ taskId: task.id });
      if (!result.ok) setError(firstErrorKey(result));
    });
  };

  if (tasks.length === 0) return <p className="text-slate-700">{t("workflow.tasks.empty")}</p>;
  return (
    <div className="flex flex-col gap-4">
      {error ? <Alert tone="error">{t(error)}</Alert> : null}
      {[
        { key: "open", label: t("workflow.tasks.open"), items: open },
        { key: "done", label: t("workflow.tasks.done"), items: done },
      ]
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <section key={group.key} aria-labelledby={`tasks-${group.key}`}>
            <h3 id={`tasks-${group.key}`} className="mb-2 font-semibold text-slate-900">
              {group.label} ({group.items.length})
            </h3>
            <ul className="flex flex-col gap-2">
              {group.items.map((task) => (
                <TaskItem key={task.id} task={task} canWrite={canWrite} assignees={assignees} pending={pending && busyId === task.id} onToggle={() => toggle(task)} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
