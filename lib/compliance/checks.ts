/**
 * Three-valued logic for rule conditions. A condition is "yes", "no" or "unknown"; an unknown one
 * names the fact paths that would settle it, so a flag can be "suspected" and say what is missing.
 */
export type TFactValue = string | number | boolean | readonly string[] | null;
export type TTrigger = { path: string; value: TFactValue };
export type TCheck = { state: "yes" | "no" | "unknown"; triggeredBy: TTrigger[]; missing: string[] };

export const yes = (...triggeredBy: TTrigger[]): TCheck => ({ state: "yes", triggeredBy, missing: [] });
export const no: TCheck = { state: "no", triggeredBy: [], missing: [] };
export const unknown = (missing: string[], triggeredBy: TTrigger[] = []): TCheck => ({ state: "unknown", triggeredBy, missing });

/** A tri-state fact read as a condition: "unknown" makes the fact itself the missing one. */
export function tri(path: string, value: "yes" | "no" | "unknown", wanted: "yes" | "no" = "yes"): TCheck {
  if (value === "unknown") return unknown([path]);
  return value === wanted ? yes({ path, value }) : no;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function uniqueTriggers(triggers: TTrigger[]): TTrigger[] {
  const seen = new Set<string>();
  return triggers.filter((trigger) => !seen.has(trigger.path) && seen.add(trigger.path));
}

/** Every condition must hold: one "no" clears it; otherwise the unknown ones are what is missing. */
export function all(...checks: TCheck[]): TCheck {
  if (checks.some((check) => check.state === "no")) return no;
  const triggeredBy = uniqueTriggers(checks.flatMap((check) => check.triggeredBy));
  const missing = unique(checks.flatMap((check) => check.missing));
  return missing.length === 0 ? { state: "yes", triggeredBy, missing } : { state: "unknown", triggeredBy, missing };
}

/** One condition is enough: any "yes" settles it, with the facts that said yes. */
export function any(...checks: TCheck[]): TCheck {
  const met = checks.filter((check) => check.state === "yes");
  if (met.length > 0) return yes(...uniqueTriggers(met.flatMap((check) => check.triggeredBy)));
  const open = checks.filter((check) => check.state === "unknown");
  if (open.length === 0) return no;
  return unknown(unique(open.flatMap((check) => check.missing)), uniqueTriggers(open.flatMap((check) => check.triggeredBy)));
}
