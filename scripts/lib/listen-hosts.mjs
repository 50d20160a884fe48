/**
 * Where scripts/server.mjs listens (issue 16, point 4): the loopback only unless HOST says otherwise, so
 * a default start over plain HTTP is never reachable from the network. To serve others, put a TLS proxy
 * in front (APP_URL=https://…, TRUSTED_PROXY_HOPS=1) and set HOST to the address it reaches the app on.
 * @param {Record<string, string | undefined>} env
 * @returns {{ hosts: string[], optional: string[] }} `optional`: hosts whose absence (no IPv6) is fine.
 */
export function listenHosts(env) {
  const host = env.HOST?.trim();
  if (host) return { hosts: [host], optional: [] };
  return { hosts: ["127.0.0.1", "::1"], optional: ["::1"] };
}
