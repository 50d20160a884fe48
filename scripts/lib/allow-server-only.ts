/**
 * lib/'s data layer starts with `import "server-only"`, a guard only Next.js's bundler satisfies.
 * Scripts and seeds are server code too: after this call, "server-only" resolves to an empty module (as
 * vitest's alias does). Import lib/ modules dynamically *after* calling it: static imports run first.
 */
import { register } from "node:module";

const HOOK = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;

let registered = false;

export function allowServerOnly(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
  registered = true;
}
