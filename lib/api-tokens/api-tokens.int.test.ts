/**
 * Personal API tokens and the JSON API's limits (issue 16, point 5; ADR 0034), through the real route
 * handlers with `Authorization: Bearer`: every refusal (unknown, malformed, expired, revoked, out of
 * scope, beyond the owner's role, deactivated owner), the body cap answered before the body is read,
 * the batch size by role, the rate limit, and a maximal evaluation that does not stop the server.
 */
import { readFileSync } from "node:fs";

import { beforeEach, describe, expect, it } from "vitest";

import { GET as getHealth } from "@/app/api/health/route";
import { GET as getFacts } from "@/app/api/v1/cases/[id]/facts/route";
import { POST as evaluate } from "@/app/api/v1/compliance/evaluate/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";
import { hashApiToken } from "@/lib/api-tokens/token";
import { ZBatchEvaluation, ZComplianceFacts, ZEvaluation } from "@/lib/api/schemas";
import { apiRateLimiter } from "@/lib/api/pipeline";
import type { TCurrentUser } from "@/lib/auth/session";
import { getPool, prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { createActor, createEmployer } from "@/tests/factories";
import { createCase } from "@/tests/factories/cases";
import { expectAppError } from "@/tests/setup/expect-app-error";

const EXAMPLE = JSON.parse(readFileSync("docs/examples/compliance-facts.json", "utf8")) as Record<string, unknown>;

beforeEach(() => apiRateLimiter.reset());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

function factsRequest(caseId: string, headers: Record<string, string>) {
  return getFacts(new Request(`http://localhost/api/v1/cases/${caseId}/facts`, { headers }), { params: Promise.resolve({ id: caseId }) });
}

function evaluateRequest(body: string | ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return evaluate(
    new Request("http://localhost/api/v1/compliance/evaluate", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body,
      ...(typeof body === "string" ? {} : { duplex: "half" }),
    } as RequestInit),
  );
}

async function repWithCase() {
  const employer = await createEmployer();
  const rep = await createActor("rep", { employerIds: [employer.id] });
  const deployment = await createCase(employer.id);
  return { rep, caseId: deployment.id };
}

async function tokenFor(actor: TCurrentUser, scopes: ("facts:read" | "compliance:evaluate")[], lifetimeDays = 30) {
  return (await createApiToken(actor, { name: "script", scopes, lifetimeDays })).token;
}

describe("creating and revoking tokens", () => {
  it("shows the token once, keeps only its hash, and audits creation without the secret", async () => {
    const { rep } = await repWithCase();
    const { id, token } = await createApiToken(rep, { name: "Script CSE", scopes: ["facts:read"], lifetimeDays: 7 });
    expect(token).toMatch(/^vgt_[A-Za-z0-9_-]{43}$/);
    const { rows } = await getPool().query("SELECT * FROM api_tokens");
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    expect(rows[0].token_hash).toBe(hashApiToken(token));
    const audit = await prisma.auditEvent.findMany({ where: { action: "api_token.create" } });
    expect(audit).toMatchObject([{ actorId: rep.id, entityType: "api_token", entityId: id }]);
    expect(JSON.stringify(audit, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value))).not.toContain(token.slice(4));
    expect((await listOwnApiTokens(rep)).tokens).toMatchObject([{ id, name: "Script CSE", scopes: ["facts:read"], isExpired: false }]);
  });

  it("refuses a scope the role cannot use, and an eleventh active token", async () => {
    const viewer = await createActor("viewer");
    await expectAppError(createApiToken(viewer, { name: "x", scopes: ["facts:read"], lifetimeDays: 30 }), "invalid", "scopes");
    for (let index = 0; index < 10; index += 1) await tokenFor(viewer, ["compliance:evaluate"]);
    await expectAppError(createApiToken(viewer, { name: "x", scopes: ["compliance:evaluate"], lifetimeDays: 30 }), "conflict");
    expect(await prisma.apiToken.count()).toBe(10);
  });

  it("revokes only one's own token (someone else's answers 404) and audits it", async () => {
    const { rep } = await repWithCase();
    const other = await createActor("rep");
    const { id } = await createApiToken(rep, { name: "x", scopes: ["facts:read"], lifetimeDays: 30 });
    await expectAppError(revokeApiToken(other, { tokenId: id }), "not_found");
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
    await revokeApiToken(rep, { tokenId: id });
    await expectAppError(revokeApiToken(rep, { tokenId: id }), "not_found");
    expect(await prisma.auditEvent.count({ where: { action: "api_token.revoke", entityId: id, actorId: rep.id } })).toBe(1);
  });
});

