/**
 * The JSON API's bodies as zod schemas, for its OpenAPI description (lib/api/openapi.ts, ADR 0034).
 * Requests reuse the engine's own facts schema; responses describe what the handlers send, and the
 * integration tests parse real answers with them, so the description cannot drift silently. Pure.
 */
import { z } from "zod";

import { MAX_BATCH_CASES } from "@/lib/compliance/evaluate-request";
import { ZComplianceFacts } from "@/lib/compliance/facts";
import { LEGAL_STATUSES, RULE_IDS } from "@/lib/compliance/legal-calendar";

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "Calendar date YYYY-MM-DD (Europe/Paris)", example: "2026-05-15" });

export { ZComplianceFacts };

export const ZEvaluateOne = z.strictObject({ facts: ZComplianceFacts, at: ZDay.optional() }).meta({ description: "One case: its facts, evaluated on `at` (today by default)." });

export const ZEvaluateBatch = z
  .strictObject({
    cases: z.array(z.strictObject({ id: z.string().optional(), facts: ZComplianceFacts })).max(MAX_BATCH_CASES),
    at: ZDay.optional(),
  })
  .meta({ description: "A batch: at most 200 cases for a viewer, 2,000 for a rep, 10,000 for an admin." });

export const ZEvaluateRequest = z.union([ZEvaluateOne, ZEvaluateBatch]);

const ZMessage = z.object({ messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])), defaultText: z.string() });

const ZFlag = z.looseObject({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(["critical", "high", "medium", "low"]),
  status: z.enum(["suspected", "confirmed"]),
  articles: z.array(z.string()),
  caseLaw: z.array(z.string()),
  explanation: ZMessage,
  triggeredBy: z.array(z.object({ path: z.string(), value: z.unknown() })),
  missingFacts: z.array(z.string()),
  nextStep: ZMessage,
  legalStatus: z.enum(LEGAL_STATUSES),
});

export const ZEvaluation = z
  .looseObject({
    at: ZDay,
    flags: z.array(ZFlag),
    notYetApplicable: z.array(
      z.looseObject({ ruleId: z.enum(RULE_IDS), appliesFrom: ZDay, legalStatus: z.enum(LEGAL_STATUSES), wouldBe: z.enum(["suspected", "confirmed"]), missingFacts: z.array(z.string()) }),
    ),
    deadlines: z.looseObject({ deadlines: z.array(z.looseObject({ id: z.string(), dueDate: ZDay })), missing: z.array(z.unknown()) }),
  })
  .meta({ description: "Flags in force, rules not yet applicable, and the legal deadlines." });

export const ZBatchEvaluation = z.object({ at: ZDay, results: z.array(ZEvaluation.and(z.object({ id: z.string().optional() }))) });

export const ZApiError = z
  .object({ error: z.string().meta({ example: "token_expired" }), message: z.string().meta({ description: "In French, for people" }) })
  .meta({ description: "An error: a stable code for scripts and a French message." });

export const ZInvalidFacts = z.object({
  error: z.literal("invalid_facts"),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).max(100),
});

export const ZHealth = z.object({ status: z.enum(["ok", "unavailable"]), database: z.string(), latencyMs: z.number().optional() });
