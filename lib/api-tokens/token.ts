import "server-only";

import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "vgt_";

/**
 * A personal API token: "vgt_" and 32 random bytes in base64url. Only its SHA-256 is stored
 * (api_tokens.token_hash). Invariant: the token is never logged, audited or stored in clear.
 */
export function generateApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isApiTokenShape(value: string): boolean {
  return /^vgt_[A-Za-z0-9_-]{43}$/.test(value);
}
