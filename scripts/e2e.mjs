#!/usr/bin/env node
/**
 * `npm run test:e2e [-- playwright args]`: finds a Chromium, then runs Playwright (playwright.config.ts).
 * Order: $CHROMIUM_PATH, a system Chromium/Chrome, `apt-get install chromium` (root with apt only),
 * `npx playwright install chromium`. Playwright's own download needs internet access, hence last.
 */
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
// Same values as webServer in playwright.config.ts.
// E2E_PORT lets several checkouts run their e2e tiers side by side (default 3210).
const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
const E2E_DATA_DIR = path.join(ROOT, ".data", "e2e");
const SYSTEM_BROWSERS = ["chromium", "chromium-browser", "google-chrome"];

function say(message) {
  console.log(`[e2e] ${message}`);
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath(name) {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return dirs.map((dir) => path.join(dir, name)).find(isExecutable);
}

function findSystemChromium() {
  if (isExecutable("/usr/bin/chromium")) return "/usr/bin/chromium";
  for (const name of SYSTEM_BROWSERS) {
    const found = findOnPath(name);
    if (found) return found;
  }
  return undefined;
}

function run(command, args) {
  say(`${command} ${args.join(" ")}`);
  return spawnSync(command, args, { cwd: ROOT, stdio: "inherit" }).status === 0;
}

function installWithApt() {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !findOnPath("apt-get")) return false;
  return run("apt-get", ["update"]) && run("apt-get", ["install", "-y", "chromium"]);
}

/** Returns the browser's path, or null for Playwright's own download. Exits when there is none. */
function resolveChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (isExecutable(configured)) return configured;
    fail(`CHROMIUM_PATH=${configured} n'est pas un exécutable / is not an executable.`);
  }
  const system = findSystemChromium();
  if (system) return system;

  say("Aucun Chromium trouvé / No Chromium found: installing one.");
  if (installWithApt()) {
    const installed = findSystemChromium();
    if (installed) return installed;
  }
  if (run(path.join(ROOT, "node_modules", ".bin", "playwright"), ["install", "chromium"])) return null;
  fail(
    "Installez Chromium puis relancez / Install Chromium, then run again:\n" +
      "  Debian/Ubuntu: sudo apt-get install chromium\n" +
      "  or: npx playwright install chromium\n" +
      "  or point CHROMIUM_PATH at a Chromium or Chrome executable.",
  );
}

function fail(message) {
  console.error(`[e2e] ${message}`);
  process.exit(1);
}

function isPortInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * Each run starts from a fresh database holding only the demo data: nothing left by an earlier run (rows,
 * login throttling counters) can change the outcome. A server already up on the e2e port is reused by
 * Playwright (outside CI) with its data, so that data is left alone.
 */
async function resetE2eData() {
  if (await isPortInUse(E2E_PORT)) {
    say(`Serveur déjà lancé sur / Server already running on ${E2E_PORT}: reused with its data.`);
    return;
  }
  await fs.rm(E2E_DATA_DIR, { recursive: true, force: true });
}

const chromium = resolveChromium();
await resetE2eData();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (chromium) {
  env.CHROMIUM_PATH = chromium;
  say(`Chromium: ${chromium}`);
}

const playwright = spawn(path.join(ROOT, "node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
  cwd: ROOT,
  env,
  stdio: "inherit",
});
// Ctrl-C already reaches Playwright through the terminal; it needs the time to stop its web server.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => playwright.kill("SIGTERM"));
playwright.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
