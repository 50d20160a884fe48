import { notFound } from "next/navigation";

import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

/**
 * The fixed cost of a signed-in page for `npm run bench:page-cost` (issue 21): the working pages' layout,
 * session check and messages with an empty page. Served only when BENCH_ROUTES=true.
 */
export default async function BenchBlankPage() {
  if (!env().BENCH_ROUTES) notFound();
  await requireUser();
  return <p>blank</p>;
}