describe("Bearer tokens on /api/v1", () => {
  it("reads a case's facts with a facts:read token, audits the use and the read", async () => {
    const { rep, caseId } = await repWithCase();
    const token = await tokenFor(rep, ["facts:read"]);
    const response = await factsRequest(caseId, bearer(token));
    expect(response.status).toBe(200);
    expect(ZComplianceFacts.safeParse(await response.json()).success).toBe(true);
    const actions = (await prisma.auditEvent.findMany({ where: { actorId: rep.id }, orderBy: { id: "asc" } })).map((row) => [row.action, row.entityId]);
    expect(actions).toEqual([
      ["api_token.create", expect.any(String)],
      ["api_token.use", expect.any(String)],
      ["read.case_facts", caseId],
    ]);
    expect((await prisma.apiToken.findFirstOrThrow()).lastUsedOn).not.toBeNull();
  });

  it("answers 401 with a French message for unknown, malformed, revoked and expired tokens, and a deactivated owner", async () => {
    const { rep, caseId } = await repWithCase();
    const unknown = `vgt_${"A".repeat(43)}`;
    for (const header of [`Bearer ${unknown}`, "Bearer nope", "Basic dXNlcjpwYXNz"]) {
      const response = await factsRequest(caseId, { Authorization: header });
      expect(response.status).toBe(401);
      expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
      expect(await response.json()).toEqual({ error: "invalid_token", message: "Jeton d'API inconnu ou mal formé." });
    }

    const revoked = await createApiToken(rep, { name: "r", scopes: ["facts:read"], lifetimeDays: 30 });
    await revokeApiToken(rep, { tokenId: revoked.id });
    const afterRevoke = await factsRequest(caseId, bearer(revoked.token));
    expect(afterRevoke.status).toBe(401);
    expect(await afterRevoke.json()).toEqual({ error: "token_revoked", message: "Ce jeton d'API a été révoqué." });

    const expired = await createApiToken(rep, { name: "e", scopes: ["facts:read"], lifetimeDays: 7 }, new Date(Date.now() - 8 * 86_400_000));
    const afterExpiry = await factsRequest(caseId, bearer(expired.token));
    expect(afterExpiry.status).toBe(401);
    expect((await afterExpiry.json()) as unknown).toMatchObject({ error: "token_expired", message: expect.stringContaining("a expiré") as string });

    const live = await tokenFor(rep, ["facts:read"]);
    await prisma.user.update({ where: { id: rep.id }, data: { deactivatedAt: new Date() } });
    expect((await factsRequest(caseId, bearer(live))).status).toBe(401);
    expect(await prisma.auditEvent.count({ where: { action: { in: ["api_token.use", "read.case_facts"] } } })).toBe(0);
  });

  it("answers 403 outside the token's scope, and 404 beyond the owner's role, like a missing case", async () => {
    const { rep, caseId } = await repWithCase();
    const evaluateOnly = await tokenFor(rep, ["compliance:evaluate"]);
    const outOfScope = await factsRequest(caseId, bearer(evaluateOnly));
    expect(outOfScope.status).toBe(403);
    expect(await outOfScope.json()).toEqual({ error: "insufficient_scope", message: "Ce jeton d'API n'a pas la portée nécessaire pour cette route." });

    const otherRep = await createActor("rep", { employerIds: [(await createEmployer()).id] });
    const foreign = await factsRequest(caseId, bearer(await tokenFor(otherRep, ["facts:read"])));
    const missing = await factsRequest("00000000-0000-4000-8000-000000000000", bearer(await tokenFor(otherRep, ["facts:read"])));
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(await foreign.json()).toEqual(await missing.json());
  });

  it("refuses a token while its owner must still change a one-time password", async () => {
    const { rep, caseId } = await repWithCase();
    const token = await tokenFor(rep, ["facts:read"]);
    await prisma.user.update({ where: { id: rep.id }, data: { mustChangePassword: true } });
    expect((await factsRequest(caseId, bearer(token))).status).toBe(403);
  });
});

