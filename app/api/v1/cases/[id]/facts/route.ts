import { requireActor } from "@/lib/auth/session";
import { exportCaseFacts } from "@/lib/compliance/case-facts";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * A case's facts as JSON (docs/compliance-facts.md), ready for POST /api/v1/compliance/evaluate or
 * `npm run compliance`. Outside proxy.ts's matcher (api/): 401 signed out, 404 for a case the user may
 * not read, exactly as for a missing one.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireActor();
    const facts = await exportCaseFacts(actor, (await params).id);
    return Response.json(facts, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof AppError && (error.code === "unauthenticated" || error.code === "forbidden" || error.code === "not_found")) {
      return Response.json({ error: error.code }, { status: error.status });
    }
    throw error;
  }
}
