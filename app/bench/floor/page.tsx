import { cookies } from "next/headers";
import { notFound } from "next/navigation";

import { readSessionToken, sessionCookieValue } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";

/**
 * The framework's floor for `npm run bench:page-cost` (issue 21): a dynamic page behind the same proxy
 * and session token as every signed-in page, and nothing else of the app (no database, no layout of its
 * own, no messages for the browser). Served only when BENCH_ROUTES=true; grants nothing.
 */
export default async function BenchFloorPage() {
  if (!env().BENCH_ROUTES) notFound();
  if (!(await readSessionToken(sessionCookieValue(await cookies())))) notFound();
  return <main id="main">floor</main>;
}
