/**
 * The global cap on receipt hashing through the real JSON route: a flood from many networks (so no
 * per-client limit applies) gets a clear 429 with Retry-After once the instance has hashed
 * REPORT_MAX_HASHES_PER_MINUTE receipts this minute, and nothing is stored for the refused requests.
 */
import { describe, expect, it } from "vitest";

import { POST } from "@/app/api/public/reports/route";
import { readSpool } from "@/lib/reports/intake-spool";
import { env } from "@/lib/env";
import { fromClient } from "@/tests/setup/client-headers";

// Read by env() on its first call, which comes after this (the module graph is this file's own).
const CAP = 4;
process.env.REPORT_MAX_HASHES_PER_MINUTE = String(CAP);

describe("global receipt-hashing cap", () => {
  it("answers a flood past the cap with 429, Retry-After and the wait, storing nothing for it", async () => {
    expect(env().REPORT_MAX_HASHES_PER_MINUTE).toBe(CAP);
    // The cap counts per aligned minute: start early in one so the flood does not straddle two.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 50));

    const responses: Response[] = [];
    for (let index = 0; index < CAP + 2; index += 1) {
      const headers = fromClient(`10.${index}.0.1`, { "content-type": "application/json", origin: new URL(env().APP_URL).origin });
      const body = JSON.stringify({ employerName: "Banque", whatItDoes: "Un assistant rédige les réponses aux clients à notre place." });
      responses.push(await POST(new Request("http://localhost/api/public/reports", { method: "POST", headers, body })));
    }
    expect(responses.map((response) => response.status)).toEqual([...Array(CAP).fill(201), 429, 429]);
    const refused = responses[CAP]!;
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ error: "throttled", formError: "reportForm.errors.busy", retryAfterSeconds: wait });
    expect((await readSpool()).length).toBe(CAP); // waiting for their batch (lib/reports/intake-spool.ts)
  }, 30_000);
});
