/**
 * Throughput of the compliance engine (cases per second) at batch sizes 1, 100 and 10,000:
 *
 *   npm run bench:compliance [-- --batches 1,100,10000] [--runs 20]
 *   npm run bench:compliance -- --url http://localhost:3100 --email admin@vigie.test --password …
 *
 * Generates varied facts (deterministic), then times, as one batch: JSON text → parseJsonBody →
 * evaluateRequest in this process; and, with --url and credentials, POST /api/v1/compliance/evaluate
 * (signed in through Auth.js's credentials flow, as bench-cases.ts does). A benchmark prints figures;
 * it asserts nothing. Run the HTTP part against a production build, not dev.
 */
import { parseArgs } from "node:util";

import { z } from "zod";

import { evaluateRequest, MAX_BATCH_CASES, parseJsonBody } from "@/lib/compliance/evaluate-request";
import type { TComplianceFactsInput } from "@/lib/compliance/facts";
import { DEFAULT_LEGAL_CALENDAR } from "@/lib/compliance/legal-calendar";
import { addDays } from "@/lib/consultations/calendar-date";
import { cookieHeader, signIn } from "./lib/http-session";

const ZArgs = z
  .object({
    batches: z
      .string()
      .default(`1,100,${MAX_BATCH_CASES}`)
      .transform((text) => text.split(",").map((part) => Number(part.trim())))
      .pipe(z.array(z.number().int().min(1).max(MAX_BATCH_CASES)).min(1)),
    runs: z.coerce.number().int().min(1).max(1000).default(20),
    url: z.url().optional(),
    email: z.email().optional(),
    password: z.string().min(1).optional(),
  })
  .refine((args) => !args.url || (args.email && args.password), { error: "--url needs --email and --password" });

const AT = "2026-09-01";

/** A small deterministic PRNG (mulberry32): the same 10,000 cases on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generateFacts(count: number): TComplianceFactsInput[] {
  const next = random(42);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const some = <T>(values: readonly T[]): T[] => values.filter(() => next() < 0.4);
  const tri = () => pick(["yes", "no", "unknown"] as const);
  const factDate = (base: string) => pick(["none", "unknown", addDays(base, Math.floor(next() * 120))]);
  return Array.from({ length: count }, () => {
    const firstKnownOn = addDays("2025-01-01", Math.floor(next() * 600));
    const info = factDate(firstKnownOn);
    const isAppointed = next() < 0.3;
    return {
      employer: { sector: pick(["banque", "assurance", "assistance", "mutuelle", "autre"] as const), headcountBand: pick(["50-299", "1000-4999", "5000+", "unknown"] as const) },
      tool: {
        functions: some(["call_scoring", "voice_emotion_analysis", "credit_scoring", "insurance_pricing", "customer_chatbot", "performance_evaluation", "recruitment", "summarise"] as const),
        dataCategories: some(["customer", "employee", "voice", "biometric", "health", "financial"] as const),
        trainsOnCustomerData: tri(),
        trainsOnEmployeeData: tri(),
        hostingRegion: pick(["france", "eu", "outside_eu", "unknown"] as const),
      },
      deployment: {
        phase: pick(["rumour", "announced", "pilot", "rollout", "production", "suspended", "withdrawn"] as const),
        firstKnownOn,
        pilotStartOn: next() < 0.5 ? addDays(firstKnownOn, Math.floor(next() * 200)) : null,
        goLiveOn: next() < 0.3 ? addDays(firstKnownOn, 100 + Math.floor(next() * 300)) : null,
        monitors: some(["calls", "script_adherence", "voice", "keystrokes", "time", "output_volume"] as const),
        individualMonitoring: tri(),
        concerns: some(["work_intensification", "surveillance", "job_cuts", "data_opacity"] as const),
        customerChatbot: tri(),
        emotionInference: { workers: tri(), customers: tri() },
        annexIII: { employment: tri(), creditScoring: tri(), lifeHealthPricing: tri() },
        callRecording: { ratioPercent: next() < 0.5 ? pick([10, 50, 100]) : null, recordingRetentionMonths: pick([null, 3, 12]) },
      },
      consultation: {
        legalBases: next() < 0.3 ? "unknown" : some(["l2312_8_new_technology", "l2312_38_monitoring", "l4121_3_duerp"] as const),
        infoCommunicatedDate: info,
        bdeseNoticeDate: factDate(firstKnownOn),
        isMultiLevel: next() < 0.2,
        expert: isAppointed ? { isAppointed, deliberationDate: addDays(firstKnownOn, 5), designationDate: addDays(firstKnownOn, 8) } : {},
        avisDate: factDate(addDays(firstKnownOn, 30)),
        employerAnswerDate: factDate(addDays(firstKnownOn, 60)),
        workerNoticeDate: factDate(firstKnownOn),
        duerpUpdatedDate: factDate(firstKnownOn),
        dpiaShown: tri(),
        aiTrainingOffered: tri(),
      },
      aiAct: { infoToRepsDate: factDate(firstKnownOn), friaDate: factDate(firstKnownOn), customerAiDisclosure: tri(), emotionDisclosure: tri() },
      gdpr: { dpiaDone: tri() },
    };
  });
}


async function measure(runs: number, task: () => Promise<unknown> | unknown): Promise<number[]> {
  await task(); // warm-up, not counted
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

const line = (label: string, samples: number[], cases: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const perSecond = (cases / median) * 1000;
  console.log(
    `${label.padEnd(46)} median ${median.toFixed(1).padStart(8)} ms   min ${sorted[0]!.toFixed(1).padStart(8)} ms   ` +
      `max ${sorted.at(-1)!.toFixed(1).padStart(8)} ms   ${Math.round(perSecond).toLocaleString("en-US").padStart(9)} cases/s`,
  );
};

const { values } = parseArgs({
  options: {
    batches: { type: "string" },
    runs: { type: "string" },
    url: { type: "string" },
    email: { type: "string" },
    password: { type: "string" },
  },
});
const args = ZArgs.parse(values);
const allFacts = generateFacts(Math.max(...args.batches));
console.log(`node ${process.version} · at ${AT} · ${args.runs} runs per batch size after one warm-up`);

const base = args.url?.replace(/\/$/, "");
const jar = base && args.email && args.password ? await signIn(base, args.email, args.password) : null;

for (const size of args.batches) {
  const body = JSON.stringify({ at: AT, cases: allFacts.slice(0, size).map((facts, index) => ({ id: `case-${index}`, facts })) });
  console.log(`\nbatch of ${size} case${size === 1 ? "" : "s"} (body ${(body.length / 1024).toFixed(1)} KiB)`);
  let flagCount = 0;
  line(
    "in process (parse JSON + evaluateRequest)",
    await measure(args.runs, () => {
      const json = parseJsonBody(body);
      const outcome = json.ok ? evaluateRequest(json.body, { today: AT, calendar: DEFAULT_LEGAL_CALENDAR }) : json;
      if (!outcome.ok) throw new Error(`generated facts rejected: ${JSON.stringify(outcome.issues.slice(0, 3))}`);
      if ("results" in outcome.response) flagCount = outcome.response.results.reduce((sum, result) => sum + result.flags.length, 0);
    }),
    size,
  );
  console.log(`${"".padEnd(46)} ${flagCount} flags in all`);
  if (base && jar) {
    line(
      "HTTP POST /api/v1/compliance/evaluate",
      await measure(args.runs, async () => {
        const response = await fetch(`${base}/api/v1/compliance/evaluate`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: cookieHeader(jar) },
          body,
        });
        const text = await response.text();
        if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
      }),
      size,
    );
  }
}
