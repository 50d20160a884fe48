import { renderDocsPage } from "@/lib/api/docs-page";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** GET /api/docs: the JSON API's description as a readable page (no script, no outside asset). */
export function GET() {
  return new Response(renderDocsPage(buildOpenApiDocument()), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
