import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { evaluateCompliance } from "./evaluate";
import { evaluateRequest, MAX_BATCH_CASES, MAX_ISSUES, parseJsonBody } from "./evaluate-request";
import { ZComplianceFacts } from "./facts";
import { DEFAULT_LEGAL_CALENDAR } from "./legal-calendar";
import { COMPLIANT_LIVE_CASE, mergeDeep } from "./test-cases";

const EXAMPLE = JSON.parse(readFileSync(path.join(process.cwd(), "docs/examples/compliance-facts.json"), "utf8")) as Record<string, unknown>;
const OPTIONS = { today: "2026-06-15", calendar: DEFAULT_LEGAL_CALENDAR };
const BAD_AVIS = mergeDeep(EXAMPLE, { consultation: { avisDate: "2026-02-30" } });

const issuesOf = (body: unknown) => {
  const outcome = evaluateRequest(body, OPTIONS);
  if (outcome.ok) throw new Error("expected issues");
  return outcome.issues;
};

describe("evaluateRequest: one case", () => {
  it("answers exactly what the engine gives, on `at`", () => {
    const outcome = evaluateRequest({ facts: EXAMPLE, at: "2026-05-01" }, OPTIONS);
    const expected = evaluateCompliance(ZComplianceFacts.parse(EXAMPLE), { at: "2026-05-01", calendar: DEFAULT_LEGAL_CALENDAR });
    expect(outcome).toEqual({ ok: true, response: expected });
    // The example pilots a tool before the CSE's avis: the pilot-before-consultation flag (F1) is up.
    expect(expected.flags.map((flag) => flag.ruleId)).toContain("F1");
  });

  it("evaluates on today when `at` is absent", () => {
    const outcome = evaluateRequest({ facts: EXAMPLE }, OPTIONS);
    expect(outcome.ok && outcome.response.at).toBe("2026-06-15");
  });

  it("names the bad field with the facts' own path", () => {
    expect(issuesOf({ facts: BAD_AVIS })).toEqual([
      { path: "consultation.avisDate", message: 'expected a calendar date "YYYY-MM-DD", "none" or "unknown"' },
    ]);
  });

  it.each([
    { name: "not an object", body: [EXAMPLE], path: "(root)" },
    { name: "neither facts nor cases", body: { at: "2026-01-01" }, path: "(root)" },
    { name: "both facts and cases", body: { facts: EXAMPLE, cases: [] }, path: "(root)" },
    { name: "an unknown key", body: { facts: EXAMPLE, date: "2026-01-01" }, path: "date" },
    { name: "an impossible at", body: { facts: EXAMPLE, at: "2026-13-01" }, path: "at" },
    { name: "facts that are not an object", body: { facts: "x" }, path: "facts" },
  ])("refuses $name → $path", ({ body, path: issuePath }) => {
    expect(issuesOf(body).map((issue) => issue.path)).toEqual([issuePath]);
  });
});

