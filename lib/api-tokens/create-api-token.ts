import "server-only";

import type { TCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/authz/guard";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

import type { TCreateApiToken } from "./schemas";
import { MAX_ACTIVE_TOKENS, scopesForRole } from "./scopes";
import { generateApiToken, hashApiToken } from "./token";
import { actingFor } from "@/lib/db-context";

const DAY_MS = 86_400_000;

/**
 * Creates a personal API token for the actor and returns it once (only its hash is kept). Scopes the
 * role cannot use are refused; the audit row names the token's id, scopes and end, never the secret.
 */
export const createApiToken = actingFor(async function createApiToken(actor: TCurrentUser, input: TCreateApiToken, now: Date = new Date()): Promise<{ id: string; token: string }> {
  assertCan(actor, "account:update-own");
  const allowed = scopesForRole(actor.role);
  if (input.scopes.some((scope) => !allowed.includes(scope))) {
    throw new AppError("invalid", "apiTokens.errors.scopeNotAllowed", { field: "scopes" });
  }
  const token = generateApiToken();
  const expiresAt = new Date(now.getTime() + input.lifetimeDays * DAY_MS);
  const scopes = [...new Set(input.scopes)];
  const id = await prisma.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null, expiresAt: { gt: now } } });
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError("conflict", "apiTokens.errors.tooMany");
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, tokenHash: hashApiToken(token), scopes, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "api_token.create",
      entityType: "api_token",
      entityId: created.id,
      changes: { scopes: { before: null, after: scopes }, expiresAt: { before: null, after: expiresAt.toISOString() } },
    });
    return created.id;
  });
  return { id, token };
});
