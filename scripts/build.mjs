#!/usr/bin/env node
/**
 * `npm run build`: next build, then a stamp of what it was built from (.next/vigie-build-stamp), so
 * that `npm start` (scripts/start.mjs) rebuilds only when a source file changed since.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const BUILD_STAMP = path.join(ROOT, ".next", "vigie-build-stamp");

/** Top-level directories that are not inputs of `next build` (generated/ is derived from prisma/schema.prisma). */
const NOT_BUILD_INPUTS = new Set([
  "node_modules",
  "generated",
  "prisma",
  "scripts",
  "tests",
  "docs",
  "coverage",
  "test-results",
  "playwright-report",
]);
/** Files Next itself rewrites during a build: hashing them would make every build look stale. */
const BUILD_OUTPUT_FILES = /^next-env\.d\.ts$|\.tsbuildinfo$/;
const NOT_SOURCE_FILES = /\.(test|spec)\.[cm]?[jt]sx?$|\.md$/;

async function hashBuildInputs() {
  const hash = createHash("sha256");
  const files = [path.join(ROOT, "prisma", "schema.prisma"), ...(await listBuildInputs())].sort();
  for (const file of files) {
    hash
      .update(path.relative(ROOT, file))
      .update("\0")
      .update(await fs.readFile(file))
      .update("\0");
  }
  return hash.digest("hex");
}

async function listBuildInputs() {
  const files = [];
  for (const entry of await fs.readdir(ROOT, { withFileTypes: true })) {
    const full = path.join(ROOT, entry.name);
    if (entry.isFile() && !BUILD_OUTPUT_FILES.test(entry.name) && !entry.name.endsWith(".md")) files.push(full);
    // Dot-directories are tooling (.git, .next, .data, .ci), never app sources.
    if (entry.isDirectory() && !entry.name.startsWith(".") && !NOT_BUILD_INPUTS.has(entry.name)) {
      const nested = await fs.readdir(full, { recursive: true, withFileTypes: true });
      for (const file of nested) {
        if (file.isFile() && !NOT_SOURCE_FILES.test(file.name)) files.push(path.join(file.parentPath, file.name));
      }
    }
  }
  return files;
}

/** The hash of the current sources and whether the existing build was made from them. */
export async function readBuildState() {
  const inputsHash = await hashBuildInputs();
  const stamp = existsSync(BUILD_STAMP) ? (await fs.readFile(BUILD_STAMP, "utf8")).trim() : null;
  return { inputsHash, isCurrent: stamp === inputsHash && existsSync(path.join(ROOT, ".next", "BUILD_ID")) };
}

export async function writeBuildStamp(inputsHash) {
  await fs.writeFile(BUILD_STAMP, `${inputsHash}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputsHash = await hashBuildInputs();
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build", ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  await writeBuildStamp(inputsHash);
}
