/**
 * How fast the dashboards answer, against the built app on a seeded database (README, "Scale data and
 * benchmark"):
 *
 *   npm run bench:dashboards -- --url http://localhost:3400 [--email admin@vigie.test --password …] [--runs 100] [--warmup 30]
 *
 * For the sector dashboard, the largest employer's dashboard and the case list filtered on one of its
 * figures, prints: server time over HTTP (p50 / p95 of --runs sequential requests after --warmup ones), the
 * time of the SQL that computes the same figures from the case tables, run directly on the same
 * DATABASE_URL in the same run (each request followed by one run of its SQL), and the ratio of the two; the sequential scans each page caused on the
 * large tables (pg_stat_user_tables, expected 0: no full scan per request); and the first-load
 * JavaScript of each page (every /_next/static script the page's HTML names, gzip-compressed here).
 * A benchmark prints figures; it asserts nothing.
 */
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";

import { z } from "zod";

import { allowServerOnly } from "./lib/allow-server-only";
import { cookieHeader, signIn, type TCookieJar } from "./lib/http-session";

allowServerOnly();
const { disconnectDb, getPool, prisma } = await import("@/lib/db");
const { runAsSystem } = await import("@/lib/db-context");
const sql = await import("@/lib/dashboards/sql");
const { ensureDashboardStats } = await import("@/lib/dashboards/refresh");
const { listCases } = await import("@/lib/deployments/list");
const { parseCaseListQuery } = await import("@/lib/deployments/list-schemas");
const { todayInParis, addDays, fromCalendarDate } = await import("@/lib/consultations/calendar-date");

const ZArgs = z.object({
  url: z.url(),
  email: z.email().default("admin@vigie.test"),
  password: z.string().min(1).default("Demo-Vigie-2026!"),
  runs: z.coerce.number().int().min(1).max(1000).default(100),
  warmup: z.coerce.number().int().min(1).max(1000).default(30),
});

/** Tables large enough that a sequential scan per request would not scale. */
const LARGE_TABLES = ["deployments", "consultations", "case_deadlines", "case_events", "member_reports", "case_flags", "case_rollouts", "employer_breakdowns", "sector_reach"];

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

type TSummary = { p50: number; p95: number };
function summarise(samples: readonly number[]): TSummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

/**
 * p50/p95 of the page and of its SQL over `runs` sequential runs each, after `warmup` runs of both (the
 * JIT, the pools and the caches settle first). Interleaved, one page then its SQL: on a shared machine
 * whose speed drifts, both are measured under the same conditions, so their ratio compares like with like.
 */
async function measurePair(runs: number, warmup: number, page: () => Promise<unknown>, raw: () => Promise<unknown>): Promise<{ server: TSummary; raw: TSummary }> {
  for (let run = 0; run < warmup; run += 1) {
    await page();
    await raw();
  }
  const samples = { server: [] as number[], raw: [] as number[] };
  for (let run = 0; run < runs; run += 1) {
    samples.server.push(await timed(page));
    samples.raw.push(await timed(raw));
  }
  return { server: summarise(samples.server), raw: summarise(samples.raw) };
}

