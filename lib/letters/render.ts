/**
 * Letter templates are Mustache text (mustache.js, pinned): {{employer.legalName}} for a value,
 * {{#missingDocuments}}…{{/missingDocuments}} for a list, {{#case.goLiveOn}}…{{/case.goLiveOn}} and
 * {{^case.goLiveOn}}…{{/case.goLiveOn}} for "when known" / "when not known". Pure.
 *
 * Invariant: a template is saved only if checkLetterTemplate finds nothing, i.e. it parses and every
 * name it uses is a variable of the letter context (LETTER_VARIABLES). Partials and delimiter changes
 * are refused: they would let a template reach beyond the context. Letters are plain text, so nothing
 * is HTML-escaped.
 */
import Mustache from "mustache";

import { LETTER_VARIABLES, type TLetterContext, type TVariableCatalogue } from "./variables";

export type TTemplateIssue = {
  messageKey:
    | "letters.templates.errors.unclosedSection"
    | "letters.templates.errors.unopenedSection"
    | "letters.templates.errors.unclosedTag"
    | "letters.templates.errors.syntax"
    | "letters.templates.errors.unsupportedTag"
    | "letters.templates.errors.unknownVariable"
    | "letters.templates.errors.listAsValue";
  params: Record<string, string | number>;
};

/** A token of mustache.js's parse tree: [type, value, start, end, children?]. */
type TToken = [string, string, number, number, TToken[]?];

/** Own writer: its own template cache and no global setting shared with anything else. */
const writer = new Mustache.Writer();

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** mustache.js throws English messages; the rep gets the French kind of error and the line. */
function syntaxIssue(text: string, error: unknown): TTemplateIssue {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at (\d+)/.exec(message);
  const line = at ? lineOf(text, Number(at[1])) : 1;
  const section = /section "([^"]*)"/.exec(message)?.[1] ?? "";
  if (message.startsWith("Unclosed section")) {
    // mustache.js reports where it gave up (often the end); the rep needs the line that opens the section.
    const opening = Math.max(text.lastIndexOf(`{{#${section}`), text.lastIndexOf(`{{^${section}`));
    return { messageKey: "letters.templates.errors.unclosedSection", params: { name: section, line: opening >= 0 ? lineOf(text, opening) : line } };
  }
  if (message.startsWith("Unopened section")) return { messageKey: "letters.templates.errors.unopenedSection", params: { name: section, line } };
  if (message.startsWith("Unclosed tag")) return { messageKey: "letters.templates.errors.unclosedTag", params: { line } };
  return { messageKey: "letters.templates.errors.syntax", params: { line } };
}

type TScope = { scalars: readonly string[]; booleans: readonly string[] } | null;

function walk(tokens: TToken[], list: TScope, catalogue: TVariableCatalogue, text: string, found: { unknown: Set<string>; issue?: TTemplateIssue }) {
  for (const token of tokens) {
    const [type, name, start] = token;
    if (type === "text" || type === "!") continue;
    if (type !== "name" && type !== "&" && type !== "#" && type !== "^") {
      found.issue ??= { messageKey: "letters.templates.errors.unsupportedTag", params: { tag: `{{${type}${name}}}`, line: lineOf(text, start) } };
      continue;
    }
    const isSection = type === "#" || type === "^";
    const inItem = list !== null && (list.scalars.includes(name) || list.booleans.includes(name) || (name === "." && !isSection));
    const listFields = catalogue.lists[name];
    const known =
      inItem ||
      catalogue.scalars.includes(name) ||
      (isSection && (catalogue.booleans.includes(name) || listFields !== undefined)) ||
      (!isSection && catalogue.booleans.includes(name));
    if (!known) {
      if (listFields && !isSection) found.issue ??= { messageKey: "letters.templates.errors.listAsValue", params: { name, line: lineOf(text, start) } };
      else found.unknown.add(name);
    }
    if (isSection) walk(token[4] ?? [], type === "#" && listFields && !inItem ? listFields : list, catalogue, text, found);
  }
}

/** Null when the template may be saved, else the first problem, worded for the rep. */
export function checkLetterTemplate(text: string, catalogue: TVariableCatalogue = LETTER_VARIABLES): TTemplateIssue | null {
  let tokens: TToken[];
  try {
    tokens = Mustache.parse(text) as TToken[];
  } catch (error) {
    return syntaxIssue(text, error);
  }
  const found: { unknown: Set<string>; issue?: TTemplateIssue } = { unknown: new Set() };
  walk(tokens, null, catalogue, text, found);
  if (found.unknown.size > 0) return { messageKey: "letters.templates.errors.unknownVariable", params: { names: [...found.unknown].join(", ") } };
  return found.issue ?? null;
}

/** Trailing spaces dropped, at most one blank line in a row (sections left empty leave none behind). */
export function tidyLetterText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The letter text for a case. Only call it with a template checkLetterTemplate accepted. */
export function renderLetterTemplate(template: string, context: TLetterContext): string {
  return tidyLetterText(writer.render(template, context, {}, { escape: (value: unknown) => String(value) }));
}
