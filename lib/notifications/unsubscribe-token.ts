import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { NOTIFICATION_EVENTS, type TNotificationEvent } from "./events";

/** What an unsubscribe link stops: one event's e-mails, or the daily digest. */
export type TUnsubscribeScope = TNotificationEvent | "digest";

const SCOPES: readonly string[] = [...NOTIFICATION_EVENTS, "digest"];

function mac(secret: string, userId: string, scope: string): Buffer {
  return createHmac("sha256", secret).update(`vigie:unsubscribe:${userId}:${scope}`).digest().subarray(0, 18);
}

/**
 * The token of an e-mail's List-Unsubscribe link: the user, the scope and an HMAC with AUTH_SECRET,
 * so the link works without signing in (RFC 8058 one-click) and cannot be forged for someone else.
 */
export function unsubscribeToken(secret: string, userId: string, scope: TUnsubscribeScope): string {
  return `${userId}.${scope}.${mac(secret, userId, scope).toString("base64url")}`;
}

export function readUnsubscribeToken(secret: string, token: string): { userId: string; scope: TUnsubscribeScope } | null {
  const [userId, scope, signature, ...rest] = token.split(".");
  if (!userId || !scope || !signature || rest.length > 0 || !SCOPES.includes(scope)) return null;
  if (!/^[0-9a-f-]{36}$/.test(userId)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(secret, userId, scope);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, scope: scope as TUnsubscribeScope };
}
