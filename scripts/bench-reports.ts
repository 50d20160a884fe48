/**
 * Anonymous report intake under load (issue 4, "Done when"), against a running built app:
 *
 *   DATABASE_URL=postgresql://…/same-db-as-the-app npm run bench:reports -- --url http://localhost:3400 \
 *     --email admin@vigie.test --password 'Demo-Vigie-2026!' [--rate 10] [--duration 60] [--rate-connections 2] \
 *     [--connections 20] [--flood-duration 30] [--sample-path /dashboards] [--sample-every 500]
 *
 * (a) --rate submissions per second for --duration seconds (POST /api/public/reports, spread over
 *     --rate-connections connections) → p50/p95/p99 latency and errors;
 * (b) --connections submitters flat out for --flood-duration seconds → throughput and errors.
 * In both, the waiting batch is written first (npm run reports:flush -- --now, with the app's spool and
 * keys: found as the app has them next to a local install, scripts/lib/local-install.mjs), then every
 * 201 answer's receipt is looked up in member_reports (DATABASE_URL) by its hash, which needs the app's
 * REPORT_RECEIPT_SALT (without it only counts are compared), and
 * a signed-in page (--sample-path, /cases when it does not answer 200) is fetched every --sample-every
 * ms to show that the app stays responsive. The intake throttle is per network (/24, 10 per hour by
 * default) and the app believes X-Forwarded-For only from trusted proxies: start the app with
 * TRUSTED_PROXY_HOPS=1 (this script plays the proxy) and REPORT_MAX_HASHES_PER_MINUTE (and, past 5,120
 * submissions an hour, REPORT_MAX_SUBMISSIONS_PER_CLIENT) raised above the load. Each request then
 * carries X-Forwarded-For from one of the 512 /24s of 198.18.0.0/15 (RFC 2544's benchmarking range, a
 * header value only: nothing is sent there), as if from a different member, with `Origin` = --url's
 * origin (the app's APP_URL) and `Content-Type: application/json`, as the route requires.
 * A benchmark prints figures; it asserts nothing.
 */
import { parseArgs } from "node:util";

import autocannon from "autocannon";
import pg from "pg";
import { z } from "zod";

import { CONCERNS } from "@/lib/deployments/schemas";
import { allowServerOnly } from "./lib/allow-server-only";
import { cookieHeader, signIn, type TCookieJar } from "./lib/http-session";
import { localInstallEnv } from "./lib/local-install.mjs";

allowServerOnly();
Object.assign(process.env, localInstallEnv({ ...process.env }));
// NOTE: lib/env validates every variable on first use; the receipt check needs only the report key, and
// this script signs nothing, so a placeholder AUTH_SECRET is enough when none is set.
process.env.AUTH_SECRET ??= "bench-reports-signs-nothing-0123456789abcdef";

const ZArgs = z.object({
  url: z.url(),
  email: z.email(),
  password: z.string().min(1),
  rate: z.coerce.number().int().min(1).max(1000).default(10),
  rateConnections: z.coerce.number().int().min(1).max(100).default(2),
  duration: z.coerce.number().int().min(1).max(3600).default(60),
  connections: z.coerce.number().int().min(1).max(500).default(20),
  floodDuration: z.coerce.number().int().min(1).max(3600).default(30),
  samplePath: z.string().startsWith("/").default("/dashboards"),
  sampleEvery: z.coerce.number().int().min(50).max(60_000).default(500),
});
type TArgs = z.infer<typeof ZArgs>;

let memberCounter = 0;
/** A client address in the next /24 (the throttle's key) of 198.18.0.0/15, which holds 512 of them. */
function nextMemberAddress(): string {
  memberCounter += 1;
  const network = memberCounter % 512;
  return `198.${18 + (network >> 8)}.${network & 255}.${1 + (memberCounter % 250)}`;
}

const SAMPLE_TOOLS = ["Copilot", "Vocalia", "Assistant de rédaction", "Planificateur IA", "Tri des sinistres"];
function reportBody(): string {
  const index = memberCounter;
  return JSON.stringify({
    employerName: `Employeur de charge ${index % 40}`,
    site: index % 3 === 0 ? "Plateau d'appels" : "",
    toolName: SAMPLE_TOOLS[index % SAMPLE_TOOLS.length],
    whatItDoes: `Charge ${index} : l'outil propose des réponses aux clients et note la conformité des appels au script.`,
    howNoticed: "Nouvelle fenêtre dans le poste de travail",
    staffInformed: ["yes", "no", "unknown"][index % 3],
    concerns: [CONCERNS[index % CONCERNS.length]],
    details: "x".repeat(200 + (index % 800)),
  });
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const latencyLine = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 0.5))} · p95 ${ms(percentile(sorted, 0.95))} · p99 ${ms(percentile(sorted, 0.99))} · max ${ms(sorted.at(-1) ?? Number.NaN)} (${sorted.length} requests)`;
};

/** Fetches the signed-in page until stopped; returns its latencies and non-200 count. */
function startSampler(base: string, path: string, jar: TCookieJar, everyMs: number) {
  const latencies: number[] = [];
  let failures = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${base}${path}`, { headers: { Cookie: cookieHeader(jar) }, redirect: "manual" });
        await response.arrayBuffer();
        if (response.status === 200) latencies.push(performance.now() - started);
        else failures += 1;
      } catch {
        failures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return { latencies, failures };
    },
  };
}

/**
 * Looks every acknowledged receipt up by its hash (argon2id with the app's key): exact proof that each
 * acknowledged report is stored. Without the key, compares counts only.
 */
