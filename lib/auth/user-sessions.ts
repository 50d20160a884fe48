import "server-only";

import { deviceLabel } from "@/lib/auth/device-label";
import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { fromCalendarDate, todayInParis, toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Sessions that end when they are told to (issue 16, point 2). The session token only names a row of
 * user_sessions; getCurrentUser() accepts it while the row is not ended, not past its absolute end, and
 * of the user's current sessionVersion. So sign-out, "sign out everywhere" and ending a session from
 * the account page take effect on the next request, even for a copied cookie.
 */

/** A new session at sign-in. */
export async function startUserSession(user: { id: string; sessionVersion: number }, userAgent: string | null): Promise<string> {
  const now = new Date();
  const session = await prisma.userSession.create({
    data: {
      userId: user.id,
      sessionVersion: user.sessionVersion,
      device: deviceLabel(userAgent).slice(0, 80),
      createdAt: now,
      expiresAt: new Date(now.getTime() + env().SESSION_ABSOLUTE_HOURS * 3_600_000),
      lastSeenOn: fromCalendarDate(todayInParis()),
    },
    select: { id: true },
  });
  return session.id;
}

export type TSessionRow = { userId: string; sessionVersion: number; expiresAt: Date; endedAt: Date | null; lastSeenOn: Date };

/** Whether a session row still lets its token in. */
export function sessionIsLive(row: TSessionRow | null, userId: string, sessionVersion: number, now = new Date()): boolean {
  return row !== null && row.userId === userId && row.endedAt === null && row.expiresAt > now && row.sessionVersion === sessionVersion;
}

/** Moves the "last seen" day forward, once a day per session. */
export async function touchUserSession(sessionId: string, row: TSessionRow): Promise<void> {
  const today = fromCalendarDate(todayInParis());
  if (row.lastSeenOn >= today) return;
  await prisma.userSession.updateMany({ where: { id: sessionId, lastSeenOn: { lt: today } }, data: { lastSeenOn: today } });
}

/** Sign-out: the session of this token ends (no-op when it already has). */
export async function endSessionById(sessionId: string): Promise<void> {
  await prisma.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

export type TUserSessionView = { id: string; device: string; startedOn: TCalendarDate; lastSeenOn: TCalendarDate; current: boolean };

/** The actor's live sessions, the current one first. */
export async function listMySessions(actor: TCurrentUser): Promise<TUserSessionView[]> {
  const [rows, user] = await Promise.all([
    prisma.userSession.findMany({
      where: { userId: actor.id, endedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, device: true, createdAt: true, lastSeenOn: true, sessionVersion: true },
      orderBy: { createdAt: "desc" },
    }),
    prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } }),
  ]);
  return rows
    .filter((row) => row.sessionVersion === user.sessionVersion)
    .map((row) => ({
      id: row.id,
      device: row.device,
      startedOn: todayInParis(row.createdAt),
      lastSeenOn: toCalendarDate(row.lastSeenOn),
      current: row.id === actor.sessionId,
    }))
    .toSorted((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the actor's sessions. Another user's session, or an unknown id, is "not found" alike. */
export async function endMySession(actor: TCurrentUser, input: { sessionId: string }): Promise<{ endedCurrent: boolean }> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { id: input.sessionId, userId: actor.id, endedAt: null }, data: { endedAt: new Date() } });
    if (count === 0) throw new AppError("not_found", "sessions.notFound");
    await recordAudit(tx, { actorId: actor.id, action: "session.end", entityType: "user", entityId: actor.id, changes: { session: { before: input.sessionId, after: null } } });
    return { endedCurrent: input.sessionId === actor.sessionId };
  });
}

/** "Sign out everywhere": every session of the actor ends, this one included when `keepCurrent` is false. */
export async function endMySessions(actor: TCurrentUser, input: { keepCurrent: boolean }): Promise<{ ended: number }> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { userId: actor.id, endedAt: null, ...(input.keepCurrent ? { id: { not: actor.sessionId } } : {}) },
      data: { endedAt: new Date() },
    });
    await recordAudit(tx, { actorId: actor.id, action: input.keepCurrent ? "session.end_others" : "session.end_all", entityType: "user", entityId: actor.id, changes: { sessions: { before: count, after: 0 } } });
    return { ended: count };
  });
}
