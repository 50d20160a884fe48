import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { addDays, fromCalendarDate, todayInParis, toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { DEADLINE_IDS, deadlineStatus, DUE_SOON_DAYS, type TDeadlineId } from "@/lib/consultations/deadlines";
import { prisma } from "@/lib/db";
import type { TLetterKind } from "@/lib/letters/kinds";
import { listOpenLetterReplies } from "@/lib/letters/replies";
import { actingFor } from "@/lib/db-context";

type TCaseRef = { caseId: string; caseName: string; employerName: string };

export type TDueItem = TCaseRef & { dueDate: TCalendarDate; status: "overdue" | "due_soon" } & (
    | { type: "deadline"; kind: TDeadlineId; isOverridden: boolean }
    | { type: "task"; taskId: string; title: string }
    | { type: "letter_reply"; letterId: string; kind: TLetterKind; title: string }
  );

/** Enough for a home page; the case list shows the rest. */
const MAX_ITEMS = 30;

const CASE_REF = { select: { id: true, localName: true, employer: { select: { legalName: true } } } } as const;

function toCaseRef(deployment: { id: string; localName: string; employer: { legalName: string } }): TCaseRef {
  return { caseId: deployment.id, caseName: deployment.localName, employerName: deployment.employer.legalName };
}

function statusOn(dueDate: TCalendarDate, today: TCalendarDate) {
  // Only open items due by today + 7 days are loaded, so the status is never "upcoming" or "done".
  return deadlineStatus(dueDate, today) as TDueItem["status"];
}

const isDeadlineId = (kind: string): kind is TDeadlineId => (DEADLINE_IDS as readonly string[]).includes(kind);

/**
 * Open deadlines, tasks and awaited letter replies that are overdue or due within 7 days, across the cases the actor may read
 * (none for viewers), earliest — so overdue — first.
 */
export const listDueItems = actingFor(async function listDueItems(actor: TCurrentUser, today: TCalendarDate = todayInParis()): Promise<TDueItem[]> {
  const scope = caseScope(actor, "read");
  const horizon = fromCalendarDate(addDays(today, DUE_SOON_DAYS));
  const [deadlines, tasks, replies] = await Promise.all([
    prisma.caseDeadline.findMany({
      where: { doneOn: null, dueOn: { lte: horizon }, deployment: scope },
      select: { kind: true, dueOn: true, overridden: true, deployment: CASE_REF },
      orderBy: [{ dueOn: "asc" }, { kind: "asc" }],
      take: MAX_ITEMS,
    }),
    prisma.caseTask.findMany({
      where: { doneAt: null, dueOn: { not: null, lte: horizon }, deployment: scope },
      select: { id: true, title: true, dueOn: true, deployment: CASE_REF },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      take: MAX_ITEMS,
    }),
    listOpenLetterReplies(scope, { to: addDays(today, DUE_SOON_DAYS), take: MAX_ITEMS }),
  ]);
  const items: TDueItem[] = [
    ...deadlines.flatMap((row) => {
      if (!isDeadlineId(row.kind)) return [];
      const dueDate = toCalendarDate(row.dueOn);
      const item: TDueItem = {
        ...toCaseRef(row.deployment),
        type: "deadline",
        kind: row.kind,
        isOverridden: row.overridden,
        dueDate,
        status: statusOn(dueDate, today),
      };
      return [item];
    }),
    ...tasks.map((row): TDueItem => {
      const dueDate = toCalendarDate(row.dueOn!);
      return { ...toCaseRef(row.deployment), type: "task", taskId: row.id, title: row.title, dueDate, status: statusOn(dueDate, today) };
    }),
    ...replies.map(
      (reply): TDueItem => ({
        caseId: reply.caseId,
        caseName: reply.caseName,
        employerName: reply.employerName,
        type: "letter_reply",
        letterId: reply.letterId,
        kind: reply.kind,
        title: reply.title,
        dueDate: reply.replyDueOn,
        status: statusOn(reply.replyDueOn, today),
      }),
    ),
  ];
  return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate)).slice(0, MAX_ITEMS);
});
