import "server-only";

import type { CaseEventType } from "@/generated/prisma/enums";
import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { compareCalendarDates, toCalendarDate, todayInParis, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { countLinkedReports, listTriageableReportIds } from "@/lib/reports/triage/queries";
import { assignableUsersWhere } from "@/lib/workflow/assignable";
import { compareTasks, isTaskOverdue } from "@/lib/workflow/tasks";
import { nextStatuses, type TCaseOutcome, type TCaseStatus } from "@/lib/workflow/workflow";
import { actingFor } from "@/lib/db-context";

export type TCaseEventRow = {
  id: string;
  type: CaseEventType;
  occurredOn: TCalendarDate;
  /** Dated after today: a planned meeting or hearing. */
  isUpcoming: boolean;
  title: string;
  body: string | null;
  fromStatus: TCaseStatus | null;
  toStatus: TCaseStatus | null;
  /** Null when the author's account no longer exists. */
  authorName: string | null;
  /** report_linked events: the report (canOpen: the actor may triage it); null once it was purged. */
  linkedReport: { id: string; canOpen: boolean } | null;
  /** letter_sent events written from a letter (lib/letters): its PDF and the reply due date. */
  letter: { id: string; caseId: string; replyDueOn: TCalendarDate | null } | null;
};

export type TCaseTaskRow = {
  id: string;
  title: string;
  dueOn: TCalendarDate | null;
  assigneeId: string | null;
  assigneeName: string | null;
  doneAt: Date | null;
  isOverdue: boolean;
};

export type TCaseWorkflow = {
  status: TCaseStatus;
  outcome: TCaseOutcome | null;
  resolutionSummary: string | null;
  resolvedOn: TCalendarDate | null;
  /** Sent back with a status change, so a change made meanwhile by someone else is a conflict. */
  version: number;
  /** Empty when the actor may not change the case. */
  nextStatuses: readonly TCaseStatus[];
  events: TCaseEventRow[];
  tasks: TCaseTaskRow[];
  /** Who may be given a task (empty when the actor may not change the case). */
  assignees: { id: string; name: string }[];
  canWrite: boolean;
  /** The day (Paris) the view was computed: the default date of new entries, the overdue cut-off. */
  today: TCalendarDate;
  /** Member reports linked to the case that the actor may triage. */
  linkedReports: number;
};

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

async function actorCanWrite(actor: TCurrentUser, caseId: string): Promise<boolean> {
  return (await prisma.deployment.count({ where: { AND: [{ id: caseId }, caseScope(actor, "write")] } })) > 0;
}

async function listAssignees(employerId: string, unionId: string) {
  return prisma.user.findMany({ where: assignableUsersWhere(employerId, unionId), select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * The workflow part of a case page: status, timeline (newest first), tasks (open first) and what the
 * actor may do. A case the actor may not read answers `not_found`, exactly like a missing one.
 */
export const getCaseWorkflow = actingFor(async function getCaseWorkflow(actor: TCurrentUser, caseId: string): Promise<TCaseWorkflow> {
  if (!isUuid(caseId)) throw notFound();
  const found = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "read")] },
    select: {
      employerId: true,
      unionId: true,
      status: true,
      outcome: true,
      resolutionSummary: true,
      resolvedOn: true,
      version: true,
      events: {
        select: {
          id: true,
          type: true,
          occurredOn: true,
          title: true,
          body: true,
          fromStatus: true,
          toStatus: true,
          reportId: true,
          letter: { select: { id: true, deploymentId: true, replyDueOn: true } },
          author: { select: { name: true } },
        },
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      },
      tasks: { select: { id: true, title: true, dueOn: true, doneAt: true, createdAt: true, assigneeId: true, assignee: { select: { name: true } } } },
    },
  });
  if (!found) throw notFound();
  const canWrite = await actorCanWrite(actor, caseId);
  const today = todayInParis();
  const openableReports = await listTriageableReportIds(actor, found.events.flatMap((event) => (event.reportId ? [event.reportId] : [])));

  return {
    status: found.status,
    outcome: found.outcome,
    resolutionSummary: found.resolutionSummary,
    resolvedOn: toCalendarDate(found.resolvedOn),
    version: found.version,
    nextStatuses: canWrite ? nextStatuses(found.status) : [],
    events: found.events.map(({ author, occurredOn, reportId, letter, ...event }) => {
      const date = toCalendarDate(occurredOn);
      const linkedReport = reportId ? { id: reportId, canOpen: openableReports.has(reportId) } : null;
      return { ...event, occurredOn: date, isUpcoming: compareCalendarDates(date, today) > 0, authorName: author?.name ?? null, linkedReport, letter: letter ? { id: letter.id, caseId: letter.deploymentId, replyDueOn: toCalendarDate(letter.replyDueOn) } : null };
    }),
    tasks: found.tasks
      .map((task) => ({ ...task, dueOn: toCalendarDate(task.dueOn) }))
      .sort(compareTasks)
      .map((task) => ({
        id: task.id,
        title: task.title,
        dueOn: task.dueOn,
        assigneeId: task.assigneeId,
        assigneeName: task.assignee?.name ?? null,
        doneAt: task.doneAt,
        isOverdue: isTaskOverdue(task, today),
      })),
    assignees: canWrite ? await listAssignees(found.employerId, found.unionId) : [],
    canWrite,
    today,
    linkedReports: await countLinkedReports(actor, caseId),
  };
});
