/**
 * The JSON interface of the compliance engine, shared by POST /api/v1/compliance/evaluate, the
 * `npm run compliance` CLI and the benchmark: a request body → the evaluation, or the issues that name
 * each bad field. Pure: today's date and the legal calendar are arguments.
 */
import { isCalendarDate, type TCalendarDate } from "@/lib/consultations/calendar-date";

import { evaluateCompliance, type TEvaluation } from "./evaluate";
import { parseComplianceFacts, type TComplianceFacts, type TFactsError } from "./facts";
import type { TLegalCalendar } from "./legal-calendar";

export const MAX_BATCH_CASES = 10_000;
/** Enough to fix a file; a 10,000-case batch of garbage must not answer with a 10,000-issue body. */
export const MAX_ISSUES = 100;

export type TEvaluationResult = TEvaluation & { id?: string };
export type TEvaluateResponse = TEvaluation | { at: TCalendarDate; results: TEvaluationResult[] };
export type TEvaluateOutcome = { ok: true; response: TEvaluateResponse } | { ok: false; issues: TFactsError[] };

type TOptions = { today: TCalendarDate; calendar: TLegalCalendar; maxCases?: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A request body as text → the parsed JSON, or an issue on the root when it is not JSON. */
export function parseJsonBody(text: string): { ok: true; body: unknown } | { ok: false; issues: TFactsError[] } {
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, issues: [{ path: "(root)", message: "malformed JSON" }] };
  }
}

const prefixed = (prefix: string, errors: TFactsError[]): TFactsError[] =>
  errors.map((error) => ({ path: error.path === "(root)" ? prefix : `${prefix}.${error.path}`, message: error.message }));

type TBatchItem = { id?: string; facts: TComplianceFacts };

/** One entry of `cases`: its item, or the issues naming its bad fields. */
function parseBatchItem(item: unknown, index: number): { ok: true; item: TBatchItem } | { ok: false; issues: TFactsError[] } {
  const prefix = `cases.${index}`;
  if (!isRecord(item)) return { ok: false, issues: [{ path: prefix, message: "expected an object { id?, facts }" }] };
  const issues: TFactsError[] = Object.keys(item)
    .filter((key) => key !== "id" && key !== "facts")
    .map((key) => ({ path: `${prefix}.${key}`, message: "unknown key" }));
  if (item.id !== undefined && typeof item.id !== "string") issues.push({ path: `${prefix}.id`, message: "expected a string" });
  const parsed = parseComplianceFacts(item.facts);
  if (!parsed.success) return { ok: false, issues: [...issues, ...prefixed(`${prefix}.facts`, parsed.errors)] };
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, item: { ...(typeof item.id === "string" ? { id: item.id } : {}), facts: parsed.data } };
}

function checkBatchShape(cases: unknown, maxCases: number): TFactsError[] | null {
  if (!Array.isArray(cases)) return [{ path: "cases", message: "expected an array of { id?, facts }" }];
  if (cases.length > maxCases) return [{ path: "cases", message: `at most ${maxCases} cases per request` }];
  return null;
}

function parseBatch(cases: unknown, maxCases: number): { ok: true; items: TBatchItem[] } | { ok: false; issues: TFactsError[] } {
  const shape = checkBatchShape(cases, maxCases);
  if (shape) return { ok: false, issues: shape };
  const items: TBatchItem[] = [];
  const issues: TFactsError[] = [];
  (cases as unknown[]).forEach((entry, index) => {
    const parsed = parseBatchItem(entry, index);
    if (parsed.ok) items.push(parsed.item);
    else issues.push(...parsed.issues);
  });
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : { ok: true, items };
}

type THeader = { ok: true; at: TCalendarDate; kind: "facts" | "cases" } | { ok: false; issues: TFactsError[] };

