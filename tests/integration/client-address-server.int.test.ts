/**
 * scripts/server.mjs for real (in `--dev` mode, so no build is needed): from one socket, submissions
 * that each claim another X-Forwarded-For, x-real-ip and even x-vigie-client-address still land in
 * one throttle bucket, so the one past the limit is refused with 429 and Retry-After.
 */
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readSpool } from "@/lib/reports/intake-spool";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LIMIT = 3;

let server: ChildProcess | undefined;
let base = "";
let output = "";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`scripts/server.mjs exited:\n${output}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`scripts/server.mjs did not answer within ${timeoutMs} ms:\n${output}`);
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  server = spawn(process.execPath, [path.join(ROOT, "scripts/server.mjs"), "--dev", "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "development",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_TRUST_HOST: "true",
      APP_URL: base,
      PORT: String(port),
      TRUSTED_PROXY_HOPS: "0",
      REPORT_MAX_SUBMISSIONS_PER_CLIENT: String(LIMIT),
      // The server makes its own token: the one of this test run must not leak into it.
      VIGIE_CLIENT_TOKEN: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += String(chunk)));
  server.stderr?.on("data", (chunk) => (output += String(chunk)));
  await waitForHealth(`${base}/api/health`, 90_000);
}, 120_000);

afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}, 30_000);

function submit(host: string, index: number): Promise<Response> {
  return fetch(`${base.replace("localhost", host)}/api/public/reports`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: base,
      "x-forwarded-for": `10.${index}.0.1`,
      "x-real-ip": `10.${index}.0.2`,
      "x-vigie-client-address": `10.${index}.0.3`,
      "x-vigie-client-token": "guessed",
    },
    body: JSON.stringify({ employerName: "Banque", whatItDoes: "Un assistant rédige les réponses aux clients à notre place." }),
  });
}

describe("scripts/server.mjs", () => {
  it("keys the throttle on the socket address, whatever X-Forwarded-For and forged headers say", async ({ annotate }) => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let index = 0; index <= LIMIT; index += 1) {
      last = await submit("127.0.0.1", index);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(LIMIT).fill(201), 429]);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await readSpool()).length).toBe(LIMIT); // the server's spool is this run's (REPORT_SPOOL_DIR)
    // The app did get the server's address (else it warns and puts everyone in one "unknown" bucket).
    expect(output).not.toContain("client_address.untrusted");

    // Another socket address is another bucket: IPv6 loopback (::/48) against 127.0.0.0/24.
    const isIpv6Up = await fetch(`${base.replace("localhost", "[::1]")}/api/health`).then(() => true, () => false);
    if (isIpv6Up) expect((await submit("[::1]", 99)).status).toBe(201);
    else await annotate("no IPv6 loopback here: the other-socket check was skipped");
  }, 120_000);
});
