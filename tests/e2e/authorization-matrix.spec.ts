import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import pg from "pg";

import { can, type TPermission, type TRole } from "@/lib/authz/permissions";

import { deliverWaitingReports, demo, loginAs, type TDemoKey } from "./fixtures";

// The authorization matrix of issue 15, point 5, over HTTP: every page and route handler of the app
// (found on disk: a new one without a row here fails the test) × an admin, a CGT rep and a CFDT rep
// of the same employer, an instance-wide viewer and no account. Each row names what it needs; the
// expected answer of each cell is computed from the permission table (lib/authz/permissions.ts) and
// the union rule, never written by hand. The server actions' matrix is
// tests/integration/action-matrix.int.test.ts; the data-access layer's, lib/authz/matrix.int.test.ts.

const BANK = demo("repBanque").employer!;
/** An employer no other spec touches: its dashboard visibility is set here. */
const QUIET_EMPLOYER = "Mutuelle Santé des Tisserands";

type TPersona = "admin" | "cgt" | "cfdt" | "viewer" | "none";
const PERSONAS: TPersona[] = ["admin", "cgt", "cfdt", "viewer", "none"];
const ACCOUNT: Record<Exclude<TPersona, "none">, TDemoKey> = { admin: "admin", cgt: "repBanque", cfdt: "repBanqueCfdt", viewer: "viewer" };
/** Each persona's role and union, as the demo seed makes them (prisma/demo-accounts.mjs). */
const PROFILE: Record<TPersona, { role: TRole | null; union: "cgt" | "cfdt" | null }> = {
  admin: { role: "admin", union: null },
  cgt: { role: "rep", union: "cgt" },
  cfdt: { role: "rep", union: "cfdt" },
  viewer: { role: "viewer", union: null },
  none: { role: null, union: null },
};

/** What a cell answers: a page or a body; the sign-in page; "not found" (also what a missing permission gets). */
type TOutcome = "ok" | "login" | "not_found" | "home";

type TAccess =
  /** Anyone, signed in or not. */
  | { kind: "anyone" }
  /** Any signed-in account. */
  | { kind: "signed_in" }
  /** Signed in with one of these permissions; the others get "not found". */
  | { kind: "permission"; any: readonly TPermission[] }
  /**
   * A record of the CGT at the bank: ":any" reads every union's, ":assigned" only one's own union's.
   * `signedOut`: what no account gets when it is not the sign-in page (a calendar client gets "not found").
   */
  | { kind: "cgt_record"; any: TPermission; assigned: TPermission; signedOut?: TOutcome }
  /** A step of the sign-in flow: the sign-in page without a session; somewhere else once signed in. */
  | { kind: "sign_in_step"; signedIn: string }
  /** Answered the same to everyone whatever the session (secret-token links with a wrong token). */
  | { kind: "same_for_all"; outcome: TOutcome }
  /** Pages of the sign-in flow: signed-in accounts are sent home. */
  | { kind: "signed_out_only" };

function expected(access: TAccess, persona: TPersona): string {
  const { role, union } = PROFILE[persona];
  switch (access.kind) {
    case "anyone":
      return "ok";
    case "same_for_all":
      return access.outcome;
    case "signed_out_only":
      return role ? "home" : "ok";
    case "sign_in_step":
      return role ? access.signedIn : "login";
    case "signed_in":
      return role ? "ok" : "login";
    case "permission":
      if (!role) return "login";
      return access.any.some((permission) => can(role, permission)) ? "ok" : "not_found";
    case "cgt_record":
      if (!role) return access.signedOut ?? "login";
      if (can(role, access.any)) return "ok";
      // Every demo rep is attached to the bank: only the union decides.
      return can(role, access.assigned) && union === "cgt" ? "ok" : "not_found";
  }
}

type TIds = { bank: string; quiet: string; cgtUnion: string; caseId: string; toolId: string; letterId: string; reportId: string; userId: string; ruleId: string };

type TRow = { file: string; url: (ids: TIds) => string; access: TAccess; method?: "GET" | "POST"; body?: unknown };

