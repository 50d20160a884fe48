import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { MESSAGES } from "@/messages";

const { fr, en } = MESSAGES;

type TTree = { [key: string]: string | TTree };

function keysOf(tree: TTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("messages", () => {
  it("French and English have exactly the same keys", () => {
    const frKeys = keysOf(fr as TTree).sort();
    const enKeys = keysOf(en as TTree).sort();
    expect(frKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !frKeys.includes(key))).toEqual([]);
  });

  it("no message is empty", () => {
    for (const messages of [fr, en] as TTree[]) {
      const empty = keysOf(messages).filter((key) => {
        const value = key.split(".").reduce<TTree | string>((node, part) => (node as TTree)[part]!, messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });

  it("every error key used by schemas and errors exists in French", () => {
    const frKeys = new Set(keysOf(fr as TTree));
    const used = new Set<string>();
    for (const file of [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components")]) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/["'`]((?:validation|errors|auth|enums|tools|cases|consultation|workflow|caseList)\.[A-Za-z.]+)["'`]/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !frKeys.has(key)).sort()).toEqual([]);
  });
});