async function checkStored(pool: pg.Pool, receipts: string[], added: number): Promise<string> {
  if (!process.env.REPORT_RECEIPT_SALT && !process.env.REPORT_ENCRYPTION_KEY) {
    return added >= receipts.length
      ? `${added} rows ≥ ${receipts.length} acknowledged (set REPORT_RECEIPT_SALT to check each receipt)`
      : `MISSING: ${receipts.length - added} acknowledged reports not stored`;
  }
  const { hashReceipt } = await import("@/lib/reports/crypto");
  const hashes: string[] = [];
  for (let index = 0; index < receipts.length; index += 4) {
    hashes.push(...(await Promise.all(receipts.slice(index, index + 4).map((receipt) => hashReceipt(receipt)))));
  }
  const { rows } = await pool.query<{ count: number }>("SELECT count(*)::int AS count FROM member_reports WHERE receipt_hash = ANY($1)", [hashes]);
  const found = rows[0]!.count;
  return found === receipts.length
    ? `every acknowledged report is stored (${found}/${receipts.length} receipts found by hash)`
    : `MISSING: only ${found} of ${receipts.length} acknowledged receipts found`;
}

async function storedReports(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ count: number }>("SELECT count(*)::int AS count FROM member_reports");
  return rows[0]!.count;
}

type TPhase = { title: string; options: Partial<autocannon.Options> };

async function runPhase(base: string, args: TArgs, jar: TCookieJar, pool: pg.Pool, phase: TPhase) {
  const before = await storedReports(pool);
  let sent = 0;
  const receipts: string[] = [];
  const otherStatuses = new Map<number, number>();
  const latencies: number[] = [];
  const sampler = startSampler(base, args.samplePath, jar, args.sampleEvery);

  const options = {
    url: `${base}/api/public/reports`,
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(base).origin },
    requests: [
      {
        setupRequest: (request) => {
          sent += 1;
          return { ...request, headers: { ...request.headers, "x-forwarded-for": nextMemberAddress() }, body: reportBody() };
        },
        onResponse: (status, body) => {
          if (status === 201) receipts.push((JSON.parse(body) as { receipt: string }).receipt);
          else otherStatuses.set(status, (otherStatuses.get(status) ?? 0) + 1);
        },
      },
    ],
    timeout: 10,
    ...phase.options,
  } as autocannon.Options;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const sample = await sampler.stop();
  // The last answers may still be committing when autocannon returns: let them land.
  await new Promise((resolve) => setTimeout(resolve, 500));
  // The acknowledged reports wait in the app's spool for the end of their window: write them now.
  const { flushIntake } = await import("@/lib/reports/flush-intake");
  await flushIntake({ includeCurrent: true });
  const stored = (await storedReports(pool)) - before;

  console.log(`\n${phase.title}`);
  console.log(`  intake latency      ${latencyLine(latencies)}`);
  console.log(`  throughput          ${(result.requests.total / (result.duration || 1)).toFixed(1)} req/s over ${result.duration.toFixed(1)} s (${result.requests.total} requests)`);
  const statuses = [...otherStatuses].map(([status, count]) => `${count}×${status}`).join(", ") || "none";
  console.log(`  errors              ${result.errors} connection errors, ${result.timeouts} timeouts, non-201 answers: ${statuses}`);
  console.log(`  acknowledged (201)  ${receipts.length} of ${sent} sent · rows added ${stored} (answers still in flight when the run stopped are stored but not counted)`);
  console.log(`  stored?             ${await checkStored(pool, receipts, stored)}`);
  console.log(`  signed-in ${args.samplePath.padEnd(10)} ${latencyLine(sample.latencies)}, ${sample.failures} failures`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: "string" }, email: { type: "string" }, password: { type: "string" }, rate: { type: "string" }, duration: { type: "string" },
      connections: { type: "string" }, "rate-connections": { type: "string" }, "flood-duration": { type: "string" }, "sample-path": { type: "string" }, "sample-every": { type: "string" },
    },
  });
  const args = ZArgs.parse({ ...values, rateConnections: values["rate-connections"], floodDuration: values["flood-duration"], samplePath: values["sample-path"], sampleEvery: values["sample-every"] });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL must point at the app's database (to count the stored reports).");
  const base = args.url.replace(/\/$/, "");
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const jar = await signIn(base, args.email, args.password);
    const probe = await fetch(`${base}${args.samplePath}`, { headers: { Cookie: cookieHeader(jar) }, redirect: "manual" });
    if (probe.status !== 200) args.samplePath = "/cases";

    const idle = startSampler(base, args.samplePath, jar, 100);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const baseline = await idle.stop();
    console.log(`Intake benchmark against ${base} — signed-in page ${args.samplePath} sampled every ${args.sampleEvery} ms`);
    console.log(`  idle signed-in ${args.samplePath}: ${latencyLine(baseline.latencies)}`);

    await runPhase(base, args, jar, pool, {
      title: `(a) ${args.rate} submissions/s for ${args.duration} s`,
      // NOTE: autocannon fires every connection's requests at the same instants: with 10 connections at
      // 1 req/s each, 10/s arrives as one burst of 10 per second. Few connections spread them evenly.
      options: { connections: Math.min(args.rateConnections, args.rate), overallRate: args.rate, duration: args.duration },
    });
    await runPhase(base, args, jar, pool, {
      title: `(b) ${args.connections} concurrent submitters flat out for ${args.floodDuration} s`,
      options: { connections: args.connections, duration: args.floodDuration },
    });
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
