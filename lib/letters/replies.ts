import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { fromCalendarDate, toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";

import { CLOSED_CASE_STATUSES, type TLetterKind } from "./kinds";
import { isReplyAnswered } from "./reply-status";

export type TOpenReply = {
  letterId: string;
  kind: TLetterKind;
  title: string;
  sentOn: TCalendarDate;
  replyDueOn: TCalendarDate;
  caseId: string;
  caseName: string;
  employerName: string;
  toolName: string;
};

/**
 * Letters still awaiting their reply (reply-status.ts; a closed case awaits nothing), reply due in [from, to] (either bound optional), in open cases
 * matching `scope` (the caller's case read scope: never empty for a role without access, see
 * caseScope), earliest due first, at most `take`.
 */
export async function listOpenLetterReplies(
  scope: Prisma.DeploymentWhereInput,
  { from, to, take }: { from?: TCalendarDate; to?: TCalendarDate; take: number },
): Promise<TOpenReply[]> {
  const rows = await prisma.letter.findMany({
    where: {
      replyDueOn: { not: null, ...(from ? { gte: fromCalendarDate(from) } : {}), ...(to ? { lte: fromCalendarDate(to) } : {}) },
      deployment: { AND: [scope, { status: { notIn: [...CLOSED_CASE_STATUSES] } }] },
    },
    select: {
      id: true,
      kind: true,
      title: true,
      sentOn: true,
      createdAt: true,
      replyDueOn: true,
      deployment: {
        select: {
          id: true,
          localName: true,
          employer: { select: { legalName: true } },
          tool: { select: { vendor: true, productName: true } },
          events: { where: { type: "employer_reply" }, select: { occurredOn: true }, orderBy: { occurredOn: "desc" }, take: 1 },
        },
      },
    },
    orderBy: [{ replyDueOn: "asc" }, { createdAt: "asc" }],
    // Answered letters are dropped below: read more than asked.
    take: take * 3,
  });
  return rows
    .map((row) => {
      const sentOn = toCalendarDate(row.sentOn) ?? row.createdAt.toISOString().slice(0, 10);
      const lastReplyOn = toCalendarDate(row.deployment.events[0]?.occurredOn ?? null);
      return { row, sentOn, answered: isReplyAnswered(sentOn, lastReplyOn) };
    })
    .filter(({ answered }) => !answered)
    .slice(0, take)
    .map(({ row, sentOn }) => ({
      letterId: row.id,
      kind: row.kind,
      title: row.title,
      sentOn,
      replyDueOn: toCalendarDate(row.replyDueOn!),
      caseId: row.deployment.id,
      caseName: row.deployment.localName,
      employerName: row.deployment.employer.legalName,
      toolName: `${row.deployment.tool.vendor} ${row.deployment.tool.productName}`,
    }));
}
