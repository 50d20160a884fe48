import type { TActionResult } from "@/lib/actions/result";

/**
 * The values a refused public form's message needs: a 429 carries when to try again
 * (intake-throttle.ts puts { retryAfterSeconds, retryAfterMinutes } in the failure's details).
 */
export function failureValues(result: TActionResult<unknown> | null | undefined): Record<string, number> | undefined {
  if (!result || result.ok || typeof result.details !== "object" || result.details === null) return undefined;
  const { retryAfterSeconds, retryAfterMinutes } = result.details as Record<string, unknown>;
  if (typeof retryAfterSeconds !== "number" || typeof retryAfterMinutes !== "number") return undefined;
  return { retryAfterSeconds, retryAfterMinutes };
}
