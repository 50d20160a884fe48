// Starts `scripts/worker.ts` as a separate process against the test database, as `npm run worker`
// would: the job tests prove that several processes share one queue.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX_BIN = path.join(ROOT, "node_modules/.bin/tsx");

/** `pid` is the worker's own process (tsx runs it in a child of `child`). */
export type TWorkerProcess = { child: ChildProcess; pid: number; output: () => string; stop(): Promise<void> };

export async function startWorkerProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<TWorkerProcess> {
  const child = spawn(TSX_BIN, ["scripts/worker.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      JOBS_POLLING_SECONDS: "0.5",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`worker did not start in 30 s:\n${output}`));
    }, 30_000);
    const check = () => {
      if (output.includes("worker prêt")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code}) before it was ready:\n${output}`));
    });
  });
  const pid = Number(/worker prêt \/ ready \(pid (\d+)\)/.exec(output)?.[1]);
  return {
    child,
    pid,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
