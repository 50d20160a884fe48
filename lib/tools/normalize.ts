/**
 * Folding of free text for duplicate detection and accent-blind search: "Crédit  Agricole " and
 * "credit-agricole" are the same words. Pure, shared by the data layer and its tests.
 */

/** Letters NFKD does not split into a base letter plus an accent. */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d" };

/** Lower case, no accents, punctuation as spaces, runs of spaces collapsed, trimmed. */
export function foldText(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The catalogue's identity of a tool (AiTool.dedupeKey, unique): vendor and product name folded,
 * joined by "|" so that "Micro" + "soft Copilot" never collides with "Microsoft" + "Copilot".
 */
export function normalizeToolKey(vendor: string, productName: string): string {
  return `${foldText(vendor)}|${foldText(productName)}`;
}
