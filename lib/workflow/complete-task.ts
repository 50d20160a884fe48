import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { withdrawStaleTaskReminders } from "@/lib/reminders/task-reminders";
import { loadWritableTask } from "@/lib/workflow/load-writable";
import type { TTaskRef } from "@/lib/workflow/schemas";
import { actingFor } from "@/lib/db-context";

/** Marks a task done. Done twice (two tabs) is not an error and records nothing new. */
export const completeCaseTask = actingFor(async function completeCaseTask(actor: TCurrentUser, input: TTaskRef): Promise<void> {
  const task = await loadWritableTask(actor, input.taskId);
  if (task.doneAt) return;
  await prisma.$transaction(async (tx) => {
    // The doneAt guard keeps the first completion date when two requests race.
    const updated = await tx.caseTask.updateMany({ where: { id: task.id, doneAt: null }, data: { doneAt: new Date() } });
    if (updated.count === 0) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "case.task",
      entityType: "case",
      entityId: task.deploymentId,
      changes: { taskTitle: { before: task.title, after: task.title }, taskDone: { before: false, after: true } },
    });
    // Its unsent reminders go with it (the same transaction).
    await withdrawStaleTaskReminders(tx, { taskId: task.id });
  });
});
