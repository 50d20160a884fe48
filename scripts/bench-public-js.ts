/**
 * First-load JavaScript of the public report pages (/signaler, /suivi) against a blank App Router page
 * of the same Next.js, React and bundler (issue 21.4, target: within 1.3×):
 *
 *   npm run build && npm run bench:public-js [-- --url http://localhost:3400]
 *
 * Read from the production builds, no server needed: a route's first load is the framework's root
 * chunks (build-manifest.json `rootMainFiles`; the `nomodule` polyfills are left out, modern browsers
 * skip them) plus every chunk its client reference manifest lists for its layouts, boundaries and page
 * (`entryJSFiles`). The floor is scripts/bench-floor/blank-app (a root layout with <html><body>, a page
 * with one line of text), built here by `next build` each run so that it matches the installed Next.
 * With --url, also sums every script the served HTML names, as the browser would fetch them. Sizes are
 * gzip (zlib's default level), as served compressed. A benchmark prints figures; it asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");
const APP_DIST = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");
const FLOOR_DIR = path.join(ROOT, "scripts", "bench-floor", "blank-app");
const FLOOR_DIST = path.join(FLOOR_DIR, ".next");
const ROUTES = [
  { path: "/signaler", manifest: "(public)/signaler", key: "/(public)/signaler/page" },
  { path: "/suivi", manifest: "(public)/suivi", key: "/(public)/suivi/page" },
];
const TARGET = 1.3;

type TSize = { files: number; raw: number; gzip: number; hasZod: boolean };

function chunkSizes(dist: string, files: Iterable<string>): TSize {
  const size: TSize = { files: 0, raw: 0, gzip: 0, hasZod: false };
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    size.files += 1;
    size.raw += bytes.length;
    size.gzip += gzipSync(bytes).length;
    // zod 4's error class: present in any chunk that bundles a zod schema.
    if (bytes.includes("ZodError")) size.hasZod = true;
  }
  return size;
}

/** The chunks a route's first load names, from the build's manifests. */
function firstLoadFiles(dist: string, manifestDir: string, key: string): Set<string> {
  const build = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const file = path.join(dist, "server", "app", manifestDir, "page_client-reference-manifest.js");
  // The manifest is a script assigning globalThis.__RSC_MANIFEST[route]; run it in an empty context.
  const sandbox: { self?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  sandbox.self = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const entry = sandbox.__RSC_MANIFEST?.[key];
  if (!entry) throw new Error(`${key}: not in ${path.relative(ROOT, file)}`);
  return new Set([...build.rootMainFiles, ...Object.values(entry.entryJSFiles).flat()]);
}

/** Every script the served HTML names (tags, preloads, flight data), fetched and compressed here. */
async function servedScripts(base: string, route: string): Promise<TSize> {
  const response = await fetch(`${base}${route}`);
  if (response.status !== 200) throw new Error(`${route} → HTTP ${response.status}`);
  const html = await response.text();
  const paths = new Set([...html.matchAll(/\/_next\/static\/[^"'\s\\)]+?\.js/g)].map((match) => match[0]));
  const size: TSize = { files: 0, raw: 0, gzip: 0, hasZod: false };
  for (const script of paths) {
    if (POLYFILLS.some((file) => script.endsWith(file))) continue; // nomodule: modern browsers skip it
    const scriptResponse = await fetch(`${base}${script}`);
    if (!scriptResponse.ok) continue;
    const bytes = Buffer.from(await scriptResponse.arrayBuffer());
    size.files += 1;
    size.raw += bytes.length;
    size.gzip += gzipSync(bytes).length;
    if (bytes.includes("ZodError")) size.hasZod = true;
  }
  return size;
}

const { values } = parseArgs({ options: { url: { type: "string" } } });
if (!existsSync(path.join(APP_DIST, "build-manifest.json"))) throw new Error(`no production build in ${APP_DIST}: run npm run build first`);

const built = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build", FLOOR_DIR], {
  cwd: ROOT,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" },
  encoding: "utf8",
});
if (built.status !== 0) throw new Error(`next build of the blank page failed:\n${built.stdout}\n${built.stderr}`);

const POLYFILLS = (JSON.parse(readFileSync(path.join(APP_DIST, "build-manifest.json"), "utf8")) as { polyfillFiles: string[] }).polyfillFiles;
const nextVersion = (JSON.parse(readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")) as { version: string }).version;
const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7);
const floorFiles = firstLoadFiles(FLOOR_DIST, "", "/page");
// NOTE: Turbopack takes the repository as its root, so the floor's *server* build picks up the app's
// instrumentation; its browser chunks must still hold nothing of the app, or the floor would be too high.
for (const file of floorFiles) {
  if (/next-intl|use-intl|Vigie/.test(readFileSync(path.join(FLOOR_DIST, file), "utf8"))) throw new Error(`the blank page's ${file} holds app code`);
}
const floor = chunkSizes(FLOOR_DIST, floorFiles);
console.log(`next ${nextVersion} · node ${process.version} · first-load JS from the production builds' manifests (gzip)`);
console.log(`${"page".padEnd(26)} ${"files".padStart(5)} ${"raw kB".padStart(7)} ${"gzip kB".padStart(7)}  ${"× floor".padStart(7)}  zod`);
const row = (label: string, size: TSize) =>
  console.log(
    `${label.padEnd(26)} ${String(size.files).padStart(5)} ${kB(size.raw)} ${kB(size.gzip)}  ${(size.gzip / floor.gzip).toFixed(2).padStart(7)}  ${size.hasZod ? "yes" : "no"}`,
  );
row("blank page (floor)", floor);
for (const route of ROUTES) row(route.path, chunkSizes(APP_DIST, firstLoadFiles(APP_DIST, route.manifest, route.key)));
console.log(`target: each page within ${TARGET}× the floor (${kB(floor.gzip * TARGET).trim()} kB gzip)`);

if (values.url) {
  const base = values.url.replace(/\/$/, "");
  console.log(`\nscripts named by the HTML served at ${base} (gzip)`);
  for (const route of ROUTES) row(route.path, await servedScripts(base, route.path));
}
