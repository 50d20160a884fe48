import "server-only";

import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";

import { requireActor, type TCurrentUser } from "@/lib/auth/session";
import { fieldErrorsOf, type TActionFailure, type TActionResult } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

type TOptions = {
  allowPendingPasswordChange?: boolean;
  /** Actions of the second-factor step or enrolment (lib/auth/session.ts). */
  allowSecondFactor?: "pending" | "enrol";
  /** Paths whose pages show what the action changed (re-rendered after success). */
  revalidate?: string[];
};

/**
 * The one pipeline of every signed-in server action: session → parse → operation (which scopes,
 * checks permissions and mutates) → result. Expected errors (AppError) reach the user as a message
 * key, on their field when they name one; anything else is logged and answered generically.
 */
export function defineAction<S extends z.ZodType, R>(
  schema: S,
  operation: (actor: TCurrentUser, input: z.output<S>) => Promise<R>,
  options: TOptions = {},
): (input: z.input<S>) => Promise<TActionResult<R>> {
  return async (input) => {
    try {
      const actor = await requireActor(options);
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
      const data = await operation(actor, parsed.data);
      for (const path of options.revalidate ?? []) revalidatePath(path, "layout");
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      return toFailure(error);
    }
  };
}

export function toFailure(error: unknown): TActionFailure {
  if (error instanceof AppError) {
    const details = error.details === undefined ? {} : { details: error.details };
    return error.field
      ? { ok: false, fieldErrors: { [error.field]: [error.messageKey] }, ...details }
      : { ok: false, formError: error.messageKey, ...details };
  }
  logger.error({ err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }, "action failed");
  return { ok: false, formError: "errors.unexpected" };
}
