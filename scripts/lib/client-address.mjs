/**
 * The client address the custom server (scripts/server.mjs) hands to the app, as pure functions.
 *
 * Invariant: the address comes from the TCP socket, or from X-Forwarded-For entries appended by proxies
 * the operator declared (TRUSTED_PROXY_HOPS), never from what the client wrote itself. The leftmost
 * X-Forwarded-For entry is chosen by the client and is only used when every entry is a trusted hop's.
 */

/** Header set by scripts/server.mjs with the client address; any value a client sends is deleted. */
export const CLIENT_ADDRESS_HEADER = "x-vigie-client-address";
/** Header set by scripts/server.mjs with its per-boot token, so that the app knows the address is its own. */
export const CLIENT_TOKEN_HEADER = "x-vigie-client-token";
/** Environment variable that carries the per-boot token from scripts/server.mjs to the app. */
export const CLIENT_TOKEN_ENV = "VIGIE_CLIENT_TOKEN";

/**
 * The client address with Express's "trust proxy N" semantics: the socket address is appended to the
 * X-Forwarded-For list, and the address `hops` places from the right is the client. With fewer entries
 * than hops, the leftmost present. `hops` = 0: the socket address, whatever the header says.
 *
 * @param {string | undefined} socketAddress  req.socket.remoteAddress
 * @param {string | string[] | undefined} forwardedFor  the X-Forwarded-For header(s)
 * @param {number} hops  proxies in front of the app that append to X-Forwarded-For
 * @returns {string} the address, or "unknown" when there is none
 */
export function selectClientAddress(socketAddress, forwardedFor, hops) {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const chain = [...forwarded, socketAddress || "unknown"];
  const index = Math.max(0, chain.length - 1 - hops);
  return chain[index] ?? "unknown";
}

/**
 * TRUSTED_PROXY_HOPS: a whole number from 0 to 10, 0 when unset or empty.
 *
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseTrustedProxyHops(value) {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS : nombre entier de 0 à 10 attendu / expected a whole number from 0 to 10, got "${value}"`);
  }
  return hops;
}
