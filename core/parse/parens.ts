// Balanced parentheses in running text, half- or full-width alike: unit names hold their
// own (各县（市、区）人民政府, 县直学校（园）), so a note's parenthesis is found by counting,
// never by a pattern that excludes inner parentheses. Linear in the text.

const OPEN: ReadonlySet<string> = new Set(['(', '\uFF08']);
const CLOSE: ReadonlySet<string> = new Set([')', '\uFF09']);

export interface Parenthesis {
  /** Offset of the opening parenthesis. */
  open: number;
  /** Offset of the closing parenthesis. */
  close: number;
}

/** The parenthesis that ends `text` (a full stop and spaces may follow it), if any. */
export function trailingParenthesis(text: string): Parenthesis | undefined {
  let end = text.length;
  while (end > 0 && /[\s\u00A0\u3000]/.test(text[end - 1])) end--;
  if (end > 0 && /[。.\uFF0E]/.test(text[end - 1])) end--;
  while (end > 0 && /[\s\u00A0\u3000]/.test(text[end - 1])) end--;
  if (end === 0 || !CLOSE.has(text[end - 1])) return undefined;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    if (CLOSE.has(text[i])) depth++;
    else if (OPEN.has(text[i]) && --depth === 0) return { open: i, close: end - 1 };
  }
  return undefined;
}

/** Every outermost parenthesis of `text`, in order (an unclosed one is left out). */
export function parentheses(text: string): Parenthesis[] {
  const out: Parenthesis[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (OPEN.has(text[i])) { if (depth++ === 0) open = i; }
    else if (CLOSE.has(text[i]) && depth > 0 && --depth === 0) out.push({ open, close: i });
  }
  return out;
}