const CASE_READ = { kind: "cgt_record", any: "case:read:any", assigned: "case:read:assigned" } as const;
const CASE_WRITE = { kind: "cgt_record", any: "case:write:any", assigned: "case:write:assigned" } as const;
const EMPLOYER_READ = { kind: "permission", any: ["employer:read:any", "employer:read:assigned"] } as const;

const ROWS: TRow[] = [
  // Account pages: every signed-in account has its own.
  { file: "app/(app)/account/api-tokens/page.tsx", url: () => "/account/api-tokens", access: { kind: "signed_in" } },
  // The deadline feed lists cases' deadlines: for those who read cases.
  { file: "app/(app)/account/calendar/page.tsx", url: () => "/account/calendar", access: { kind: "permission", any: ["case:read:any", "case:read:assigned"] } },
  { file: "app/(app)/account/notifications/page.tsx", url: () => "/account/notifications", access: { kind: "signed_in" } },
  { file: "app/(app)/account/password/page.tsx", url: () => "/account/password", access: { kind: "signed_in" } },
  { file: "app/(app)/account/security/page.tsx", url: () => "/account/security", access: { kind: "signed_in" } },
  { file: "app/(app)/account/sessions/page.tsx", url: () => "/account/sessions", access: { kind: "signed_in" } },
  { file: "app/(app)/notifications/page.tsx", url: () => "/notifications", access: { kind: "signed_in" } },
  { file: "app/(app)/page.tsx", url: () => "/", access: { kind: "signed_in" } },
  // bench:page-cost's pages exist only with BENCH_ROUTES=true: behind the sign-in, then not found to everyone.
  { file: "app/(app)/bench/blank/page.tsx", url: () => "/bench/blank", access: { kind: "permission", any: [] } },
  { file: "app/bench/floor/page.tsx", url: () => "/bench/floor", access: { kind: "permission", any: [] } },
  // Administration.
  { file: "app/(app)/admin/audit/page.tsx", url: () => "/admin/audit", access: { kind: "permission", any: ["audit:read"] } },
  { file: "app/(app)/admin/jobs/page.tsx", url: () => "/admin/jobs", access: { kind: "permission", any: ["jobs:read"] } },
  { file: "app/(app)/admin/legal-calendar/page.tsx", url: () => "/admin/legal-calendar", access: { kind: "permission", any: ["legal-calendar:manage"] } },
  {
    file: "app/(app)/admin/legal-calendar/[ruleId]/page.tsx",
    url: (ids) => `/admin/legal-calendar/${ids.ruleId}`,
    access: { kind: "permission", any: ["legal-calendar:manage"] },
  },
  { file: "app/(app)/admin/letter-templates/page.tsx", url: () => "/admin/letter-templates", access: { kind: "permission", any: ["letter-template:manage"] } },
  {
    file: "app/(app)/admin/letter-templates/[kind]/page.tsx",
    url: () => "/admin/letter-templates/open_consultation",
    access: { kind: "permission", any: ["letter-template:manage"] },
  },
  { file: "app/(app)/admin/security/page.tsx", url: () => "/admin/security", access: { kind: "permission", any: ["user:manage"] } },
  { file: "app/(app)/admin/unions/page.tsx", url: () => "/admin/unions", access: { kind: "permission", any: ["union:manage"] } },
  { file: "app/(app)/admin/unions/[id]/page.tsx", url: (ids) => `/admin/unions/${ids.cgtUnion}`, access: { kind: "permission", any: ["union:manage"] } },
  { file: "app/(app)/admin/users/page.tsx", url: () => "/admin/users", access: { kind: "permission", any: ["user:manage"] } },
  { file: "app/(app)/admin/users/new/page.tsx", url: () => "/admin/users/new", access: { kind: "permission", any: ["user:manage"] } },
  { file: "app/(app)/admin/users/[id]/page.tsx", url: (ids) => `/admin/users/${ids.userId}`, access: { kind: "permission", any: ["user:manage"] } },
  { file: "app/api/admin/audit/export/route.ts", url: () => "/api/admin/audit/export", access: { kind: "permission", any: ["audit:read"] } },
  // Cases of the CGT at the bank.
  { file: "app/(app)/cases/page.tsx", url: () => "/cases", access: { kind: "permission", any: ["case:read:any", "case:read:assigned"] } },
  { file: "app/(app)/cases/new/page.tsx", url: () => "/cases/new", access: { kind: "permission", any: ["case:write:any", "case:write:assigned"] } },
  { file: "app/(app)/cases/[id]/page.tsx", url: (ids) => `/cases/${ids.caseId}`, access: CASE_READ },
  { file: "app/(app)/cases/[id]/edit/page.tsx", url: (ids) => `/cases/${ids.caseId}/edit`, access: CASE_WRITE },
  { file: "app/(app)/cases/[id]/consultation/page.tsx", url: (ids) => `/cases/${ids.caseId}/consultation`, access: CASE_READ },
  { file: "app/(app)/cases/[id]/letters/new/page.tsx", url: (ids) => `/cases/${ids.caseId}/letters/new?kind=open_consultation`, access: CASE_WRITE },
  { file: "app/(app)/cases/[id]/letters/[letterId]/pdf/route.ts", url: (ids) => `/cases/${ids.caseId}/letters/${ids.letterId}/pdf`, access: CASE_READ },
  { file: "app/api/cases/[id]/deadlines.ics/route.ts", url: (ids) => `/api/cases/${ids.caseId}/deadlines.ics`, access: { ...CASE_READ, signedOut: "not_found" } },
  { file: "app/api/v1/cases/[id]/facts/route.ts", url: (ids) => `/api/v1/cases/${ids.caseId}/facts`, access: CASE_READ },
  { file: "app/api/cases/export/route.ts", url: () => "/api/cases/export", access: { kind: "permission", any: ["case:read:any", "case:read:assigned"] } },
  { file: "app/api/cases/employers/route.ts", url: () => "/api/cases/employers?q=Ban", access: { kind: "permission", any: ["case:read:any", "case:read:assigned"] } },
  // Members' reports: the CGT's copy of a report at the bank.
  { file: "app/(app)/reports/page.tsx", url: () => "/reports", access: { kind: "permission", any: ["report:triage:any", "report:triage:assigned"] } },
  { file: "app/(app)/reports/[id]/page.tsx", url: (ids) => `/reports/${ids.reportId}`, access: { kind: "cgt_record", any: "report:triage:any", assigned: "report:triage:assigned" } },
  // Employers, tools, agreements.
  { file: "app/(app)/employers/page.tsx", url: () => "/employers", access: EMPLOYER_READ },
  { file: "app/(app)/employers/new/page.tsx", url: () => "/employers/new", access: { kind: "permission", any: ["employer:manage"] } },
  { file: "app/(app)/employers/[id]/page.tsx", url: (ids) => `/employers/${ids.bank}`, access: EMPLOYER_READ },
  { file: "app/(app)/employers/[id]/edit/page.tsx", url: (ids) => `/employers/${ids.bank}/edit`, access: { kind: "permission", any: ["employer:manage"] } },
  {
    file: "app/(app)/employers/[id]/agreements/new/page.tsx",
    url: (ids) => `/employers/${ids.bank}/agreements/new`,
    access: { kind: "permission", any: ["case:write:any", "case:write:assigned"] },
  },
  { file: "app/(app)/agreements/page.tsx", url: () => "/agreements", access: { kind: "permission", any: ["case:read:any", "case:read:assigned"] } },
  { file: "app/(app)/tools/page.tsx", url: () => "/tools", access: { kind: "permission", any: ["tool:read"] } },
  { file: "app/(app)/tools/new/page.tsx", url: () => "/tools/new", access: { kind: "permission", any: ["tool:create"] } },
  { file: "app/(app)/tools/[id]/page.tsx", url: (ids) => `/tools/${ids.toolId}`, access: { kind: "permission", any: ["tool:read"] } },
  { file: "app/(app)/tools/[id]/edit/page.tsx", url: (ids) => `/tools/${ids.toolId}/edit`, access: { kind: "permission", any: ["tool:create"] } },
  // Aggregates.
  { file: "app/(app)/federation/page.tsx", url: () => "/federation", access: { kind: "permission", any: ["federation:read"] } },
  { file: "app/(dashboards)/dashboards/page.tsx", url: () => "/dashboards", access: { kind: "permission", any: ["dashboard:read"] } },
  // Open to every signed-in reader (visibility "viewers", set below).
  { file: "app/(dashboards)/dashboards/employers/[id]/page.tsx", url: (ids) => `/dashboards/employers/${ids.quiet}`, access: { kind: "permission", any: ["dashboard:read"] } },
  { file: "app/(public-dashboards)/public/page.tsx", url: () => "/public", access: { kind: "anyone" } },
  // Not public: no one reads it at /public, signed in or not.
  { file: "app/(public-dashboards)/public/employers/[id]/page.tsx", url: (ids) => `/public/employers/${ids.quiet}`, access: { kind: "same_for_all", outcome: "not_found" } },
  // Public pages and the sign-in flow.
  { file: "app/(public)/signaler/page.tsx", url: () => "/signaler", access: { kind: "anyone" } },
  { file: "app/(public)/suivi/page.tsx", url: () => "/suivi", access: { kind: "anyone" } },
  { file: "app/(auth)/login/page.tsx", url: () => "/login", access: { kind: "signed_out_only" } },
  // Every demo account has its second factor and has passed it: nothing to enrol, nothing to prove.
  { file: "app/(auth)/login/enrol/page.tsx", url: () => "/login/enrol", access: { kind: "sign_in_step", signedIn: "redirect /account/security" } },
  { file: "app/(auth)/login/second-factor/page.tsx", url: () => "/login/second-factor", access: { kind: "sign_in_step", signedIn: "home" } },
  { file: "app/(auth)/invite/[token]/page.tsx", url: () => `/invite/${"x".repeat(43)}`, access: { kind: "anyone" } },
  { file: "app/api/auth/[...nextauth]/route.ts", url: () => "/api/auth/csrf", access: { kind: "anyone" } },
  { file: "app/api/calendar/[token]/route.ts", url: () => `/api/calendar/${"A".repeat(43)}.ics`, access: { kind: "same_for_all", outcome: "not_found" } },
  { file: "app/api/unsubscribe/route.ts", url: () => "/api/unsubscribe?token=not-a-token", access: { kind: "same_for_all", outcome: "not_found" } },
  { file: "app/api/docs/route.ts", url: () => "/api/docs", access: { kind: "anyone" } },
  { file: "app/api/docs/openapi.json/route.ts", url: () => "/api/docs/openapi.json", access: { kind: "anyone" } },
  { file: "app/api/health/route.ts", url: () => "/api/health", access: { kind: "anyone" } },
  {
    file: "app/api/v1/compliance/evaluate/route.ts",
    url: () => "/api/v1/compliance/evaluate",
    method: "POST",
    body: { facts: JSON.parse(readFileSync("docs/examples/compliance-facts.json", "utf8")) },
    access: { kind: "signed_in" },
  },
  // POSTed once with no session while the world is built (a report to the bank): 201 with a receipt.
  { file: "app/api/public/reports/route.ts", url: () => "/api/public/reports", access: { kind: "same_for_all", outcome: "ok" }, method: "POST" },
];

