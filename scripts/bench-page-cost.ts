/**
 * The fixed cost of a signed-in page against the framework's floor, and the cost of row-level security
 * (issue 21.1, issue 15), measured in one run on this machine:
 *
 *   npm run build
 *   AUTH_SECRET=… REPORT_ENCRYPTION_KEY=… VIGIE_APP_PASSWORD=… npm run bench:page-cost -- \
 *     --owner-url postgresql://postgres@127.0.0.1:5432/vigie_bench [--runs 300] [--warmup 50] [--port 3404]
 *
 * The database must be migrated and seeded (`npm run db:migrate && npm run db:seed`). The script lets
 * vigie_app sign in with VIGIE_APP_PASSWORD (a cluster-wide role: on a shared server, use the password the
 * other installs use), opens a session for the bank's demo rep straight in the database (second factor
 * passed), starts the production server once as vigie_app with BENCH_ROUTES=true, then requests, in turn:
 *   /bench/floor  a dynamic page behind the same proxy and session token, nothing of the app (the floor;
 *                 the root layout is the app's and cannot be left out);
 *   /bench/blank  an empty page in the working pages' layout: session re-read, layout, messages;
 *   --pages …     any other pages, e.g. /notifications.
 * Then times one list query (the union's 50 latest cases) three ways, interleaved: as the tables' owner
 * (no row-level security, explicit union filter), as vigie_app with its context already set on the
 * connection (the policies' cost), and as vigie_app setting the context before each statement (policies
 * plus the separate set_config round trip lib/db.ts sends when a connection's context changes).
 * A benchmark prints figures; it asserts nothing.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";

import { encode } from "next-auth/jwt";
import pg from "pg";
import { z } from "zod";

import { allowServerOnly } from "./lib/allow-server-only";
import { appDatabaseUrl, enableAppLogin } from "./lib/app-role.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const COOKIE = "authjs.session-token";

const ZArgs = z.object({
  ownerUrl: z.string().startsWith("postgresql://"),
  runs: z.coerce.number().int().min(10).max(10_000).default(300),
  warmup: z.coerce.number().int().min(0).max(1_000).default(50),
  port: z.coerce.number().int().min(1024).max(65_535).default(3404),
  email: z.email().default("rep.banque@vigie.test"),
  pages: z.string().default(""),
});

type TSummary = { p50: number; p95: number };
function summarise(samples: number[]): TSummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}
async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const { values } = parseArgs({
  options: { "owner-url": { type: "string" }, runs: { type: "string" }, warmup: { type: "string" }, port: { type: "string" }, email: { type: "string" }, pages: { type: "string" } },
});
const args = ZArgs.parse({ ...values, ownerUrl: values["owner-url"] });
const host = new URL(args.ownerUrl).hostname;
if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error("bench:page-cost refuses a non-local database");
const secret = process.env.AUTH_SECRET;
const appPassword = process.env.VIGIE_APP_PASSWORD;
if (!secret || !appPassword) throw new Error("set AUTH_SECRET and VIGIE_APP_PASSWORD");

allowServerOnly();
const { contextToken } = await import("@/lib/db-context");

// 1. The app role's login and a session of the demo rep, second factor passed.
await enableAppLogin(args.ownerUrl, appPassword);
const appUrl = appDatabaseUrl(args.ownerUrl, appPassword);
const owner = new pg.Client({ connectionString: args.ownerUrl });
await owner.connect();
const { rows: users } = await owner.query<{ id: string; session_version: number; union_id: string }>(
  "SELECT id, session_version, union_id FROM users WHERE email = $1 AND union_id IS NOT NULL",
  [args.email],
);
const user = users[0];
if (!user) throw new Error(`${args.email}: no such union account (seed the demo data)`);
const { rows: sessions } = await owner.query<{ id: string }>(
  `INSERT INTO user_sessions (id, user_id, session_version, device, created_at, expires_at, last_seen_on, second_factor_at)
   VALUES (gen_random_uuid(), $1, $2, 'bench:page-cost', now(), now() + interval '2 hours', (now() AT TIME ZONE 'Europe/Paris')::date, now())
   RETURNING id`,
  [user.id, user.session_version],
);
const token = await encode({ token: { sub: user.id, sid: sessions[0]!.id, sv: user.session_version }, secret, salt: COOKIE, maxAge: 2 * 3600 });
const cookie = `${COOKIE}=${token}`;

// 2. The production server, once, as vigie_app.
const base = `http://127.0.0.1:${args.port}`;
const server = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(args.port), "-H", "127.0.0.1"], {
  cwd: ROOT,
  env: { ...process.env, NODE_ENV: "production", DATABASE_URL: appUrl, BENCH_ROUTES: "true", JOBS_RUN_IN_APP: "false", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stopServer = () => server.kill("SIGTERM");
process.on("exit", stopServer);
for (let attempt = 0; ; attempt += 1) {
  const ready = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
  if (ready) break;
  if (attempt > 300) throw new Error("the server did not start");
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const htmlBytes = new Map<string, number>();
async function page(route: string, marker?: string): Promise<void> {
  const response = await fetch(`${base}${route}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const html = await response.text();
  htmlBytes.set(route, html.length);
  if (response.status !== 200) throw new Error(`${route} → HTTP ${response.status} ${response.headers.get("location") ?? ""}`);
  if (marker && !html.includes(marker)) throw new Error(`${route}: not the expected page`);
}

const routes: [string, () => Promise<void>][] = [
  ["/bench/floor (framework floor)", () => page("/bench/floor", ">floor<")],
  ["/bench/blank (signed-in, empty)", () => page("/bench/blank", ">blank<")],
  ...args.pages
    .split(",")
    .map((route) => route.trim())
    .filter(Boolean)
    .map((route): [string, () => Promise<void>] => [route, () => page(route)]),
];
const samples = routes.map(() => [] as number[]);
for (let run = 0; run < args.warmup + args.runs; run += 1) {
  for (const [index, [, request]] of routes.entries()) {
    const ms = await timed(request);
    if (run >= args.warmup) samples[index]!.push(ms);
  }
}
stopServer();

const cpu = (await import("node:os")).cpus()[0]?.model ?? "?";
console.log(`${(await import("node:os")).cpus().length} cores (${cpu}) · node ${process.version} · ${args.runs} rounds after ${args.warmup}, one request of each page per round`);
const floor = summarise(samples[0]!);
console.log(`${"page".padEnd(34)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)}  ${"p50 / floor".padStart(11)} ${"p95 / floor".padStart(11)}  HTML kB`);
for (const [index, [label]] of routes.entries()) {
  const summary = summarise(samples[index]!);
  console.log(
    `${label.padEnd(34)} ${summary.p50.toFixed(1).padStart(7)} ${summary.p95.toFixed(1).padStart(7)}  ${(summary.p50 / floor.p50).toFixed(2).padStart(11)} ${(summary.p95 / floor.p95).toFixed(2).padStart(11)}  ${((htmlBytes.get(label.split(" ")[0]!) ?? 0) / 1000).toFixed(1).padStart(7)}`,
  );
}

// 3. Row-level security: one list query, with and without it, interleaved.
const LIST = `SELECT id, local_name, phase, updated_at FROM deployments WHERE union_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 50`;
const app = new pg.Client({ connectionString: appUrl });
await app.connect();
const context = contextToken({ k: "union", u: user.union_id, id: user.id });
await app.query("SELECT set_config('vigie.ctx', $1, false)", [context]);
const [asOwner, asApp] = await Promise.all([owner.query(LIST, [user.union_id]), app.query(LIST, [user.union_id])]);
if (asOwner.rowCount !== asApp.rowCount) throw new Error(`RLS changed the result: ${asOwner.rowCount} rows as owner, ${asApp.rowCount} as vigie_app`);
const rls = { owner: [] as number[], policies: [] as number[], withContext: [] as number[] };
for (let run = 0; run < args.warmup + args.runs * 3; run += 1) {
  const ownerMs = await timed(() => owner.query(LIST, [user.union_id]));
  const policiesMs = await timed(() => app.query(LIST, [user.union_id]));
  const contextMs = await timed(async () => {
    await app.query("SELECT set_config('vigie.ctx', $1, false)", [context]);
    await app.query(LIST, [user.union_id]);
  });
  if (run < args.warmup) continue;
  rls.owner.push(ownerMs);
  rls.policies.push(policiesMs);
  rls.withContext.push(contextMs);
}
const ownerSummary = summarise(rls.owner);
console.log(`\nrow-level security on one list query (${asOwner.rowCount} rows of the union's cases), ${args.runs * 3} rounds`);
for (const [label, values] of [
  ["owner, no RLS (union filter in SQL)", rls.owner],
  ["vigie_app, RLS, context already set", rls.policies],
  ["vigie_app, RLS + set_config round trip", rls.withContext],
] as const) {
  const summary = summarise(values);
  console.log(`${label.padEnd(40)} p50 ${summary.p50.toFixed(3).padStart(7)} ms  p95 ${summary.p95.toFixed(3).padStart(7)} ms  p50 × ${(summary.p50 / ownerSummary.p50).toFixed(2)}`);
}
await owner.query("UPDATE user_sessions SET ended_at = now() WHERE id = $1", [sessions[0]!.id]);
await Promise.all([owner.end(), app.end()]);
process.exit(0);
