import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { fromCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";

import type { TCaseFigure } from "./case-figures";
import { CLOSED_STATUSES, LIVE_PHASES } from "./figures";

const opened: Prisma.ConsultationWhereInput = { OR: [{ infoGivenOn: { not: null } }, { bdeseNoticeOn: { not: null } }] };

/** First use (the earlier of pilot and go-live) on or before `today`: one of the two dates is. */
function started(today: Date): Prisma.DeploymentWhereInput {
  return { OR: [{ pilotStartOn: { lte: today } }, { goLiveOn: { lte: today } }] };
}

const undatedLive: Prisma.DeploymentWhereInput = { pilotStartOn: null, goLiveOn: null, phase: { in: [...LIVE_PHASES] } };

/**
 * The where clause of a figure's cases, the same rule as lib/dashboards/sql.ts (docs/decisions/0014).
 * The two rollout figures compare dates of case_rollouts: call ensureDashboardStats() before.
 */
export function caseFigureFilter(figure: TCaseFigure, today: TCalendarDate): Prisma.DeploymentWhereInput {
  const day = fromCalendarDate(today);
  const rollout = prisma.caseRollout.fields;
  switch (figure) {
    case "open":
      return { status: { notIn: [...CLOSED_STATUSES] } };
    case "complete_before":
      return { rollout: { is: { startedOn: { lte: day }, closedOn: { lte: rollout.startedOn } } } };
    case "live_first":
      return { rollout: { is: { startedOn: { lte: day }, OR: [{ closedOn: null }, { closedOn: { gt: rollout.startedOn } }] } } };
    case "undated_live":
      return undatedLive;
    case "in_use":
      return { OR: [started(day), undatedLive] };
    case "consultation_opened":
      return { consultation: { is: opened } };
    case "expertise":
      return { consultation: { is: { AND: [opened, { expertAppointed: true }] } } };
    case "no_expertise":
      return { consultation: { is: { AND: [opened, { expertAppointed: false }] } } };
    case "duerp_updated":
      return { AND: [{ OR: [started(day), undatedLive] }, { consultation: { is: { duerpUpdatedOn: { not: null } } } }] };
    case "duerp_missing":
      return { AND: [{ OR: [started(day), undatedLive] }, { NOT: { consultation: { is: { duerpUpdatedOn: { not: null } } } } }] };
    case "monitoring":
      return { OR: [{ monitors: { isEmpty: false } }, { individualMonitoring: "yes" }] };
    case "jobs_threatened":
      return { jobsThreatened: { gt: 0 } };
    case "jobs_cut":
      return { jobsCut: { gt: 0 } };
  }
}

/** Cases that became known in `year` (a dashboard period). */
export function knownInYearFilter(year: number): Prisma.DeploymentWhereInput {
  return { firstKnownOn: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) } };
}
