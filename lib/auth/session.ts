import "server-only";

import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { readSessionToken, sessionCookieValue } from "@/lib/auth/session-cookie";
import type { TPermission, TRole } from "@/lib/authz/permissions";
import { can } from "@/lib/authz/permissions";
import { secondFactorRequired, secondFactorState, type TSecondFactorState } from "@/lib/auth/second-factor-policy";
import { sessionIsLive, touchUserSession, type TSessionRow } from "@/lib/auth/user-sessions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type TCurrentUser = {
  id: string;
  email: string;
  name: string;
  role: TRole;
  /** The user's union (issue 15); null for instance admins and instance-wide viewers. */
  unionId: string | null;
  mustChangePassword: boolean;
  /** Employers the user is attached to (reps work on these). */
  employerIds: string[];
  /** The user_sessions row of this request's token. */
  sessionId: string;
  /** Where this session stands with the second factor (lib/auth/second-factor-policy.ts). */
  secondFactor: TSecondFactorState;
  /** When this session last proved the second factor (step-up), or null. */
  secondFactorAt: Date | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The row resolveSessionUser reads: the user, its session, assignments, second factor and policy. */
type TSessionRead = {
  id: string;
  email: string;
  name: string;
  role: TRole;
  union_id: string | null;
  must_change_password: boolean;
  deactivated_at: Date | null;
  session_version: number;
  employer_ids: string[];
  has_factor: boolean;
  policy_required: boolean | null;
  session_user_id: string | null;
  session_session_version: number | null;
  expires_at: Date | null;
  ended_at: Date | null;
  last_seen_on: Date | null;
  second_factor_at: Date | null;
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
  if (!UUID.test(claims.userId) || !UUID.test(claims.sessionId)) return null;
  // One statement, not six side by side (issue 21): every signed-in request waits for this, and each
  // Prisma query costs CPU in the query compiler and a pool connection (with its context statement).
  const rows = await prisma.$queryRaw<TSessionRead[]>`
    SELECT u.id::text AS id, u.email, u.name, u.role::text AS role, u.union_id::text AS union_id,
           u.must_change_password, u.deactivated_at, u.session_version,
           ARRAY(SELECT a.employer_id::text FROM employer_assignments a WHERE a.user_id = u.id ORDER BY a.employer_id) AS employer_ids,
           (EXISTS (SELECT 1 FROM totp_factors t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL)
             OR EXISTS (SELECT 1 FROM passkeys k WHERE k.user_id = u.id)) AS has_factor,
           (SELECT p.required FROM second_factor_policies p WHERE p.role = u.role) AS policy_required,
           s.user_id::text AS session_user_id, s.session_version AS session_session_version, s.expires_at, s.ended_at,
           s.last_seen_on, s.second_factor_at
      FROM users u
      LEFT JOIN user_sessions s ON s.id = ${claims.sessionId}::uuid
     WHERE u.id = ${claims.userId}::uuid`;
  const row = rows[0];
  if (!row || row.deactivated_at || row.session_version !== claims.sessionVersion) return null;
  const session: TSessionRow | null =
    row.session_user_id === null
      ? null
      : { userId: row.session_user_id, sessionVersion: row.session_session_version!, expiresAt: row.expires_at!, endedAt: row.ended_at, lastSeenOn: row.last_seen_on! };
  if (!sessionIsLive(session, row.id, row.session_version)) return null;
  await touchUserSession(claims.sessionId, session!);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    unionId: row.union_id,
    mustChangePassword: row.must_change_password,
    employerIds: row.employer_ids,
    sessionId: claims.sessionId,
    secondFactor: secondFactorState({
      hasFactor: row.has_factor,
      required: secondFactorRequired(row.role, row.policy_required === null ? [] : [{ role: row.role, required: row.policy_required }]),
      verifiedAt: row.second_factor_at,
    }),
    secondFactorAt: row.second_factor_at,
  };
}

/**
 * The claims of this request's session token (memoised per request), or null. Authentic (Auth.js's
 * encrypted token) but not yet checked against the database: never a reason to show anything by itself.
 */
export const getSessionClaims = cache(async () => readSessionToken(sessionCookieValue(await cookies())));

/** The signed-in user of this request (memoised per request), or null. */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => resolveSessionUser(await getSessionClaims()));

type TGateOptions = {
  allowPendingPasswordChange?: boolean;
  /** The second-factor step ("pending") or enrolment ("enrol") pages: the one state they serve. */
  allowSecondFactor?: "pending" | "enrol";
};

/** Where a session that has not passed the second factor must go: nowhere else. */
export const SECOND_FACTOR_PATHS = { pending: "/login/second-factor", enrol: "/login/enrol" } as const;

/**
 * For pages: the signed-in user, or a redirect to the sign-in page, to the second factor (code, or
 * enrolment when the policy requires one the user lacks), or to the forced password change.
 */
export async function requireUser(options: TGateOptions = {}): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if ((user.secondFactor === "pending" || user.secondFactor === "enrol") && options.allowSecondFactor !== user.secondFactor) {
    redirect(SECOND_FACTOR_PATHS[user.secondFactor]);
  }
  if (user.mustChangePassword && !options.allowPendingPasswordChange && !options.allowSecondFactor) redirect("/account/password");
  return user;
}

/** For pages: like requireUser, and a 404 when the role lacks the permission (nothing leaked). */
export async function requirePagePermission(permission: TPermission): Promise<TCurrentUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) notFound();
  return user;
}

/**
 * For actions and route handlers: the signed-in user or an `unauthenticated` error. A session that has
 * not passed the second factor, and a user who must still replace a one-time password, may do nothing else.
 */
export async function requireActor(options: TGateOptions = {}): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "errors.unauthenticated");
  // A session past the password only, not the second factor, is not signed in yet (issue 16, point 1).
  if ((user.secondFactor === "pending" || user.secondFactor === "enrol") && options.allowSecondFactor !== user.secondFactor) {
    throw new AppError("unauthenticated", user.secondFactor === "pending" ? "errors.secondFactorPending" : "errors.secondFactorEnrolRequired");
  }
  if (user.mustChangePassword && !options.allowPendingPasswordChange && !options.allowSecondFactor) {
    throw new AppError("forbidden", "errors.passwordChangeRequired");
  }
  return user;
}