describe("limits of POST /api/v1/compliance/evaluate", () => {
  it("evaluates one case and a batch with an evaluate token, answers as documented", async () => {
    const viewer = await createActor("viewer");
    const token = await tokenFor(viewer, ["compliance:evaluate"]);
    const one = await evaluateRequest(JSON.stringify({ facts: EXAMPLE, at: "2026-05-15" }), bearer(token));
    expect(one.status).toBe(200);
    expect(ZEvaluation.safeParse(await one.json()).error).toBeUndefined();
    const batch = await evaluateRequest(JSON.stringify({ cases: [{ id: "a", facts: EXAMPLE }, { facts: EXAMPLE }] }), bearer(token));
    expect(batch.status).toBe(200);
    expect(ZBatchEvaluation.safeParse(await batch.json()).error).toBeUndefined();
  });

  it("answers 413 in French when the declared length is over the cap, without reading the body", async () => {
    const viewer = await createActor("viewer");
    const token = await tokenFor(viewer, ["compliance:evaluate"]);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        if (pulled > 1_000) controller.close();
      },
    });
    const response = await evaluateRequest(body, { ...bearer(token), "Content-Length": String(env().API_MAX_BODY_BYTES + 1) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "payload_too_large", message: "Le corps de la requête dépasse la taille maximale (4 Mo)." });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a body without a length as soon as it passes the cap", async () => {
    const viewer = await createActor("viewer");
    const token = await tokenFor(viewer, ["compliance:evaluate"]);
    const chunk = 64 * 1024;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk;
        controller.enqueue(new Uint8Array(chunk).fill(32));
        if (sent > 4 * env().API_MAX_BODY_BYTES) controller.close();
      },
    });
    const response = await evaluateRequest(body, bearer(token));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(env().API_MAX_BODY_BYTES + 4 * chunk);
  });

  it("caps the batch by role: 201 cases refused to a viewer, accepted for a rep", async () => {
    const viewer = await createActor("viewer");
    const body = JSON.stringify({ cases: Array.from({ length: 201 }, () => ({ facts: { employer: { sector: "banque" } } })) });
    const refused = await evaluateRequest(body, bearer(await tokenFor(viewer, ["compliance:evaluate"])));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ error: "batch_too_large", message: "Trop de dossiers dans cette requête : 200 au plus pour votre rôle." });
    const { rep } = await repWithCase();
    const accepted = await evaluateRequest(body, bearer(await tokenFor(rep, ["compliance:evaluate"])));
    expect(accepted.status).not.toBe(413);
  });

  it("limits requests per account per minute, with Retry-After, whatever the token", async () => {
    const viewer = await createActor("viewer");
    const [first, second] = [await tokenFor(viewer, ["compliance:evaluate"]), await tokenFor(viewer, ["compliance:evaluate"])];
    const body = JSON.stringify({ facts: EXAMPLE });
    const limit = env().API_RATE_LIMIT_PER_MINUTE;
    for (let index = 0; index < limit; index += 1) {
      expect((await evaluateRequest(body, bearer(index % 2 === 0 ? first : second))).status).toBe(200);
    }
    const refused = await evaluateRequest(body, bearer(first));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toMatch(/^Trop de requêtes : réessayez dans \d+ secondes\.$/);
    // Another account is not slowed down by this one.
    const other = await createActor("viewer");
    expect((await evaluateRequest(body, bearer(await tokenFor(other, ["compliance:evaluate"])))).status).toBe(200);
  });

  it("keeps /api/health answering quickly while a maximal evaluation runs", async () => {
    const admin = await createActor("admin");
    const token = await tokenFor(admin, ["compliance:evaluate"]);
    const one = JSON.stringify({ facts: EXAMPLE });
    const count = Math.floor((env().API_MAX_BODY_BYTES - 100) / (Buffer.byteLength(one) + 16));
    const body = JSON.stringify({ cases: Array.from({ length: count }, (_, index) => ({ id: String(index), facts: EXAMPLE })) });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(env().API_MAX_BODY_BYTES);

    const started = performance.now();
    let finishedAt = 0;
    const evaluation = evaluateRequest(body, bearer(token)).then(async (response) => {
      finishedAt = performance.now();
      return { status: response.status, results: ((await response.json()) as { results: unknown[] }).results.length };
    });
    const latencies: number[] = [];
    await new Promise((resolve) => setTimeout(resolve, 20));
    while (finishedAt === 0) {
      const asked = performance.now();
      const health = await getHealth();
      if (finishedAt === 0) latencies.push(performance.now() - asked);
      expect(health.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await evaluation).toEqual({ status: 200, results: count });
    const evaluationMs = finishedAt - started;
    // The evaluation takes long; every health answer during it took a small part of that.
    expect(latencies.length).toBeGreaterThan(3);
    console.info(`evaluate: ${count} cases in ${Math.round(evaluationMs)} ms; health answered ${latencies.length} times, slowest ${Math.round(Math.max(...latencies))} ms`);
    expect(Math.max(...latencies)).toBeLessThan(Math.max(250, evaluationMs / 4));
  }, 120_000);
});
