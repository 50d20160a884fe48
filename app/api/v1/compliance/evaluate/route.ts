import { apiError, apiErrorFrom } from "@/lib/api/respond";
import { readApiBody, startApiRequest } from "@/lib/api/pipeline";
import { EVALUATE_BATCH_MAX } from "@/lib/api-tokens/scopes";
import { can } from "@/lib/authz/permissions";
import { evaluateRequestInChunks, parseJsonBody } from "@/lib/compliance/evaluate-request";
import { getLegalCalendar } from "@/lib/compliance/calendar-store";
import { todayInParis } from "@/lib/consultations/calendar-date";

export const dynamic = "force-dynamic";

/**
 * Evaluates facts given as JSON: `{ facts, at? }` or `{ cases: [{ id?, facts }], at? }` (at most
 * EVALUATE_BATCH_MAX cases for the caller's role). Session or API token with the
 * "compliance:evaluate" scope (401/403 otherwise); body over API_MAX_BODY_BYTES → 413 before it is
 * read; past the rate limit → 429 with Retry-After; bad JSON or facts → 400 with each field named.
 * Computed in chunks, so a large batch never stops the server answering others (ADR 0034).
 */
export async function POST(request: Request) {
  try {
    const actor = await startApiRequest(request, "compliance:evaluate");
    if (!can(actor.role, "dashboard:read") && !can(actor.role, "case:read:assigned") && !can(actor.role, "case:read:any")) {
      return apiError(404, "not_found", "errors.notFound");
    }
    const json = parseJsonBody(await readApiBody(request));
    const max = EVALUATE_BATCH_MAX[actor.role];
    if (json.ok && Array.isArray((json.body as { cases?: unknown } | null)?.cases) && (json.body as { cases: unknown[] }).cases.length > max) {
      return apiError(413, "batch_too_large", "apiTokens.errors.batchTooLarge", { max });
    }
    // The calendar in force (admins' edits included), as on the case pages.
    const outcome = json.ok ? await evaluateRequestInChunks(json.body, { today: todayInParis(), calendar: await getLegalCalendar(), maxCases: max }) : json;
    if (!outcome.ok) return Response.json({ error: "invalid_facts", message: "Les faits envoyés ne sont pas valables : chaque erreur est dans « issues ».", issues: outcome.issues }, { status: 400 });
    return Response.json(outcome.response, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return apiErrorFrom(error);
  }
}
