import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { fromCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { assignableUsersWhere } from "@/lib/workflow/assignable";
import { loadWritableCase } from "@/lib/workflow/load-writable";
import type { TCreateTask } from "@/lib/workflow/schemas";
import { actingFor } from "@/lib/db-context";

/** Invariant: a task goes only to someone who can open the case (active rep of its employer, or admin). */
async function assertAssignable(assigneeId: string | undefined, employerId: string, unionId: string) {
  if (!assigneeId) return;
  const assignee = await prisma.user.findFirst({
    where: { AND: [{ id: assigneeId }, assignableUsersWhere(employerId, unionId)] },
    select: { id: true },
  });
  if (!assignee) throw new AppError("invalid", "workflow.errors.assigneeNotAllowed", { field: "assigneeId" });
}

export const createCaseTask = actingFor(async function createCaseTask(actor: TCurrentUser, input: TCreateTask): Promise<{ id: string }> {
  const found = await loadWritableCase(actor, input.caseId);
  await assertAssignable(input.assigneeId, found.employerId, found.unionId);
  return prisma.$transaction(async (tx) => {
    const task = await tx.caseTask.create({
      data: {
        deploymentId: found.id,
        unionId: found.unionId,
        title: input.title,
        dueOn: fromCalendarDate(input.dueOn),
        assigneeId: input.assigneeId ?? null,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "case.task",
      entityType: "case",
      entityId: found.id,
      changes: diffFields({}, { taskTitle: input.title, dueOn: input.dueOn, assigneeId: input.assigneeId }),
    });
    // The assignee hears of it, unless they gave the task to themselves.
    if (input.assigneeId && input.assigneeId !== actor.id) {
      const names = await tx.deployment.findUniqueOrThrow({ where: { id: found.id }, select: { localName: true } });
      await notify(tx, {
        event: "task_assigned",
        userIds: [input.assigneeId],
        dedupKey: `task:${task.id}`,
        params: { caseName: names.localName, taskTitle: input.title, dueOn: input.dueOn ?? null },
        link: `/cases/${found.id}`,
        deploymentId: found.id,
      });
    }
    return task;
  });
});
