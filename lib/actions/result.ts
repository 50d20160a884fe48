import type { z } from "zod";

/**
 * What every server action returns. Messages are keys of messages/*.json (translated by the form).
 * `fieldErrors` go next to their field, `formError` above the submit button.
 */
export type TActionResult<T = undefined> =
  | { ok: true; data: T }
  | TActionFailure;

export type TActionFailure = {
  ok: false;
  fieldErrors?: Record<string, string[]>;
  formError?: string;
  /** What an expected error carries for the user (AppError.details), e.g. a conflicting change. */
  details?: unknown;
};

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
