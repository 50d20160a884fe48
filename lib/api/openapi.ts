/**
 * The OpenAPI 3.1 description of the JSON API, generated from the zod schemas (zod 4's
 * toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 uses). Served at /api/docs/openapi.json and read
 * as a page at /api/docs (ADR 0034). Pure.
 */
import { z } from "zod";

import { ZApiError, ZBatchEvaluation, ZComplianceFacts, ZEvaluateBatch, ZEvaluateOne, ZEvaluation, ZHealth, ZInvalidFacts } from "./schemas";

type TJson = Record<string, unknown>;

function components(): Record<string, TJson> {
  const requests = z.registry<{ id: string }>();
  requests.add(ZComplianceFacts, { id: "ComplianceFacts" });
  requests.add(ZEvaluateOne, { id: "EvaluateOne" });
  requests.add(ZEvaluateBatch, { id: "EvaluateBatch" });
  const responses = z.registry<{ id: string }>();
  responses.add(ZEvaluation, { id: "Evaluation" });
  responses.add(ZBatchEvaluation, { id: "BatchEvaluation" });
  responses.add(ZApiError, { id: "Error" });
  responses.add(ZInvalidFacts, { id: "InvalidFacts" });
  responses.add(ZHealth, { id: "Health" });
  const uri = (id: string) => `#/components/schemas/${id}`;
  // Each generated schema carries its own $schema and $id: inside components they are noise.
  const strip = (schemas: Record<string, TJson>) =>
    Object.fromEntries(
      Object.entries(schemas).map(([id, schema]) => [id, Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"))]),
    );
  return {
    ...strip(z.toJSONSchema(requests, { io: "input", unrepresentable: "any", uri }).schemas as Record<string, TJson>),
    ...strip(z.toJSONSchema(responses, { io: "output", unrepresentable: "any", uri }).schemas as Record<string, TJson>),
  };
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: TJson, description: string) => ({ description, content: { "application/json": { schema } } });
const error = (description: string) => json(ref("Error"), description);

const AUTH_ERRORS = {
  "401": error("Signed out, or the token is unknown, revoked or expired (WWW-Authenticate: Bearer)"),
  "403": error("The token lacks the route's scope, or the account must first change its password"),
  "429": { ...error("Rate limit per account reached"), headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } },
};

export function buildOpenApiDocument(serverUrl = "/"): TJson {
  return {
    openapi: "3.1.0",
    info: {
      title: "Vigie IA — API JSON",
      version: "1",
      description:
        "Les faits d'un dossier et le moteur de conformité, pour les scripts des syndicats. Authentification : " +
        "un jeton personnel (page « Jetons d'API » du compte) dans `Authorization: Bearer vgt_…`, ou la session du navigateur. " +
        "Un jeton a les droits du rôle de son propriétaire, limités à ses portées.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths: {
      "/api/health": {
        get: {
          operationId: "getHealth",
          summary: "État du serveur et de sa base",
          security: [],
          responses: { "200": json(ref("Health"), "Up"), "503": json(ref("Health"), "Database unreachable") },
        },
      },
      "/api/v1/cases/{id}/facts": {
        get: {
          operationId: "getCaseFacts",
          summary: "Les faits d'un dossier (portée facts:read)",
          description: "Chaque lecture est inscrite au journal d'audit. Un dossier que le compte ne peut pas lire répond 404, comme un dossier inexistant.",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: { "200": json(ref("ComplianceFacts"), "The case's facts"), ...AUTH_ERRORS, "404": error("No such case, or not readable by the account") },
        },
      },
      "/api/v1/compliance/evaluate": {
        post: {
          operationId: "evaluateCompliance",
          summary: "Évaluer des faits (portée compliance:evaluate)",
          description:
            "Un dossier `{ facts, at? }` ou un lot `{ cases: [{ id?, facts }], at? }`. Corps limité à API_MAX_BODY_BYTES (4 Mo par défaut) : " +
            "au-delà, 413 avant la lecture du reste ; lot limité selon le rôle (200 lecteur, 2 000 représentant, 10 000 administrateur).",
          requestBody: { required: true, content: { "application/json": { schema: { oneOf: [ref("EvaluateOne"), ref("EvaluateBatch")] } } } },
          responses: {
            "200": json({ oneOf: [ref("Evaluation"), ref("BatchEvaluation")] }, "The evaluation (one case), or the results in the batch's order"),
            "400": json(ref("InvalidFacts"), "Malformed JSON or facts: each issue names its field"),
            ...AUTH_ERRORS,
            "404": error("The role reads neither cases nor dashboards"),
            "413": error("Body over the cap (payload_too_large) or batch over the role's limit (batch_too_large)"),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "Personal API token vgt_… (shown once at creation)" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The browser session (the __Host- name over HTTPS)" },
      },
      schemas: components(),
    },
  };
}
