/**
 * How fast the case list answers, seen by a browser and seen by the database layer:
 *
 *   npm run bench:cases -- --url http://localhost:3100 --email admin@vigie.test --password … [--runs 30]
 *   DATABASE_URL=… npm run bench:cases -- --email rep@… [--runs 30]     # listCases() only, no HTTP
 *
 * Signs in through Auth.js's credentials flow (csrf token, then callback, keeping the cookies), requests
 * a few filtered /cases pages --runs times each, then times listCases() for the same queries directly
 * on DATABASE_URL (as the same user). Prints p50 / p95 / max per query and overall. A benchmark prints
 * figures; it asserts nothing. Run it against a production build (`next build` + `next start`), not dev.
 */
import { register } from "node:module";
import { parseArgs } from "node:util";

import { z } from "zod";

import type { TCurrentUser } from "@/lib/auth/session";
import { parseCaseListQuery } from "@/lib/deployments/list-schemas";
import { cookieHeader, signIn, type TCookieJar } from "./lib/http-session";

// NOTE: lib/'s data layer starts with `import "server-only"`, a package only Next.js's bundler provides.
// This script is server code too: resolve it to an empty module (as vitest's alias does), then load lib/.
const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`);
const { disconnectDb, prisma } = await import("@/lib/db");
const { runAsSystem } = await import("@/lib/db-context");
const { getCaseListOptions, listCases } = await import("@/lib/deployments/list");

const QUERIES: readonly { label: string; params: string }[] = [
  { label: "défaut (mis à jour ↓)", params: "" },
  { label: "statut", params: "status=consultation_open" },
  { label: "échéance dépassée", params: "deadline=overdue" },
  { label: "recherche texte", params: "q=copilot" },
  { label: "secteur + tri employeur", params: "sector=assurance&sort=employer" },
  { label: "tri prochaine échéance", params: "sort=deadline" },
  { label: "page 40", params: "page=40" },
];

const ZArgs = z.object({
  url: z.url().optional(),
  email: z.email(),
  password: z.string().min(1).optional(),
  runs: z.coerce.number().int().min(1).max(1000).default(30),
});


async function time(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function summary(samples: readonly number[]): string {
  if (samples.length === 0) return "      —       —       —";
  const sorted = [...samples].sort((a, b) => a - b);
  const ms = (value: number) => value.toFixed(1).padStart(7);
  return `${ms(percentile(sorted, 0.5))} ${ms(percentile(sorted, 0.95))} ${ms(sorted[sorted.length - 1]!)}`;
}

/** Runs `task` once to warm caches and connections, then `runs` times, measured. */
async function measure(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  await task();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await time(task));
  return samples;
}

async function fetchPage(base: string, jar: TCookieJar, params: string): Promise<void> {
  const response = await fetch(`${base}/cases${params ? `?${params}` : ""}`, { headers: { Cookie: cookieHeader(jar) }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`/cases?${params} → HTTP ${response.status}`);
}

/** The signed-in user as the pages see it, read the way lib/auth/session.ts reads it. */
async function loadActor(email: string): Promise<TCurrentUser> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, unionId: true, mustChangePassword: true, employers: { select: { employerId: true } } },
  });
  return { ...user, employerIds: user.employers.map((assignment) => assignment.employerId), sessionId: "benchmark", secondFactor: "verified" as const, secondFactorAt: new Date() };
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: "string" }, email: { type: "string" }, password: { type: "string" }, runs: { type: "string" } } });
  const { url, email, password, runs } = ZArgs.parse(values);
  // Without --url, the data layer only: e.g. the same run as the owner (no row-level security) and as
  // vigie_app, to read what row-level security costs listCases (issue 15).
  const base = url?.replace(/\/$/, "");
  const jar = base ? await signIn(base, email, password ?? "") : undefined;
  const actor = await loadActor(email);
  const all = { http: [] as number[], db: [] as number[] };

  console.log(`${runs} mesures par requête, en ms — ${email} (${actor.role})`);
  console.log(`${"requête".padEnd(26)} ${"lignes".padStart(7)}  ${"HTTP p50     p95     max".padStart(23)}   ${"listCases p50 p95     max".padStart(23)}`);
  for (const { label, params } of QUERIES) {
    const query = parseCaseListQuery(new URLSearchParams(params)).query;
    const http = base && jar ? await measure(runs, () => fetchPage(base, jar, params)) : [];
    const db = await measure(runs, () => listCases(actor, query));
    const { total } = await listCases(actor, query);
    all.http.push(...http);
    all.db.push(...db);
    console.log(`${label.padEnd(26)} ${String(total).padStart(7)}  ${summary(http)}   ${summary(db)}`);
  }
  console.log(`${"ensemble".padEnd(26)} ${"".padStart(7)}  ${summary(all.http)}   ${summary(all.db)}`);
  console.log(`options du formulaire (getCaseListOptions) : ${summary(await measure(runs, () => getCaseListOptions(actor)))}`);
}

// Maintenance and benchmarks work for every union (row-level security, ADR 0037).
runAsSystem(main)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