/** Every page and route handler of the app, as paths from the project's root. */
function routeFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "page.tsx" || entry.name === "route.ts" ? [full] : [];
  });
}

function outcomeOf(response: APIResponse): string {
  const status = response.status();
  if (status === 401) return "login";
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers()["location"] ?? "", "http://app");
    if (location.pathname === "/login") return "login";
    if (location.pathname === "/") return "home";
    return `redirect ${location.pathname}`;
  }
  if (status === 200 || status === 201) return "ok";
  if (status === 404) return "not_found";
  return `status ${status}`;
}

async function buildWorld(request: APIRequestContext, baseURL: string): Promise<TIds> {
  const owner = new pg.Client({ connectionString: `postgresql://vigie:vigie@127.0.0.1:${process.env.E2E_PG_PORT ?? "54330"}/vigie` });
  await owner.connect();
  try {
    const one = async (sql: string, values: unknown[] = []) => {
      const { rows } = await owner.query<{ id: string }>(sql, values);
      expect(rows, sql).toHaveLength(1);
      return rows[0]!.id;
    };
    const bank = await one("SELECT id FROM employers WHERE legal_name = $1", [BANK]);
    const quiet = await one("SELECT id FROM employers WHERE legal_name = $1", [QUIET_EMPLOYER]);
    await owner.query("UPDATE employers SET dashboard_visibility = 'viewers' WHERE id = $1", [quiet]);
    const cgtUnion = await one("SELECT id FROM unions WHERE short_name = 'CGT'");
    const cfdtUnion = await one("SELECT id FROM unions WHERE short_name = 'CFDT'");
    const caseRow = await owner.query<{ id: string; tool_id: string }>(
      "SELECT id, tool_id FROM deployments WHERE employer_id = $1 AND union_id = $2 AND tool_id IS NOT NULL ORDER BY created_at LIMIT 1",
      [bank, cgtUnion],
    );
    const { id: caseId, tool_id: toolId } = caseRow.rows[0]!;
    const letterId = await one(
      `INSERT INTO letters (id, deployment_id, union_id, kind, title, body) VALUES (gen_random_uuid(), $1, $2, 'open_consultation', 'Lettre de la matrice', 'Madame, Monsieur,') RETURNING id`,
      [caseId, cgtUnion],
    );
    const userId = await one("SELECT id FROM users WHERE email = $1", [demo("repBanque").email]);
    const ruleId = "F1";

    // A member's report to the bank: one copy per union present there (CGT, CFDT). Copies carry no
    // time (anonymity): the new ones are those not there before.
    const reportsAtBank = async () =>
      (await owner.query<{ id: string; union_id: string }>("SELECT id, union_id FROM member_reports WHERE employer_id = $1", [bank])).rows;
    const before = new Set((await reportsAtBank()).map((row) => row.id));
    const marker = `Matrice d'autorisation ${Date.now()}`;
    const submitted = await request.post("/api/public/reports", {
      headers: { Origin: new URL(baseURL).origin },
      data: { employerId: bank, whatItDoes: `${marker} : un outil note les appels des conseillers.`, staffInformed: "no" },
    });
    expect(submitted.status(), await submitted.text()).toBe(201);
    deliverWaitingReports();
    const copies = (await reportsAtBank()).filter((row) => !before.has(row.id));
    const reportId = copies.find((row) => row.union_id === cgtUnion)!.id;
    expect(copies.some((row) => row.union_id === cfdtUnion)).toBe(true);
    return { bank, quiet, cgtUnion, caseId, toolId, letterId, reportId, userId, ruleId };
  } finally {
    await owner.end();
  }
}

