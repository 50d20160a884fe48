import "server-only";

import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { readSessionToken, sessionCookieValue } from "@/lib/auth/session-cookie";
import type { TPermission, TRole } from "@/lib/authz/permissions";
import { can } from "@/lib/authz/permissions";
import { sessionIsLive, touchUserSession } from "@/lib/auth/user-sessions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type TCurrentUser = {
  id: string;
  email: string;
  name: string;
  role: TRole;
  mustChangePassword: boolean;
  /** Employers the user is attached to (reps work on these). */
  employerIds: string[];
  /** The user_sessions row of this request's token. */
  sessionId: string;
};

/**
 * The user behind a session token, read fresh from the database on every request. Invariant: a
 * deactivated user, a token issued before a role, password or status change (sessionVersion), or one
 * whose session was ended (sign-out, "sign out everywhere", the account page) or is past its absolute
 * end gets null: the JWT alone never grants access.
 */
export async function resolveSessionUser(
  claims: { userId?: string | null; sessionId?: string | null; sessionVersion?: number } | null,
): Promise<TCurrentUser | null> {
  if (!claims?.userId || !claims.sessionId || typeof claims.sessionVersion !== "number") return null;
  // Side by side, not as a nested select (which Prisma sends as two queries, one after the other):
  // every signed-in request waits for this.
  const [user, assignments, session] = await Promise.all([
    prisma.user.findUnique({
      where: { id: claims.userId },
      select: { id: true, email: true, name: true, role: true, mustChangePassword: true, deactivatedAt: true, sessionVersion: true },
    }),
    prisma.employerAssignment.findMany({ where: { userId: claims.userId }, select: { employerId: true } }),
    prisma.userSession.findUnique({
      where: { id: claims.sessionId },
      select: { userId: true, sessionVersion: true, expiresAt: true, endedAt: true, lastSeenOn: true },
    }),
  ]);
  if (!user || user.deactivatedAt || user.sessionVersion !== claims.sessionVersion) return null;
  if (!sessionIsLive(session, user.id, user.sessionVersion)) return null;
  await touchUserSession(claims.sessionId, session!);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    employerIds: assignments.map((assignment) => assignment.employerId),
    sessionId: claims.sessionId,
  };
}

/** The signed-in user of this request (memoised per request), or null. */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const claims = await readSessionToken(sessionCookieValue(await cookies()));
  return resolveSessionUser(claims);
});

/** For pages: the signed-in user, or a redirect to the sign-in page (or to the forced password change). */
export async function requireUser(options: { allowPendingPasswordChange?: boolean } = {}): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !options.allowPendingPasswordChange) redirect("/account/password");
  return user;
}

/** For pages: like requireUser, and a 404 when the role lacks the permission (nothing leaked). */
export async function requirePagePermission(permission: TPermission): Promise<TCurrentUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) notFound();
  return user;
}

/**
 * For actions and route handlers: the signed-in user or an `unauthenticated` error. A user who must
 * still replace a one-time password may do nothing else.
 */
export async function requireActor(options: { allowPendingPasswordChange?: boolean } = {}): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "errors.unauthenticated");
  if (user.mustChangePassword && !options.allowPendingPasswordChange) {
    throw new AppError("forbidden", "errors.passwordChangeRequired");
  }
  return user;
}
