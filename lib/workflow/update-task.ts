import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { fromCalendarDate, toCalendarDate } from "@/lib/consultations/calendar-date";
import { actingFor } from "@/lib/db-context";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { withdrawStaleTaskReminders } from "@/lib/reminders/task-reminders";
import { assignableUsersWhere } from "@/lib/workflow/assignable";
import { loadWritableTask } from "@/lib/workflow/load-writable";
import type { TUpdateTask } from "@/lib/workflow/schemas";

/**
 * Re-dates or reassigns a task. Its reminders follow in the same transaction: those of the old date or
 * the former assignee are withdrawn (unless already e-mailed), the next daily scan reminds of the new
 * date, from the stage it is in. A new assignee other than the actor is told at once (task_assigned).
 */
export const updateCaseTask = actingFor(async function updateCaseTask(actor: TCurrentUser, input: TUpdateTask): Promise<void> {
  const task = await loadWritableTask(actor, input.taskId);
  const current = await prisma.caseTask.findUniqueOrThrow({
    where: { id: task.id },
    select: { dueOn: true, assigneeId: true, deployment: { select: { employerId: true, localName: true } } },
  });
  const before = { dueOn: toCalendarDate(current.dueOn), assigneeId: current.assigneeId };
  const after = { dueOn: input.dueOn ?? null, assigneeId: input.assigneeId ?? null };
  if (before.dueOn === after.dueOn && before.assigneeId === after.assigneeId) return;
  if (after.assigneeId && after.assigneeId !== before.assigneeId) {
    // Invariant (as at creation): only someone who can open the case, never another union's rep.
    const allowed = await prisma.user.findFirst({
      where: { AND: [{ id: after.assigneeId }, assignableUsersWhere(current.deployment.employerId, task.unionId)] },
      select: { id: true },
    });
    if (!allowed) throw new AppError("invalid", "workflow.errors.assigneeNotAllowed", { field: "assigneeId" });
  }

  await prisma.$transaction(async (tx) => {
    await tx.caseTask.update({ where: { id: task.id }, data: { dueOn: fromCalendarDate(after.dueOn), assigneeId: after.assigneeId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "case.task",
      entityType: "case",
      entityId: task.deploymentId,
      changes: { taskTitle: { before: task.title, after: task.title }, ...diffFields(before, after) },
    });
    await withdrawStaleTaskReminders(tx, { taskId: task.id });
    if (after.assigneeId && after.assigneeId !== before.assigneeId && after.assigneeId !== actor.id) {
      await notify(tx, {
        event: "task_assigned",
        userIds: [after.assigneeId],
        dedupKey: `task:${task.id}`,
        params: { caseName: current.deployment.localName, taskTitle: task.title, dueOn: after.dueOn },
        link: `/cases/${task.deploymentId}`,
        deploymentId: task.deploymentId,
      });
    }
  });
});
