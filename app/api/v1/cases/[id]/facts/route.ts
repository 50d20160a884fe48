import { apiErrorFrom } from "@/lib/api/respond";
import { startApiRequest } from "@/lib/api/pipeline";
import { recordRead } from "@/lib/audit/record-read";
import { exportCaseFacts } from "@/lib/compliance/case-facts";

export const dynamic = "force-dynamic";

/**
 * A case's facts as JSON (docs/compliance-facts.md), ready for POST /api/v1/compliance/evaluate or
 * `npm run compliance`. Session or API token with the "facts:read" scope; outside proxy.ts's matcher
 * (api/): 401 signed out, 404 for a case the caller may not read, exactly as for a missing one.
 * Each read is audited (read.case_facts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await startApiRequest(request, "facts:read");
    const { id } = await params;
    const facts = await exportCaseFacts(actor, id);
    await recordRead(actor.id, "read.case_facts", { type: "case", id });
    return Response.json(facts, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return apiErrorFrom(error);
  }
}
