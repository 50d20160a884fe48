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

const NAMESPACES = ["validation", "errors", "auth", "enums", "tools", "cases", "consultation", "workflow", "caseList", "reportForm", "reports", "dashboards", "letters", "compliance", "agreements"];
const KEY_IN_QUOTES = new RegExp(`["'\`]((?:${NAMESPACES.join("|")})\\.[A-Za-z.]+)["'\`]`, "g");

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

  it("every message key quoted in the code exists in French (as a message or a namespace)", () => {
    const leaves = keysOf(fr as TTree);
    // A namespace (useTranslations("tools.accord")) is known when some message lives under it.
    const prefixes = leaves.flatMap((key) => key.split(".").map((_, index, parts) => parts.slice(0, index + 1).join(".")));
    const known = new Set(prefixes);
    const used = new Set<string>();
    // lib/compliance quotes fact paths ("consultation.avisDate"), not messages.
    const files = [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components")].filter(
      (file) => !file.startsWith(path.join("lib", "compliance")),
    );
    for (const file of files) {
      for (const line of readFileSync(file, "utf8").split("\n")) {
        // Audit action names ("consultation.update") share the namespaces' words but are not messages.
        if (/\baction\b/.test(line)) continue;
        for (const match of line.matchAll(KEY_IN_QUOTES)) used.add(match[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !known.has(key)).sort()).toEqual([]);
  });
});