async function fetchPage(base: string, jar: TCookieJar, path: string): Promise<string> {
  const response = await fetch(`${base}${path}`, { headers: { Cookie: cookieHeader(jar) }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${path} → HTTP ${response.status}`);
  return html;
}

/** Sum of the gzip sizes of every script the page's HTML names (tags, preloads and the flight data). */
async function firstLoadJs(base: string, html: string): Promise<{ kB: number; files: number }> {
  const paths = new Set([...html.matchAll(/\/_next\/static\/[^"'\s\\)]+?\.js/g)].map((match) => match[0]));
  let bytes = 0;
  for (const path of paths) {
    const response = await fetch(`${base}${path}`);
    if (!response.ok) continue;
    bytes += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return { kB: bytes / 1000, files: paths.size };
}

/**
 * Every script Chromium fetches for the page until the network is idle (the charts' lazily loaded
 * recharts chunk included), gzip-compressed here; null when no Chromium is found (CHROMIUM_PATH,
 * /usr/bin/chromium).
 */
async function allScriptsInBrowser(base: string, jar: TCookieJar, paths: readonly string[]): Promise<Map<string, number> | null> {
  const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((path) => path && existsSync(path));
  if (!executablePath) return null;
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    const { hostname } = new URL(base);
    await context.addCookies([...jar].map(([name, value]) => ({ name, value, domain: hostname, path: "/" })));
    const sizes = new Map<string, number>();
    for (const path of paths) {
      const page = await context.newPage();
      let bytes = 0;
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        void response.body().then((body) => (bytes += gzipSync(body).length), () => undefined);
      });
      await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
      await page.waitForTimeout(500);
      sizes.set(path, bytes / 1000);
      await page.close();
    }
    return sizes;
  } finally {
    await browser.close();
  }
}

async function seqScans(): Promise<Map<string, number>> {
  const { rows } = await getPool().query<{ relname: string; seq_scan: string }>(
    `SELECT relname, seq_scan FROM pg_stat_user_tables WHERE relname = ANY($1)`,
    [LARGE_TABLES],
  );
  return new Map(rows.map((row) => [row.relname, Number(row.seq_scan)]));
}

/** Backends report their statistics at most once a second: wait for them, then read afresh. */
async function settledSeqScans(): Promise<Map<string, number>> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await getPool().query("SELECT pg_stat_clear_snapshot()");
  return seqScans();
}

/** Sequential scans of the large tables caused by `task` (nothing else runs on this database meanwhile). */
async function scansDuring(task: () => Promise<unknown>): Promise<string> {
  const before = await settledSeqScans();
  await task();
  const after = await settledSeqScans();
  const grown = LARGE_TABLES.filter((table) => (after.get(table) ?? 0) > (before.get(table) ?? 0)).map((table) => `${table} +${(after.get(table) ?? 0) - (before.get(table) ?? 0)}`);
  return grown.length === 0 ? "aucun" : grown.join(", ");
}

const ms = (value: number) => value.toFixed(1).padStart(7);

async function main() {
  const { values } = parseArgs({ options: { url: { type: "string" }, email: { type: "string" }, password: { type: "string" }, runs: { type: "string" }, warmup: { type: "string" } } });
  const { url, email, password, runs, warmup } = ZArgs.parse(values);
  const base = url.replace(/\/$/, "");
  const jar = await signIn(base, email, password);
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true, unionId: true, mustChangePassword: true, employers: { select: { employerId: true } } } });
  const actor = { ...user, employerIds: user.employers.map((assignment) => assignment.employerId), sessionId: "benchmark", secondFactor: "verified" as const, secondFactorAt: new Date() };
  await ensureDashboardStats();

  const [volumes] = await prisma.$queryRaw<{ employers: number; cases: number; reports: number; events: number }[]>`
    SELECT (SELECT count(*) FROM employers)::int AS employers, (SELECT count(*) FROM deployments)::int AS cases,
           (SELECT count(*) FROM member_reports)::int AS reports, (SELECT count(*) FROM case_events)::int AS events`;
  const [large] = await prisma.$queryRaw<{ id: string; name: string; cases: number }[]>`
    SELECT e.id, e.legal_name AS name, count(*)::int AS cases FROM deployments d JOIN employers e ON e.id = d.employer_id
     GROUP BY e.id, e.legal_name ORDER BY count(*) DESC, e.id LIMIT 1`;
  if (!large) throw new Error("Base vide : lancez d'abord npm run seed:scale / empty database: run npm run seed:scale first");
  const today = todayInParis();
  const employer = { ids: [large.id] };

  const pages = [
    {
      label: "tableau du secteur",
      path: "/dashboards",
      raw: () =>
        Promise.all([
          prisma.$queryRaw(sql.statsQuery("all", today, { periods: false })),
          prisma.$queryRaw(sql.reachQuery()),
        ]),
    },
    {
      label: `employeur (${large.cases} dossiers)`,
      path: `/dashboards/employers/${large.id}`,
      raw: () =>
        Promise.all([
          prisma.$queryRaw(sql.statsQuery(employer, today, { periods: false })),
          prisma.$queryRaw(sql.staticBreakdownQuery(employer)),
          prisma.$queryRaw(sql.flagBreakdownQuery(employer)),
          prisma.memberReport.count({ where: { employerId: large.id, submittedOn: { gte: fromCalendarDate(addDays(today, -89)) }, status: { not: "duplicate" } } }),
        ]),
    },
    {
      label: "liste filtrée (utilisé avant)",
      path: `/cases?employer=${large.id}&figure=live_first`,
      raw: () => listCases(actor, parseCaseListQuery({ employer: large.id, figure: "live_first" }).query),
    },
  ];

  console.log(`Volumes : ${volumes!.employers} employeurs, ${volumes!.cases} dossiers, ${volumes!.reports} signalements, ${volumes!.events} événements.`);
  console.log(`Employeur le plus grand : ${large.name} (${large.cases} dossiers). ${runs} mesures par page, en ms, après ${warmup} d'échauffement.`);
  const browserJs = await allScriptsInBrowser(base, jar, pages.map((page) => page.path));
  console.log(`${"page".padEnd(32)} ${"serveur p50".padStart(11)} ${"p95".padStart(7)}   ${"SQL p50".padStart(7)} ${"p95".padStart(7)}   ${"ratio p50".padStart(9)} ${"p95".padStart(5)}   ${"JS HTML".padStart(9)} ${"JS total".padStart(9)}   parcours séquentiels (grandes tables)`);
  for (const page of pages) {
    const html = await fetchPage(base, jar, page.path);
    const scans = await scansDuring(async () => {
      for (let run = 0; run < 5; run += 1) await fetchPage(base, jar, page.path);
    });
    const { server, raw } = await measurePair(runs, warmup, () => fetchPage(base, jar, page.path), page.raw);
    const js = await firstLoadJs(base, html);
    console.log(
      `${page.label.padEnd(32)} ${ms(server.p50).padStart(11)} ${ms(server.p95)}   ${ms(raw.p50)} ${ms(raw.p95)}   ${(server.p50 / raw.p50).toFixed(2).padStart(9)} ${(server.p95 / raw.p95).toFixed(2).padStart(5)}   ${`${js.kB.toFixed(1)} kB`.padStart(9)} ${(browserJs ? `${browserJs.get(page.path)!.toFixed(1)} kB` : "—").padStart(9)}   ${scans}`,
    );
  }
  console.log("SQL : les mêmes chiffres calculés depuis les tables des dossiers (sans les agrégats) ; pour la liste, listCases() appelé directement.");
  console.log("JS HTML : scripts que nomme la page (premier chargement, gzip) ; JS total : tout ce que Chromium charge, graphiques compris.");
}

// Maintenance and benchmarks work for every union (row-level security, ADR 0037).
runAsSystem(main)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
