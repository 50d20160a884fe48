import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { evaluateRequest, parseJsonBody } from "@/lib/compliance/evaluate-request";
import { getLegalCalendar } from "@/lib/compliance/calendar-store";
import { todayInParis } from "@/lib/consultations/calendar-date";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * Evaluates facts given as JSON: `{ facts, at? }` or `{ cases: [{ id?, facts }], at? }` (at most
 * 10,000). Signed-in users only (401 otherwise); bad JSON or facts → 400 with each field named.
 */
export async function POST(request: Request) {
  try {
    const actor = await requireActor();
    if (!can(actor.role, "dashboard:read") && !can(actor.role, "case:read:assigned") && !can(actor.role, "case:read:any")) {
      return Response.json({ error: "not_found" }, { status: 404 });
    }
    const json = parseJsonBody(await request.text());
    // The calendar in force (admins' edits included), as on the case pages.
    const outcome = json.ok ? evaluateRequest(json.body, { today: todayInParis(), calendar: await getLegalCalendar() }) : json;
    if (!outcome.ok) return Response.json({ error: "invalid_facts", issues: outcome.issues }, { status: 400 });
    return Response.json(outcome.response, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof AppError && (error.code === "unauthenticated" || error.code === "forbidden")) {
      return Response.json({ error: error.code }, { status: error.status });
    }
    throw error;
  }
}
