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

type TOptions = { today: TCalendarDate; calendar: TLegalCalendar };

const fail = (path: string, message: string): TEvaluateOutcome => ({ ok: false, issues: [{ path, message }] });

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

function parseBatch(cases: unknown): { ok: true; items: TBatchItem[] } | { ok: false; issues: TFactsError[] } {
  if (!Array.isArray(cases)) return { ok: false, issues: [{ path: "cases", message: "expected an array of { id?, facts }" }] };
  if (cases.length > MAX_BATCH_CASES) return { ok: false, issues: [{ path: "cases", message: `at most ${MAX_BATCH_CASES} cases per request` }] };
  const items: TBatchItem[] = [];
  const issues: TFactsError[] = [];
  cases.forEach((item: unknown, index) => {
    const prefix = `cases.${index}`;
    if (!isRecord(item)) return issues.push({ path: prefix, message: "expected an object { id?, facts }" });
    const unknownKeys = Object.keys(item).filter((key) => key !== "id" && key !== "facts");
    for (const key of unknownKeys) issues.push({ path: `${prefix}.${key}`, message: "unknown key" });
    if (item.id !== undefined && typeof item.id !== "string") issues.push({ path: `${prefix}.id`, message: "expected a string" });
    const parsed = parseComplianceFacts(item.facts);
    if (!parsed.success) return issues.push(...prefixed(`${prefix}.facts`, parsed.errors));
    items.push({ ...(typeof item.id === "string" ? { id: item.id } : {}), facts: parsed.data });
  });
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : { ok: true, items };
}

/**
 * `{ facts, at? }` → one evaluation; `{ cases: [{ id?, facts }], at? }` → `{ at, results }` in the same
 * order. `at` defaults to `today`. Nothing is evaluated unless the whole body is valid. Issue paths:
 * the facts' own for one case ("consultation.avisDate"), prefixed for a batch ("cases.3.facts.consultation.avisDate").
 */
export function evaluateRequest(body: unknown, { today, calendar }: TOptions): TEvaluateOutcome {
  if (!isRecord(body)) return fail("(root)", "expected an object { facts, at? } or { cases, at? }");
  const hasFacts = "facts" in body;
  const hasCases = "cases" in body;
  if (hasFacts === hasCases) return fail("(root)", 'expected exactly one of "facts" or "cases"');
  const unknownKeys = Object.keys(body).filter((key) => key !== "facts" && key !== "cases" && key !== "at");
  if (unknownKeys.length > 0) return { ok: false, issues: unknownKeys.map((key) => ({ path: key, message: "unknown key" })) };
  if (body.at !== undefined && (typeof body.at !== "string" || !isCalendarDate(body.at))) {
    return fail("at", 'expected a calendar date "YYYY-MM-DD"');
  }
  const at = (body.at as TCalendarDate | undefined) ?? today;

  if (hasFacts) {
    const parsed = parseComplianceFacts(body.facts);
    if (!parsed.success) {
      // The facts' own paths ("consultation.avisDate"), as in docs/compliance-facts.md and the CLI.
      const issues = parsed.errors.map((error) => (error.path === "(root)" ? { ...error, path: "facts" } : error));
      return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
    }
    return { ok: true, response: evaluateCompliance(parsed.data, { at, calendar }) };
  }
  const batch = parseBatch(body.cases);
  if (!batch.ok) return batch;
  const results = batch.items.map(({ id, facts }) => ({ ...(id === undefined ? {} : { id }), ...evaluateCompliance(facts, { at, calendar }) }));
  return { ok: true, response: { at, results } };
}
