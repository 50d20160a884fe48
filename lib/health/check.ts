import "server-only";

import { getPool } from "@/lib/db";

/** Round-trips to PostgreSQL; reports its latency, never its address or credentials. */
export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down"; latencyMs?: number }> {
  const started = performance.now();
  try {
    await getPool().query("SELECT 1");
    return { ok: true, database: "up", latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, database: "down" };
  }
}
