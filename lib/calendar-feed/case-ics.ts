import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { caseScope } from "@/lib/authz/scope";
import { toCalendarDate } from "@/lib/consultations/calendar-date";
import { DEADLINE_IDS, type TDeadlineId } from "@/lib/consultations/deadlines";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

import { reminderAlarmDays } from "./build-feed";
import { toFeedEvent, type TTranslate } from "./feed-events";
import { buildFeedIcs } from "./ics";
import { actingFor } from "@/lib/db-context";

const isDeadlineId = (kind: string): kind is TDeadlineId => (DEADLINE_IDS as readonly string[]).includes(kind);

/**
 * A one-off .ics of one case's open legal deadlines, to import into a calendar (issue 17.3), with the
 * alarms of the reader's reminder choice. Same UIDs as the feed, so importing it next to a feed
 * subscription updates rather than duplicates. Null when the actor may not read the case (the route
 * answers 404, as the page does).
 */
export const buildCaseIcs = actingFor(async function buildCaseIcs(actor: TCurrentUser, caseId: string, t: TTranslate): Promise<{ ics: string; name: string } | null> {
  const found = await prisma.deployment.findFirst({
    where: { AND: [{ id: caseId }, caseScope(actor, "read")] },
    select: {
      id: true,
      localName: true,
      employer: { select: { legalName: true } },
      tool: { select: { vendor: true, productName: true } },
      deadlines: { where: { doneOn: null }, orderBy: { dueOn: "asc" }, select: { kind: true, dueOn: true } },
    },
  });
  if (!found) return null;
  const alarmDays = await reminderAlarmDays(actor.id);
  const ref = { caseId: found.id, caseName: found.localName, employerName: found.employer.legalName, toolName: `${found.tool.vendor} ${found.tool.productName}` };
  const events = found.deadlines
    .filter((deadline) => isDeadlineId(deadline.kind))
    .map((deadline) => toFeedEvent({ ...ref, type: "deadline", kind: deadline.kind as TDeadlineId, dueOn: toCalendarDate(deadline.dueOn) }, t, env().APP_URL, alarmDays));
  return { ics: buildFeedIcs(events, { name: found.localName }), name: found.localName };
});
