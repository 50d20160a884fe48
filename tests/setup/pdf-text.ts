/**
 * The text of a PDF, page by page, as a reader would copy it (pdfjs-dist legacy build: runs in Node
 * without a canvas). Used by the letter tests to check what a downloaded letter actually says.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPages(data: Uint8Array): Promise<string[]> {
  // NOTE: a copy, because pdf.js transfers (detaches) the buffer it is given.
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    let text = "";
    for (const item of content.items) {
      if (!("str" in item)) continue;
      text += item.str + (item.hasEOL ? "\n" : "");
    }
    pages.push(text);
  }
  await pdf.destroy();
  return pages;
}

/** All pages' text with line breaks and runs of spaces folded to single spaces (PDF lines wrap anywhere). */
export async function pdfText(data: Uint8Array): Promise<string> {
  return (await pdfPages(data)).join("\n").replace(/\s+/g, " ");
}
