import "server-only";

import { createTranslator } from "next-intl";

import { PayloadTooLargeError } from "@/lib/api/pipeline";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { MESSAGES } from "@/messages";

// NOTE: MESSAGES is typed Record<string, unknown>; this cast only widens the keys to string.
const t = createTranslator({ locale: "fr", messages: MESSAGES.fr as Record<string, string> });

const HEADERS = { "Cache-Control": "private, no-store" };

/** A JSON API error: a stable code for scripts and the French message for people. */
export function apiError(status: number, code: string, messageKey: string, values?: Record<string, string | number>, headers: Record<string, string> = {}): Response {
  return Response.json({ error: code, message: t(messageKey, values) }, { status, headers: { ...HEADERS, ...headers } });
}

const CODES: Record<string, string> = {
  "apiTokens.errors.invalid": "invalid_token",
  "apiTokens.errors.revoked": "token_revoked",
  "apiTokens.errors.expired": "token_expired",
  "apiTokens.errors.scope": "insufficient_scope",
  "errors.notFound": "not_found",
};

/** Expected errors as their status and French message; anything else is logged and answered 500. */
export function apiErrorFrom(error: unknown): Response {
  if (error instanceof PayloadTooLargeError) {
    return apiError(413, "payload_too_large", "apiTokens.errors.bodyTooLarge", { megabytes: Math.floor(error.maxBytes / 1_048_576 * 10) / 10 });
  }
  if (error instanceof AppError && error.code === "throttled") {
    const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
    return apiError(429, "rate_limited", error.messageKey, { seconds }, { "Retry-After": String(seconds) });
  }
  if (error instanceof AppError) {
    const headers: Record<string, string> = error.status === 401 ? { "WWW-Authenticate": 'Bearer realm="vigie-ia"' } : {};
    // A foreign id answers like a missing one: same code, same message.
    return apiError(error.status, CODES[error.messageKey] ?? error.code, error.messageKey, undefined, headers);
  }
  logger.error({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, "api request failed");
  return apiError(500, "internal_error", "errors.unexpected");
}
