import "server-only";

import { requireActor, type TCurrentUser } from "@/lib/auth/session";
import { todayInParis, toCalendarDate, fromCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

import type { TApiTokenScope } from "./scopes";
import { hashApiToken, isApiTokenShape } from "./token";

/**
 * The caller of an /api/v1 route: `Authorization: Bearer vgt_…` when the header is present, the
 * browser session otherwise. Invariant: a token opens nothing once revoked, expired, or its owner
 * deactivated or awaiting a password change, and nothing outside its scopes; its rights are never more
 * than its owner's role's (the route checks the role as for a session). Each use is audited
 * (api_token.use, the token's id): never the secret.
 */
export async function requireApiActor(request: Request, scope: TApiTokenScope, now: Date = new Date()): Promise<TCurrentUser> {
  const header = request.headers.get("authorization");
  if (header === null) return requireActor();
  const secret = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (!secret || !isApiTokenShape(secret)) throw new AppError("unauthenticated", "apiTokens.errors.invalid");
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedOn: true,
      user: { select: { id: true, email: true, name: true, role: true, unionId: true, mustChangePassword: true, deactivatedAt: true, employers: { select: { employerId: true } } } },
    },
  });
  if (!token || token.user.deactivatedAt) throw new AppError("unauthenticated", "apiTokens.errors.invalid");
  if (token.revokedAt) throw new AppError("unauthenticated", "apiTokens.errors.revoked");
  if (token.expiresAt <= now) throw new AppError("unauthenticated", "apiTokens.errors.expired");
  if (token.user.mustChangePassword) throw new AppError("forbidden", "errors.passwordChangeRequired");
  if (!token.scopes.includes(scope)) throw new AppError("forbidden", "apiTokens.errors.scope");
  const today = todayInParis(now);
  await prisma.$transaction([
    prisma.auditEvent.create({ data: { actorId: token.user.id, action: "api_token.use", entityType: "api_token", entityId: token.id, changes: {} } }),
    ...(toCalendarDate(token.lastUsedOn) === today
      ? []
      : [prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedOn: fromCalendarDate(today) }, select: { id: true } })]),
  ]);
  return {
    id: token.user.id,
    email: token.user.email,
    name: token.user.name,
    role: token.user.role,
    unionId: token.user.unionId,
    mustChangePassword: false,
    employerIds: token.user.employers.map((assignment) => assignment.employerId),
    // NOTE: no browser session behind a token; nothing on the API path reads this id.
    sessionId: `api-token:${token.id}`,
    // A token is made on the account page, which a session past its second factor only reaches (ADR 0031);
    // never a step-up: actions that ask for a recent code stay refused to tokens.
    secondFactor: "verified",
    secondFactorAt: null,
  };
}
