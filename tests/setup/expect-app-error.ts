import { expect } from "vitest";

import { AppError } from "@/lib/errors";

/** Awaits a call that must fail with an expected error of that code (and on that field); returns it. */
export async function expectAppError(promise: Promise<unknown>, code: string, field?: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field) expect((error as AppError).field).toBe(field);
  return error as AppError;
}
