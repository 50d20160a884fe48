import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** GET /api/docs/openapi.json: the OpenAPI 3.1 description of the JSON API (public, no data). */
export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
