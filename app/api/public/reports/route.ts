import { submitReportFromJson } from "@/lib/reports/public-intake";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Anonymous report intake as JSON (the load script uses it): the body is ZReportSubmission
 * (lib/reports/schemas.ts). 201 `{ receipt }`; 400 `{ error: "invalid", fieldErrors }`; 413 past 64 KiB;
 * 429 `{ error: "throttled" }`; 500 `{ error: "unexpected" }`. Same operation, validation and throttle
 * as the form; like it, it stores no address, no user agent and no time.
 */
export async function POST(request: Request) {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return Response.json({ error: "too_large" }, { status: 413 });
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) return Response.json({ error: "too_large" }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return Response.json({ error: "invalid", fieldErrors: { _form: ["reportForm.errors.invalidJson"] } }, { status: 400 });
  }
  const { result, status } = await submitReportFromJson(body, request.headers);
  const headers = { "Cache-Control": "no-store" };
  if (result.ok) return Response.json(result.data, { status, headers });
  const error = status === 429 ? "throttled" : status >= 500 ? "unexpected" : "invalid";
  return Response.json({ error, fieldErrors: result.fieldErrors, formError: result.formError }, { status, headers });
}
