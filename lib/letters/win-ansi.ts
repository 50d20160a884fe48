/**
 * The PDF uses the standard Helvetica fonts (nothing to embed, works offline), whose encoding is
 * WinAnsi (Windows-1252): every French letter (é è à ç œ Œ « » ’ € …) is in it, but a character
 * outside it would print as garbage. toWinAnsi replaces those with the nearest WinAnsi text. Pure.
 */

/** Unicode characters WinAnsi has in its 0x80–0x9F range (the rest of it is Latin-1). */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const REPLACEMENTS: Record<string, string> = {
  "\u202F": "\u00A0", // narrow no-break space (French typography before ; : ! ?) → no-break space
  "\u2009": " ",
  "\u2007": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u200B": "",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "–",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
  "\u2192": "->",
  "\u2190": "<-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2248": "~",
  "\u2713": "x",
  "\u2714": "x",
  "\u2717": "x",
  "\u25E6": "•",
  "\u2043": "-",
  "\u0141": "L", // Ł and ł have no decomposition
  "\u0142": "l",
  "\t": "    ",
};

export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char) || char === "\n";
}

/** Text the standard PDF fonts can print: NFC, known look-alikes replaced, anything else "?". */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    if (isWinAnsi(char)) out += char;
    else if (char in REPLACEMENTS) out += REPLACEMENTS[char];
    else if (/\p{Cc}/u.test(char)) continue;
    else {
      // A letter with an accent WinAnsi lacks (ő, ł…) keeps its base letter.
      const base = char.normalize("NFD").replace(/\p{M}/gu, "");
      out += base && [...base].every(isWinAnsi) ? base : "?";
    }
  }
  return out;
}
