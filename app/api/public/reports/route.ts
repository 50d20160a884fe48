import { env } from "@/lib/env";
import { retryAfterOf } from "@/lib/reports/intake-throttle";
import { submitReportFromJson } from "@/lib/reports/public-intake";
import fr from "@/messages/fr/reportForm.json";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;
const NO_STORE = { "Cache-Control": "no-store" };

/** A refusal before anything is read: the message key, and its French text for API clients. */
const refuse = (status: number, error: string, key: "jsonOnly" | "foreignOrigin") =>
  Response.json({ error, formError: `reportForm.errors.${key}`, message: fr.errors[key] }, { status, headers: NO_STORE });

/**
 * Anonymous report intake as JSON (the load script uses it): the body is ZReportSubmission
 * (lib/reports/schemas.ts), sent as `Content-Type: application/json` with an `Origin` equal to
 * APP_URL's, so no other web site can make its visitors' browsers file reports (a cross-site form or
 * text/plain fetch needs no preflight). 201 `{ receipt }`; 400 `{ error: "invalid", fieldErrors }`;
 * 403 `forbidden_origin`; 413 past 64 KiB; 415 `unsupported_media_type`; 429 `{ error: "throttled" }`
 * with Retry-After; 500 `{ error: "unexpected" }`. Same operation, validation and throttle as the
 * form; like it, it stores no address, no user agent and no time.
 */
export async function POST(request: Request) {
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") return refuse(415, "unsupported_media_type", "jsonOnly");
  if (request.headers.get("origin") !== new URL(env().APP_URL).origin) return refuse(403, "forbidden_origin", "foreignOrigin");
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
  if (result.ok) return Response.json(result.data, { status, headers: NO_STORE });
  const retryAfter = status === 429 ? retryAfterOf(result.details) : undefined;
  const headers = retryAfter ? { ...NO_STORE, "Retry-After": String(retryAfter) } : NO_STORE;
  const error = status === 429 ? "throttled" : status >= 500 ? "unexpected" : "invalid";
  return Response.json({ error, fieldErrors: result.fieldErrors, formError: result.formError, retryAfterSeconds: retryAfter }, { status, headers });
}
