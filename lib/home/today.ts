import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { reportScope } from "@/lib/authz/scope";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { protectCount, type TProtectedCount } from "@/lib/reports/small-numbers";
import { actingFor } from "@/lib/db-context";

export type TTodaySummary = {
  unreadNotifications: number;
  /** New member reports the user may triage, as a protected count (small numbers, ADR 0012); null for viewers. */
  reportsToTriage: TProtectedCount | null;
};

/** The top of the home page, "what needs me today": unread notifications and reports waiting to be read. */
export const getTodaySummary = actingFor(async function getTodaySummary(actor: TCurrentUser): Promise<TTodaySummary> {
  const mayTriage = can(actor.role, "report:triage:any") || can(actor.role, "report:triage:assigned");
  const [unreadNotifications, newReports] = await Promise.all([
    countUnreadNotifications(actor.id),
    mayTriage ? prisma.memberReport.count({ where: { AND: [reportScope(actor), { status: "new" }] } }) : Promise.resolve(null),
  ]);
  return {
    unreadNotifications,
    reportsToTriage: newReports === null ? null : protectCount(newReports, env().SMALL_COUNT_THRESHOLD),
  };
});