/** The parts of a body shared by one case and a batch: its shape, its keys and `at`. */
function readHeader(body: unknown, today: TCalendarDate): THeader {
  if (!isRecord(body)) return { ok: false, issues: [{ path: "(root)", message: "expected an object { facts, at? } or { cases, at? }" }] };
  const hasFacts = "facts" in body;
  const hasCases = "cases" in body;
  if (hasFacts === hasCases) return { ok: false, issues: [{ path: "(root)", message: 'expected exactly one of "facts" or "cases"' }] };
  const unknownKeys = Object.keys(body).filter((key) => key !== "facts" && key !== "cases" && key !== "at");
  if (unknownKeys.length > 0) return { ok: false, issues: unknownKeys.map((key) => ({ path: key, message: "unknown key" })) };
  if (body.at !== undefined && (typeof body.at !== "string" || !isCalendarDate(body.at))) {
    return { ok: false, issues: [{ path: "at", message: 'expected a calendar date "YYYY-MM-DD"' }] };
  }
  return { ok: true, at: (body.at as TCalendarDate | undefined) ?? today, kind: hasFacts ? "facts" : "cases" };
}

function evaluateOne(facts: unknown, at: TCalendarDate, calendar: TLegalCalendar): TEvaluateOutcome {
  const parsed = parseComplianceFacts(facts);
  if (!parsed.success) {
    // The facts' own paths ("consultation.avisDate"), as in docs/compliance-facts.md and the CLI.
    const issues = parsed.errors.map((error) => (error.path === "(root)" ? { ...error, path: "facts" } : error));
    return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  }
  return { ok: true, response: evaluateCompliance(parsed.data, { at, calendar }) };
}

/**
 * `{ facts, at? }` → one evaluation; `{ cases: [{ id?, facts }], at? }` → `{ at, results }` in the same
 * order. `at` defaults to `today`. Nothing is evaluated unless the whole body is valid. Issue paths:
 * the facts' own for one case ("consultation.avisDate"), prefixed for a batch ("cases.3.facts.consultation.avisDate").
 */
export function evaluateRequest(body: unknown, { today, calendar, maxCases = MAX_BATCH_CASES }: TOptions): TEvaluateOutcome {
  const header = readHeader(body, today);
  if (!header.ok) return header;
  const { at } = header;
  const record = body as Record<string, unknown>;
  if (header.kind === "facts") return evaluateOne(record.facts, at, calendar);
  const batch = parseBatch(record.cases, Math.min(maxCases, MAX_BATCH_CASES));
  if (!batch.ok) return batch;
  const results = batch.items.map(({ id, facts }) => ({ ...(id === undefined ? {} : { id }), ...evaluateCompliance(facts, { at, calendar }) }));
  return { ok: true, response: { at, results } };
}

/** Cases parsed or evaluated between two yields to the event loop. */
export const EVALUATE_CHUNK = 50;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The same answer as `evaluateRequest`, computed in chunks of EVALUATE_CHUNK cases with a yield to the
 * event loop between them, so a maximal batch never holds the server for more than a chunk: other
 * users' requests (and /api/health) are answered in between (ADR 0034).
 */
export async function evaluateRequestInChunks(body: unknown, { today, calendar, maxCases = MAX_BATCH_CASES }: TOptions): Promise<TEvaluateOutcome> {
  const header = readHeader(body, today);
  if (!header.ok) return header;
  const { at } = header;
  const record = body as Record<string, unknown>;
  if (header.kind === "facts") return evaluateOne(record.facts, at, calendar);
  const shape = checkBatchShape(record.cases, Math.min(maxCases, MAX_BATCH_CASES));
  if (shape) return { ok: false, issues: shape };
  const cases = record.cases as unknown[];
  const items: TBatchItem[] = [];
  const issues: TFactsError[] = [];
  for (const [index, entry] of cases.entries()) {
    if (index > 0 && index % EVALUATE_CHUNK === 0) await yieldToEventLoop();
    const parsed = parseBatchItem(entry, index);
    if (parsed.ok) items.push(parsed.item);
    else issues.push(...parsed.issues);
  }
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  const results: TEvaluationResult[] = [];
  for (const [index, { id, facts }] of items.entries()) {
    if (index > 0 && index % EVALUATE_CHUNK === 0) await yieldToEventLoop();
    results.push({ ...(id === undefined ? {} : { id }), ...evaluateCompliance(facts, { at, calendar }) });
  }
  return { ok: true, response: { at, results } };
}
