// Text that XML 1.0 can hold: DOCX and XLSX are XML, and a character outside XML's Char
// production (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE, U+FFFF) makes
// Word, Excel and LibreOffice refuse the file. Exporters pass every piece of text through here.

// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A counter of removed characters, shared by one export run. */
export interface XmlCleanCount { removed: number }

/** `s` without the characters XML cannot hold; adds how many were removed to `count`. */
export function xmlSafe(s: string, count?: XmlCleanCount): string {
  INVALID.lastIndex = 0;
  if (!INVALID.test(s)) return s;
  let n = 0;
  const out = s.replace(INVALID, () => { n++; return ''; });
  if (count) count.removed += n;
  return out;
}

/** Display width of a line in Excel character units: a wide (CJK, full-width) character takes two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) ? 2 : 1;
  }
  return w;
}

/** Lines a wrapped cell needs at `width` character units (each paragraph at least one). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  let lines = 0;
  for (const para of text.split('\n')) lines += Math.max(1, Math.ceil(displayWidth(para) / usable));
  return lines;
}
