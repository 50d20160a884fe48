/**
 * A letter as stored (Letter.body) is its full plain text, in the order of a French letter:
 *
 *   sender (letterhead)          ← block 1
 *   addressee                    ← block 2
 *   "Nantes, le 23 novembre 2026" ← block 3
 *   "Objet : …"                  ← block 4
 *   body (salutation … closing)  ← blocks 5 … n-1
 *   signature                    ← block n
 *
 * Blocks are separated by one blank line. The frame blocks (sender, addressee, signature) never
 * contain a blank line (composeLetterText folds them), so parseLetterText finds them again and the PDF
 * is typeset from the stored text alone: what was sent is exactly what is kept. Pure.
 */
import type { TCalendarDate } from "@/lib/consultations/calendar-date";

import { formatFrenchDate } from "./french";
import { tidyLetterText } from "./render";

export type TLetterFrame = {
  sender: string;
  recipient: string;
  /** Where the letter is written; may be empty ("Le 23 novembre 2026"). */
  place: string;
  date: TCalendarDate;
  title: string;
  body: string;
  signature: string;
};

export type TParsedLetter = {
  sender: string[];
  recipient: string[];
  dateLine: string;
  objectLine: string;
  body: string;
  signature: string[];
};

export const OBJECT_PREFIX = "Objet : ";

/** A frame block: trimmed lines, no blank line inside (it would split the block). */
export function foldBlock(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/** The object line is one line whatever was typed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function dateLineOf(place: string, date: TCalendarDate): string {
  const where = oneLine(place);
  return where ? `${where}, le ${formatFrenchDate(date)}` : `Le ${formatFrenchDate(date)}`;
}

export function composeLetterText(frame: TLetterFrame): string {
  return [
    foldBlock(frame.sender),
    foldBlock(frame.recipient),
    dateLineOf(frame.place, frame.date),
    `${OBJECT_PREFIX}${oneLine(frame.title)}`,
    tidyLetterText(frame.body),
    foldBlock(frame.signature),
  ].join("\n\n");
}

/**
 * The blocks of a stored letter, or null when the text does not have the composed shape (then the
 * PDF shows it as plain paragraphs).
 */
export function parseLetterText(text: string): TParsedLetter | null {
  const blocks = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
  if (blocks.length < 6) return null;
  const [sender, recipient, dateLine, objectLine] = blocks as [string, string, string, string];
  if (!objectLine.startsWith(OBJECT_PREFIX) || dateLine.includes("\n") || objectLine.includes("\n")) return null;
  return {
    sender: sender.split("\n"),
    recipient: recipient.split("\n"),
    dateLine,
    objectLine,
    body: blocks.slice(4, -1).join("\n\n"),
    signature: blocks.at(-1)!.split("\n"),
  };
}
