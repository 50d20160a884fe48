import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";

import { GET as getDocsPage } from "@/app/api/docs/route";
import { GET as getOpenApi } from "@/app/api/docs/openapi.json/route";
import { evaluateRequest } from "@/lib/compliance/evaluate-request";
import { DEFAULT_LEGAL_CALENDAR } from "@/lib/compliance/legal-calendar";

import { renderDocsPage } from "./docs-page";
import { buildOpenApiDocument } from "./openapi";
import { ZBatchEvaluation, ZEvaluateRequest, ZEvaluation } from "./schemas";

const EXAMPLE = JSON.parse(readFileSync("docs/examples/compliance-facts.json", "utf8")) as unknown;

/** app/api/v1/cases/[id]/facts/route.ts → "/api/v1/cases/{id}/facts", with the methods it exports. */
function routeFiles(dir: string): { path: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const source = readFileSync(full, "utf8");
    const methods = [...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!.toLowerCase());
    const route = `/${path.relative("app", path.dirname(full)).split(path.sep).map((part) => part.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
    return [{ path: route, methods }];
  });
}

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it("describes exactly the /api/v1 routes and their methods, and the health check", () => {
    const documented = Object.entries(document.paths as Record<string, object>).map(([route, methods]) => ({ path: route, methods: Object.keys(methods).sort() }));
    const actual = [...routeFiles("app/api/v1"), ...routeFiles("app/api/health")].map((route) => ({ ...route, methods: route.methods.sort() }));
    expect(actual.length).toBeGreaterThan(0);
    expect(documented.sort((a, b) => a.path.localeCompare(b.path))).toEqual(actual.sort((a, b) => a.path.localeCompare(b.path)));
  });

  it("matches what the engine accepts and answers", () => {
    const options = { today: "2026-05-15", calendar: DEFAULT_LEGAL_CALENDAR };
    const one = { facts: EXAMPLE, at: "2026-05-15" };
    const batch = { cases: [{ id: "a", facts: EXAMPLE }] };
    expect(ZEvaluateRequest.safeParse(one).success).toBe(true);
    expect(ZEvaluateRequest.safeParse(batch).success).toBe(true);
    expect(ZEvaluateRequest.safeParse({ facts: EXAMPLE, extra: 1 }).success).toBe(false);
    const single = evaluateRequest(one, options);
    const many = evaluateRequest(batch, options);
    if (!single.ok || !many.ok) throw new Error("the example must evaluate");
    expect(ZEvaluation.safeParse(single.response).error).toBeUndefined();
    expect(ZBatchEvaluation.safeParse(many.response).error).toBeUndefined();
  });

  it("reads as one offline page: every route, no script and no outside asset", () => {
    const html = renderDocsPage(document);
    for (const route of Object.keys(document.paths as object)) expect(html).toContain(route);
    expect(html).not.toMatch(/<script|<link|src="http|href="http/i);
    expect(html).toContain('lang="fr"');
  });

  it("is served as JSON at /api/docs/openapi.json and as HTML at /api/docs", async () => {
    const json = getOpenApi();
    expect(json.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await json.json()).toEqual(JSON.parse(JSON.stringify(document)));
    const page = getDocsPage();
    expect(page.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("<h1>Vigie IA — API JSON</h1>");
  });
});
