import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { toCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";
import { prisma } from "@/lib/db";

import { scopesForRole, type TApiTokenScope } from "./scopes";
import { actingFor } from "@/lib/db-context";

export type TApiTokenView = {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedOn: TCalendarDate | null;
  isExpired: boolean;
};

/** The actor's own tokens that are not revoked, newest first (never their hash). */
export const listOwnApiTokens = actingFor(async function listOwnApiTokens(actor: TCurrentUser, now: Date = new Date()): Promise<{ tokens: TApiTokenView[]; scopes: TApiTokenScope[] }> {
  const rows = await prisma.apiToken.findMany({
    where: { userId: actor.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, scopes: true, createdAt: true, expiresAt: true, lastUsedOn: true },
  });
  return {
    scopes: scopesForRole(actor.role),
    tokens: rows.map((row) => ({
      id: row.id,
      name: row.name,
      scopes: row.scopes,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      lastUsedOn: toCalendarDate(row.lastUsedOn),
      isExpired: row.expiresAt <= now,
    })),
  };
});
