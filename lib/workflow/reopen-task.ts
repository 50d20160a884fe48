import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { withdrawStaleTaskReminders } from "@/lib/reminders/task-reminders";
import { loadWritableTask } from "@/lib/workflow/load-writable";
import type { TTaskRef } from "@/lib/workflow/schemas";
import { actingFor } from "@/lib/db-context";

/** Puts a done task back on the open list (marked done by mistake, or the work must be redone). */
export const reopenCaseTask = actingFor(async function reopenCaseTask(actor: TCurrentUser, input: TTaskRef): Promise<void> {
  const task = await loadWritableTask(actor, input.taskId);
  if (!task.doneAt) return;
  await prisma.$transaction(async (tx) => {
    const updated = await tx.caseTask.updateMany({ where: { id: task.id, doneAt: { not: null } }, data: { doneAt: null } });
    if (updated.count === 0) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "case.task",
      entityType: "case",
      entityId: task.deploymentId,
      changes: { taskTitle: { before: task.title, after: task.title }, taskDone: { before: true, after: false } },
    });
    // Reminders withdrawn when it was done come back with the next daily scan, from the stage its date is in.
    await withdrawStaleTaskReminders(tx, { taskId: task.id });
  });
});
