import "server-only";

import { requireApiActor } from "@/lib/api-tokens/authenticate";
import type { TApiTokenScope } from "@/lib/api-tokens/scopes";
import type { TCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

import { createRateLimiter } from "./rate-limit";
import { BodyTooLargeError, readBodyText } from "./read-body";

/** Requests per account per minute on /api/v1, whether by session or by token (ADR 0034). */
export const apiRateLimiter = createRateLimiter({ limit: () => env().API_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 });

/**
 * The first steps of every /api/v1 handler: the caller (token or session) and its rate limit.
 * Throws AppError: unauthenticated (401), forbidden (403), throttled (429, details.retryAfterSeconds).
 */
export async function startApiRequest(request: Request, scope: TApiTokenScope): Promise<TCurrentUser> {
  const actor = await requireApiActor(request, scope);
  const decision = apiRateLimiter.take(actor.id);
  if (!decision.ok) {
    throw new AppError("throttled", "apiTokens.errors.rateLimited", { details: { retryAfterSeconds: decision.retryAfterSeconds } });
  }
  return actor;
}

/** The request body as text, at most API_MAX_BODY_BYTES (PayloadTooLargeError, answered 413, above). */
export async function readApiBody(request: Request): Promise<string> {
  try {
    return await readBodyText(request, env().API_MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new PayloadTooLargeError(error.maxBytes);
    throw error;
  }
}

export class PayloadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`request body over ${maxBytes} bytes`);
    this.name = "PayloadTooLargeError";
  }
}