describe("evaluateRequest: a batch", () => {
  it("evaluates every case in order, keeping ids", () => {
    const outcome = evaluateRequest({ at: "2026-05-01", cases: [{ id: "a", facts: EXAMPLE }, { facts: COMPLIANT_LIVE_CASE }] }, OPTIONS);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok || !("results" in outcome.response)) throw new Error("expected a batch");
    const { at, results } = outcome.response;
    expect(at).toBe("2026-05-01");
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ id: "a", at: "2026-05-01" });
    expect(results[0]?.flags.map((flag) => flag.ruleId)).toContain("F1");
    expect(results[1]).not.toHaveProperty("id");
    expect(results[1]?.flags.map((flag) => flag.ruleId)).not.toContain("F1");
  });

  it("prefixes each issue with the item's index, and evaluates nothing", () => {
    const issues = issuesOf({ cases: [{ facts: EXAMPLE }, { facts: EXAMPLE }, { facts: EXAMPLE }, { id: "d", facts: BAD_AVIS }] });
    expect(issues).toEqual([{ path: "cases.3.facts.consultation.avisDate", message: expect.stringMatching(/YYYY-MM-DD/) as string }]);
  });

  it.each([
    { name: "cases not an array", body: { cases: {} }, path: "cases" },
    { name: "an item that is not an object", body: { cases: [3] }, path: "cases.0" },
    { name: "bare facts instead of { facts }", body: { cases: [EXAMPLE] }, path: "cases.0.employer" },
    { name: "an item with an unknown key", body: { cases: [{ facts: EXAMPLE, name: "x" }] }, path: "cases.0.name" },
    { name: "a numeric id", body: { cases: [{ id: 7, facts: EXAMPLE }] }, path: "cases.0.id" },
    { name: "an item without facts", body: { cases: [{ id: "x" }] }, path: "cases.0.facts" },
  ])("refuses $name → $path", ({ body, path: issuePath }) => {
    expect(issuesOf(body)[0]?.path).toBe(issuePath);
  });

  it(`accepts ${MAX_BATCH_CASES} cases and refuses one more`, () => {
    const cases = Array.from({ length: MAX_BATCH_CASES + 1 }, () => ({ facts: COMPLIANT_LIVE_CASE }));
    expect(issuesOf({ cases })).toEqual([{ path: "cases", message: `at most ${MAX_BATCH_CASES} cases per request` }]);
    const outcome = evaluateRequest({ cases: cases.slice(1) }, OPTIONS);
    expect(outcome.ok && "results" in outcome.response && outcome.response.results.length).toBe(MAX_BATCH_CASES);
    // 10,000 cases evaluated for real: seconds on a loaded 2-core CI machine, not the default 5.
  }, 60_000);

  it(`reports at most ${MAX_ISSUES} issues`, () => {
    const cases = Array.from({ length: 500 }, () => ({ facts: BAD_AVIS }));
    const issues = issuesOf({ cases });
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues[MAX_ISSUES - 1]?.path).toBe(`cases.${MAX_ISSUES - 1}.facts.consultation.avisDate`);
  });
});

describe("parseJsonBody", () => {
  it("parses JSON and names the root when the text is not JSON", () => {
    expect(parseJsonBody('{"facts":{}}')).toEqual({ ok: true, body: { facts: {} } });
    expect(parseJsonBody('{"facts":')).toEqual({ ok: false, issues: [{ path: "(root)", message: "malformed JSON" }] });
  });
});

describe("evaluateRequestInChunks: the same answers, with yields between chunks", () => {
  it("answers a batch, its issues and its size limit exactly as evaluateRequest", async () => {
    const { evaluateRequestInChunks, EVALUATE_CHUNK } = await import("./evaluate-request");
    const many = { at: "2026-05-01", cases: Array.from({ length: EVALUATE_CHUNK * 2 + 3 }, (_, index) => ({ id: String(index), facts: index % 2 ? EXAMPLE : COMPLIANT_LIVE_CASE })) };
    const withIssues = { cases: [{ facts: EXAMPLE }, { id: 3, facts: EXAMPLE, extra: true }] };
    for (const body of [many, withIssues, { facts: EXAMPLE }, { cases: [] }]) {
      expect(await evaluateRequestInChunks(body, OPTIONS)).toEqual(evaluateRequest(body, OPTIONS));
    }
    expect(await evaluateRequestInChunks({ cases: [{ facts: EXAMPLE }, { facts: EXAMPLE }] }, { ...OPTIONS, maxCases: 1 })).toEqual({
      ok: false,
      issues: [{ path: "cases", message: "at most 1 cases per request" }],
    });
  });

  it("lets timers run while a batch is evaluated", async () => {
    const { evaluateRequestInChunks, EVALUATE_CHUNK } = await import("./evaluate-request");
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    await evaluateRequestInChunks({ cases: Array.from({ length: EVALUATE_CHUNK * 6 }, () => ({ facts: EXAMPLE })) }, OPTIONS);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
