import "server-only";

import PDFDocument from "pdfkit";

import { parseLetterText, type TParsedLetter } from "./compose";
import { toWinAnsi } from "./win-ansi";

/**
 * Typesets a stored letter (Letter.body, see compose.ts) as an A4 PDF with pdfkit's standard
 * Helvetica (WinAnsi covers French; nothing is fetched or embedded): the letterhead top left, the
 * addressee on the right, place and date, the object in bold, the body with hanging indents for list
 * lines, the signature on the right, page numbers at the foot. A text that lost the composed shape is
 * printed as plain paragraphs.
 */

const MARGIN = { top: 56, bottom: 64, left: 64, right: 64 };
const RIGHT_COLUMN_X = 320;
const BODY_SIZE = 11;
const LIST_MARKER = /^(–|-|•|\d{1,2}[.)])\s+/;

type TDoc = PDFKit.PDFDocument;

const contentWidth = (doc: TDoc) => doc.page.width - MARGIN.left - MARGIN.right;
const bottomLimit = (doc: TDoc) => doc.page.height - MARGIN.bottom;

/** Starts a new page unless `height` more points fit on this one. */
function ensureRoom(doc: TDoc, height: number) {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

function writeBlock(doc: TDoc, lines: string[], x: number, width: number, { boldFirst = false, size = 10 } = {}) {
  lines.forEach((line, index) => {
    doc.font(boldFirst && index === 0 ? "Helvetica-Bold" : "Helvetica").fontSize(boldFirst && index === 0 ? size + 1 : size);
    doc.text(line, x, doc.y, { width });
  });
}

function writeBody(doc: TDoc, body: string) {
  const width = contentWidth(doc);
  doc.font("Helvetica").fontSize(BODY_SIZE);
  for (const paragraph of body.split(/\n{2,}/)) {
    for (const line of paragraph.split("\n")) {
      const marker = LIST_MARKER.exec(line);
      ensureRoom(doc, doc.currentLineHeight(true) + 2);
      if (marker) {
        const indent = 16;
        const y = doc.y;
        doc.text(marker[1]!, MARGIN.left, y, { width: indent, lineBreak: false });
        doc.text(line.slice(marker[0].length), MARGIN.left + indent, y, { width: width - indent, align: "left", lineGap: 2 });
      } else {
        doc.text(line, MARGIN.left, doc.y, { width, align: "justify", lineGap: 2 });
      }
    }
    doc.moveDown(0.6);
  }
}

function writeLetter(doc: TDoc, letter: TParsedLetter) {
  const width = contentWidth(doc);
  writeBlock(doc, letter.sender, MARGIN.left, RIGHT_COLUMN_X - MARGIN.left - 16, { boldFirst: true });
  const ruleY = doc.y + 6;
  doc.moveTo(MARGIN.left, ruleY).lineTo(MARGIN.left + width, ruleY).lineWidth(0.5).strokeColor("#4338ca").stroke();
  doc.y = ruleY + 24;
  writeBlock(doc, letter.recipient, RIGHT_COLUMN_X, doc.page.width - MARGIN.right - RIGHT_COLUMN_X, { size: 10.5 });
  doc.moveDown(2);
  doc.font("Helvetica").fontSize(10.5).text(letter.dateLine, MARGIN.left, doc.y, { width, align: "right" });
  doc.moveDown(2);
  doc.font("Helvetica-Bold").fontSize(BODY_SIZE).text(letter.objectLine, MARGIN.left, doc.y, { width, lineGap: 2 });
  doc.moveDown(1.5);
  writeBody(doc, letter.body);
  doc.moveDown(1);
  ensureRoom(doc, letter.signature.length * 14 + 20);
  writeBlock(doc, letter.signature, RIGHT_COLUMN_X, doc.page.width - MARGIN.right - RIGHT_COLUMN_X, { size: BODY_SIZE });
}

/** "Page 1 / 2" at the foot of every page, written in the bottom margin without adding a page. */
function numberPages(doc: TDoc) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    doc.font("Helvetica").fontSize(8).fillColor("#475569");
    doc.text(`Page ${index + 1} / ${count}`, MARGIN.left, doc.page.height - MARGIN.bottom / 2, { width: contentWidth(doc), align: "center", lineBreak: false });
    doc.page.margins = margins;
  }
}

export async function renderLetterPdf(text: string, meta: { title: string; author: string; subject: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: "fr-FR",
    displayTitle: true,
    info: { Title: toWinAnsi(meta.title), Author: toWinAnsi(meta.author), Subject: toWinAnsi(meta.subject), Creator: "Vigie IA" },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const printable = toWinAnsi(text);
  const letter = parseLetterText(printable);
  doc.fillColor("#0f172a");
  if (letter) writeLetter(doc, letter);
  else writeBody(doc, printable);
  numberPages(doc);
  doc.end();
  return finished;
}
