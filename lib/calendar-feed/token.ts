import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { env } from "@/lib/env";

/**
 * The secret of a calendar feed URL: 32 random bytes in base64url (43 characters). Only its SHA-256
 * is stored (calendar_feeds.token_hash): the URL is shown once, and a leaked database does not give
 * anyone a working feed. Invariant: the token is never logged, audited or stored in clear.
 */
export function generateFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Anything else cannot be a token: answered 404 without a database read. */
export function isFeedTokenShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** The subscription URL, on the app's public address (APP_URL). */
export function feedUrl(token: string): string {
  return `${env().APP_URL.replace(/\/+$/, "")}/api/calendar/${token}.ics`;
}
