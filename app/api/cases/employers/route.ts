import { requireActor } from "@/lib/auth/session";
import { canReadCases, searchCaseListEmployers } from "@/lib/deployments/list";
import { ZEmployerSearch } from "@/lib/deployments/list-schemas";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * The case list's employer filter, searched by name when there are too many employers to list:
 * `?q=` (2 to 100 characters) → `{ employers: [{ id, legalName }] }`, only employers with a case the
 * caller may read. Outside proxy.ts's matcher (api/), so this handler answers 401 / 404 itself.
 */
export async function GET(request: Request) {
  try {
    const actor = await requireActor();
    // A role without case access learns nothing, not even that the search exists.
    if (!canReadCases(actor)) return new Response(null, { status: 404 });
    const parsed = ZEmployerSearch.safeParse({ q: new URL(request.url).searchParams.get("q") ?? "" });
    if (!parsed.success) return Response.json({ error: "invalid_query" }, { status: 400 });
    const employers = await searchCaseListEmployers(actor, parsed.data.q);
    return Response.json({ employers }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof AppError && (error.code === "unauthenticated" || error.code === "forbidden")) {
      return new Response(null, { status: error.status });
    }
    throw error;
  }
}