test("every page and route handler answers each reader as the permission table and the union rule say", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const files = routeFiles().sort();
  expect(ROWS.map((row) => row.file).sort(), "each page and route handler has one row").toEqual(files);

  const anonymous = await browser.newContext({ baseURL });
  const ids = await buildWorld(anonymous.request, baseURL!);
  const readers: Record<TPersona, APIRequestContext> = { none: anonymous.request } as Record<TPersona, APIRequestContext>;
  for (const persona of PERSONAS) {
    if (persona === "none") continue;
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    // A session of its own: a cached one may be ended by another test of this worker signing out.
    await loginAs(page, ACCOUNT[persona], { fresh: true });
    readers[persona] = context.request;
  }

  const wrong: string[] = [];
  for (const row of ROWS) {
    if (row.file === "app/api/public/reports/route.ts") continue; // answered 201 while the world was built
    for (const persona of PERSONAS) {
      const url = row.url(ids);
      const options = { maxRedirects: 0, failOnStatusCode: false };
      const response =
        row.method === "POST"
          ? await readers[persona].post(url, { ...options, data: row.body, headers: { Origin: new URL(baseURL!).origin } })
          : await readers[persona].get(url, options);
      const got = outcomeOf(response);
      const want = expected(row.access, persona);
      if (got !== want) wrong.push(`${row.method ?? "GET"} ${url} as ${persona}: expected ${want}, got ${got}`);
    }
  }
  expect(wrong).toEqual([]);
});
