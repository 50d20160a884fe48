import { addDays, fromCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";

import { caseUnionId } from "./unions";

/** An open (or, with doneInDays, done) CaseDeadline due `inDays` days from today in Paris. */
export async function createDeadline(deploymentId: string, kind: string, inDays: number, options: { done?: boolean } = {}) {
  const today = todayInParis();
  return prisma.caseDeadline.create({
    data: {
      deploymentId,
      unionId: await caseUnionId(deploymentId),
      kind,
      dueOn: fromCalendarDate(addDays(today, inDays)),
      doneOn: options.done ? fromCalendarDate(today) : null,
    },
  });
}

/** Sets a case's updatedAt (Prisma's @updatedAt would overwrite it on an update through the client). */
export async function setUpdatedAt(deploymentId: string, at: Date) {
  await prisma.$executeRaw`UPDATE deployments SET updated_at = ${at} WHERE id = ${deploymentId}::uuid`;
}
