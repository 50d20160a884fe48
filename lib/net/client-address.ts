import "server-only";

import { timingSafeEqual } from "node:crypto";

import { logger } from "@/lib/logger";
import { CLIENT_ADDRESS_HEADER, CLIENT_TOKEN_ENV, CLIENT_TOKEN_HEADER } from "@/scripts/lib/client-address.mjs";

/** The one shared throttle bucket of every request whose address the app cannot trust. */
export const UNKNOWN_CLIENT = "unknown";

let hasWarned = false;

function warnOnce(reason: string): void {
  if (hasWarned) return;
  hasWarned = true;
  logger.warn(
    { event: "client_address.untrusted", reason },
    "client address unknown: the app is not running behind scripts/server.mjs, every client shares one throttle bucket",
  );
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The client address computed by scripts/server.mjs from the socket (and TRUSTED_PROXY_HOPS), or
 * "unknown" when the request did not come through it. Invariant: a client can never choose its own
 * address: the header is only believed with the server's per-boot token, which the server deletes
 * from and re-sets on every request. Only ever used for throttling, never stored or logged.
 */
export function clientAddress(headers: Pick<Headers, "get">): string {
  const expected = process.env[CLIENT_TOKEN_ENV];
  if (!expected) {
    warnOnce("no_token");
    return UNKNOWN_CLIENT;
  }
  const token = headers.get(CLIENT_TOKEN_HEADER);
  const address = headers.get(CLIENT_ADDRESS_HEADER);
  if (!token || !address || !sameToken(token, expected)) {
    warnOnce("header_missing");
    return UNKNOWN_CLIENT;
  }
  return address;
}
