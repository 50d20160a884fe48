import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { addDays, fromCalendarDate, todayInParis, toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { DEADLINE_IDS, type TDeadlineId } from "@/lib/consultations/deadlines";
import { prisma } from "@/lib/db";
import { runInDbContext } from "@/lib/db-context";
import { canReadCases } from "@/lib/deployments/list";
import { CLOSED_CASE_STATUSES, type TLetterKind } from "@/lib/letters/kinds";
import { listOpenLetterReplies } from "@/lib/letters/replies";

import { hashFeedToken, isFeedTokenShape } from "./token";
import { actingFor } from "@/lib/db-context";

export type TCalendarFeedStatus = { isAvailable: boolean; createdAt: Date | null };

/** Whether the actor has a feed (the URL itself cannot be shown again: only its hash is kept). */
export const getCalendarFeedStatus = actingFor(async function getCalendarFeedStatus(actor: TCurrentUser): Promise<TCalendarFeedStatus> {
  if (!canReadCases(actor)) return { isAvailable: false, createdAt: null };
  const feed = await prisma.calendarFeed.findUnique({ where: { userId: actor.id }, select: { createdAt: true } });
  return { isAvailable: true, createdAt: feed?.createdAt ?? null };
});

type TCaseRef = { caseId: string; caseName: string; employerName: string; toolName: string };

export type TFeedItem = TCaseRef & { dueOn: TCalendarDate } & (
    | { type: "deadline"; kind: TDeadlineId }
    | { type: "task"; taskId: string; title: string }
    | { type: "letter_reply"; letterId: string; letterKind: TLetterKind }
  );

/**
 * How far back and ahead the feed reaches, and how many events it holds at most: an admin reads every
 * case, and the `ics` package validates each event (about 1–2 ms each on the 2-core machine, ADR 0017).
 */
export const FEED_WINDOW = { pastDays: 90, futureDays: 400, maxEvents: 500 } as const;

const CASE_REF = {
  select: { id: true, localName: true, employer: { select: { legalName: true } }, tool: { select: { vendor: true, productName: true } } },
} as const;

function toCaseRef(row: { id: string; localName: string; employer: { legalName: string }; tool: { vendor: string; productName: string } }): TCaseRef {
  return { caseId: row.id, caseName: row.localName, employerName: row.employer.legalName, toolName: `${row.tool.vendor} ${row.tool.productName}` };
}

const isDeadlineId = (kind: string): kind is TDeadlineId => (DEADLINE_IDS as readonly string[]).includes(kind);

/**
 * What a feed shows its owner: the open deadlines of the open cases they may read (case_deadlines not
 * done), the open tasks of those cases that are theirs or no one's, and the replies awaited to their
 * letters, due from FEED_WINDOW.pastDays ago to FEED_WINDOW.futureDays ahead, earliest first. The
 * owner's read scope is applied exactly as on the pages (caseScope), so a rep sees only their employers.
 */
export const listFeedItems = actingFor(async function listFeedItems(owner: { id: string; role: TCurrentUser["role"]; unionId: string | null }, today: TCalendarDate = todayInParis()): Promise<TFeedItem[]> {
  const from = addDays(today, -FEED_WINDOW.pastDays);
  const to = addDays(today, FEED_WINDOW.futureDays);
  const dueOn = { gte: fromCalendarDate(from), lte: fromCalendarDate(to) };
  const openCases = { AND: [caseScope(owner, "read"), { status: { notIn: [...CLOSED_CASE_STATUSES] } }] };
  const take = FEED_WINDOW.maxEvents;
  const [deadlines, tasks, replies] = await Promise.all([
    prisma.caseDeadline.findMany({
      where: { doneOn: null, dueOn, deployment: openCases },
      select: { kind: true, dueOn: true, deployment: CASE_REF },
      orderBy: [{ dueOn: "asc" }, { kind: "asc" }],
      take,
    }),
    prisma.caseTask.findMany({
      where: { doneAt: null, dueOn, OR: [{ assigneeId: owner.id }, { assigneeId: null }], deployment: openCases },
      select: { id: true, title: true, dueOn: true, deployment: CASE_REF },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      take,
    }),
    listOpenLetterReplies(caseScope(owner, "read"), { from, to, take }),
  ]);
  const items: TFeedItem[] = [
    ...deadlines.flatMap((row): TFeedItem[] =>
      isDeadlineId(row.kind) ? [{ ...toCaseRef(row.deployment), type: "deadline", kind: row.kind, dueOn: toCalendarDate(row.dueOn) }] : [],
    ),
    ...tasks.map((row): TFeedItem => ({ ...toCaseRef(row.deployment), type: "task", taskId: row.id, title: row.title, dueOn: toCalendarDate(row.dueOn!) })),
    ...replies.map(
      (reply): TFeedItem => ({
        caseId: reply.caseId,
        caseName: reply.caseName,
        employerName: reply.employerName,
        toolName: reply.toolName,
        type: "letter_reply",
        letterId: reply.letterId,
        letterKind: reply.kind,
        dueOn: reply.replyDueOn,
      }),
    ),
  ];
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn)).slice(0, take);
});

/**
 * The owner of a feed token, or null for a token that is malformed, unknown, revoked or replaced, or
 * whose owner's account is deactivated (the feed then answers 404, like any unknown URL).
 */
export async function findFeedOwner(token: string): Promise<{ id: string; role: TCurrentUser["role"]; unionId: string | null } | null> {
  if (!isFeedTokenShape(token)) return null;
  const tokenHash = hashFeedToken(token);
  // The feed's context (row-level security, ADR 0037): its own row, found by its token only.
  const feed = await runInDbContext({ k: "feed", h: tokenHash }, () =>
    prisma.calendarFeed.findUnique({
      where: { tokenHash },
      select: { user: { select: { id: true, role: true, unionId: true, deactivatedAt: true } } },
    }),
  );
  if (!feed || feed.user.deactivatedAt) return null;
  return { id: feed.user.id, role: feed.user.role, unionId: feed.user.unionId };
}
