import compile from "icu-minify/compile";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import formatPrecompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";

import { FORMATS } from "@/i18n/formats";
import { MESSAGES } from "@/messages";

/**
 * The built app formats messages precompiled at build time (next.config.ts, ADR 0021): next-intl's
 * loader compiles each ICU message with icu-minify, and `t()` runs use-intl's format-only formatter.
 * Tests and the source catalogues use the runtime ICU parser. This proves both say the same thing:
 * every message of both languages, formatted with every branch of its plurals and selects.
 */

type TTree = { [key: string]: string | TTree };
type TArg = { kind: "text" | "number" } | { kind: "select"; keys: string[] };

const TYPE_SELECT = 1;
const TYPE_PLURAL = 2;
const TYPE_SELECTORDINAL = 3;
const TYPE_NUMBER = 4;

function entries(tree: TTree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`)));
}

/** The arguments a compiled message reads, with what kind of value each takes. */
function argsOf(message: unknown, args = new Map<string, TArg>()): Map<string, TArg> {
  if (!Array.isArray(message)) return args;
  for (const node of message) {
    if (!Array.isArray(node)) continue;
    const [name, type, options] = node as [string, unknown, Record<string, unknown>?];
    if (node.length === 1) args.set(name, args.get(name) ?? { kind: "text" });
    else if (type === TYPE_SELECT) args.set(name, { kind: "select", keys: Object.keys(options!) });
    else if (type === TYPE_PLURAL || type === TYPE_SELECTORDINAL || type === TYPE_NUMBER) args.set(name, { kind: "number" });
    else throw new Error(`unexpected node ${JSON.stringify(node)}: add it to this test`);
    for (const branch of Object.values(typeof type === "number" && options ? options : {})) argsOf(branch, args);
  }
  return args;
}

const NUMBERS = [0, 1, 2, 5, 1234.5];

/** Value sets covering every branch: the i-th set takes each argument's i-th candidate (cycling). */
function valueSets(args: Map<string, TArg>): Record<string, string | number>[] {
  const candidates = [...args].map(([name, arg]) => [name, arg.kind === "select" ? [...arg.keys, "unlisted"] : arg.kind === "number" ? NUMBERS : ["Valeur « x »"]] as const);
  const count = Math.max(1, ...candidates.map(([, values]) => values.length));
  return Array.from({ length: count }, (_, index) => Object.fromEntries(candidates.map(([name, values]) => [name, values[index % values.length]!])));
}

describe.each(["fr", "en"] as const)("precompiled messages (%s)", (locale) => {
  const messages = MESSAGES[locale] as TTree;
  const runtime = createTranslator({ locale, messages: messages as Record<string, string>, formats: FORMATS, timeZone: "Europe/Paris" });
  const formatters = _createIntlFormatters(_createCache());
  const cache = _createCache();

  it("format exactly as the runtime parser does", () => {
    const all = entries(messages);
    let formatted = 0;
    for (const [key, source] of all) {
      const compiled = compile(source);
      for (const values of valueSets(argsOf(compiled))) {
        const expected = runtime(key, values);
        const actual = formatPrecompiled(key, compiled, values, { cache, formatters, globalFormats: FORMATS, formats: undefined, locale, timeZone: "Europe/Paris" });
        expect(actual, `${key} ${JSON.stringify(values)}`).toBe(expected);
        formatted += 1;
      }
    }
    // Every message, and more renderings than messages: the branches were exercised.
    expect(all.length).toBeGreaterThan(500);
    expect(formatted).toBeGreaterThan(all.length);
  });
});
