import "server-only";

import { notFound } from "next/navigation";

import { AppError } from "@/lib/errors";

/** For pages: a `not_found` from the data layer renders the 404 page (same answer as a missing id). */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
