#!/usr/bin/env node
/**
 * The HTTP server of the app: Next's request handler behind node:http, so that the app learns the real
 * client address (Next itself only passes on X-Forwarded-For, which the client writes). scripts/start.mjs
 * runs it; on its own: `node scripts/server.mjs [--dev] [-p PORT]` (needs the env start.mjs sets).
 *
 * For every request it deletes any incoming x-vigie-client-address / x-vigie-client-token and sets them:
 * the address from the socket, or TRUSTED_PROXY_HOPS places from the right of X-Forwarded-For
 * (scripts/lib/client-address.mjs), and a random token made at boot and shared with the app through
 * process.env.VIGIE_CLIENT_TOKEN. lib/net/client-address.ts believes the address only with that token.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_TOKEN_ENV,
  CLIENT_TOKEN_HEADER,
  parseTrustedProxyHops,
  selectClientAddress,
} from "./lib/client-address.mjs";
import { listenHosts } from "./lib/listen-hosts.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");

const { values } = parseArgs({ options: { dev: { type: "boolean", default: false }, port: { type: "string", short: "p" } } });
const isDev = values.dev;
const port = Number(values.port || process.env.PORT || 3000);
const hops = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);

// Set before Next loads: like `next start` / `next dev`, and so the app reads the token from its first request.
process.env.NODE_ENV = isDev ? "development" : "production";
const token = randomBytes(32).toString("base64url");
process.env[CLIENT_TOKEN_ENV] = token;

const { default: next } = await import("next");
const app = next({ dev: isDev, dir: ROOT, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

function onRequest(req, res) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  delete req.headers[CLIENT_TOKEN_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = selectClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  req.headers[CLIENT_TOKEN_HEADER] = token;
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
}

// The loopback only unless HOST is set (scripts/lib/listen-hosts.mjs): one server per address.
const { hosts, optional } = listenHosts(process.env);
const servers = await Promise.all(
  hosts.map(
    (host) =>
      new Promise((resolve) => {
        const server = http.createServer(onRequest);
        server.once("error", (error) => {
          // No IPv6 loopback on this machine: 127.0.0.1 is enough.
          if (optional.includes(host) && ["EADDRNOTAVAIL", "EAFNOSUPPORT"].includes(error.code)) return resolve(null);
          console.error(error);
          process.exit(1);
        });
        server.listen(port, host, () => resolve(server));
      }),
  ),
);
const listening = servers.filter(Boolean);
console.log(
  `[vigie] Next ${isDev ? "dev" : "start"} on ${hosts.filter((_, index) => servers[index]).join(", ")} port ${port}` +
    `${hops > 0 ? `, ${hops} trusted proxy hop(s)` : ""}`,
);

let isStopping = false;
async function stop() {
  if (isStopping) return;
  isStopping = true;
  setTimeout(() => process.exit(0), 10_000).unref();
  for (const server of listening) server.closeIdleConnections?.();
  await Promise.all(listening.map((server) => new Promise((resolve) => server.close(resolve))));
  await app.close();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, stop);
