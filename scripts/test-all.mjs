#!/usr/bin/env node
/**
 * `npm test`: unit, then integration, then end-to-end tests. Stops at the first failing tier and exits
 * with its code, so the slow tiers only run on top of passing fast ones.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const VITEST = path.join(ROOT, "node_modules", ".bin", "vitest");

const TIERS = [
  { name: "unit", command: VITEST, args: ["run", "--project", "unit"] },
  { name: "integration", command: VITEST, args: ["run", "--project", "integration"] },
  { name: "e2e", command: process.execPath, args: [path.join(ROOT, "scripts", "e2e.mjs")] },
];

function runTier({ command, args }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit" });
    child.on("error", () => resolve(1));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const results = [];
let exitCode = 0;
for (const tier of TIERS) {
  console.log(`\n━━ ${tier.name} ━━`);
  const startedAt = performance.now();
  exitCode = await runTier(tier);
  results.push(
    `${tier.name} ${exitCode === 0 ? "ok" : `FAILED (${exitCode})`} ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
  );
  if (exitCode !== 0) break;
}
const skipped = TIERS.slice(results.length).map((tier) => `${tier.name} skipped`);
console.log(`\n${exitCode === 0 ? "✔" : "✘"} tests: ${[...results, ...skipped].join(" · ")}`);
process.exitCode = exitCode;
