// Chinese punctuation in its full-width form where Chinese text surrounds it: `完成,落实`
// → `完成，落实`, `(单位)` → `（单位）`. Numbers, dates, 文号, URLs and Latin words keep
// theirs (`3.5`, `1,000`, `12:30`, `县教(2021)12号`, `http://a.cn/?a=1`, `Hello, world`).
// The period stays as written: `.` is a decimal point, an abbreviation's or a numbering's
// too often to be read as `。`. One function for the formatter and the DOCX export.

const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
/** Full-width closers and openers that count as Chinese text next to a mark. */
const CLOSERS = /[”’）》」』】〕\u3002\uFF0C\uFF1B\uFF1A\uFF1F\uFF01、]/;
const OPENERS = /[“‘（《「『【〔]/;

const FULL: Record<string, string> = { ',': '\uFF0C', ';': '\uFF1B', ':': '\uFF1A', '?': '\uFF1F', '!': '\uFF01', '(': '\uFF08', ')': '\uFF09' };

/** Spans that keep their characters: URLs, e-mail addresses, 文号 (issuer〔year〕number号). */
const PROTECTED = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u4E00-\u9FFF]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\u4E00-\u9FFF]{1,12}[[(（【〔［﹝〖]\s*(?:19|20)\d{2}\s*[\])）】〕］﹞〗]\s*\d+\s*号/g;

function isChineseBefore(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CLOSERS.test(ch));
}
function isChineseAfter(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || OPENERS.test(ch));
}

/** The characters of `text` outside the protected spans, as [start, end) pieces. */
function freePieces(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  PROTECTED.lastIndex = 0;
  for (let m = PROTECTED.exec(text); m; m = PROTECTED.exec(text)) {
    if (m.index > at) out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push([at, text.length]);
  return out;
}

const SPACE = /[ \t\u00A0\u3000]/;

/** The nearest character before `i` that is not a space (spaces around a mark do not decide). */
function prevSolid(text: string | readonly string[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (!SPACE.test(text[j])) return text[j];
  return undefined;
}
function nextSolid(text: string | readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < text.length; j++) if (!SPACE.test(text[j])) return text[j];
  return undefined;
}

/**
 * The characters of `text` after conversion, one entry per input character ('' for a space
 * dropped next to a converted mark): the mapping lets a caller split the result again.
 */
function convertedChars(text: string): string[] {
  if (!/[,;:?!()]/.test(text)) return text.split('');
  const out = text.split('');
  const converted = new Array<boolean>(text.length).fill(false);
  const pieces = freePieces(text);
  // Parentheses first, so that a mark before `(一)` sees `（`.
  for (const [from, to] of pieces) {
    const stack: number[] = [];
    for (let i = from; i < to; i++) {
      if (text[i] === '(') stack.push(i);
      else if (text[i] === ')') {
        const open = stack.pop();
        if (open === undefined || !HAN.test(text.slice(open + 1, i))) continue;
        out[open] = FULL['(']; out[i] = FULL[')'];
        converted[open] = converted[i] = true;
      }
    }
  }
  for (const [from, to] of pieces) {
    for (let i = from; i < to; i++) {
      const ch = text[i];
      if (ch === '(' || ch === ')' || !(ch in FULL)) continue;
      const before = prevSolid(out, i);
      const after = nextSolid(out, i);
      // A mark ending a line after Chinese text (a list that runs on) counts too; before
      // Chinese text, a mark after a number or a Latin word (3.5%, Excel) is Chinese too,
      // except a colon (a label such as `Tel:`).
      if ((isChineseBefore(before) && (isChineseAfter(after) || after === undefined))
        || (ch !== ':' && before !== undefined && /[0-9A-Za-z%]/.test(before) && after !== undefined && HAN.test(after))) {
        out[i] = FULL[ch];
        converted[i] = true;
      }
    }
  }
  // Spaces next to a converted mark go: full-width marks carry their own space.
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== ' ') continue;
    let j = i;
    while (j < out.length && out[j] === ' ') j++;
    const nearConverted = (i > 0 && converted[i - 1]) || (j < out.length && converted[j]);
    if (nearConverted) for (let k = i; k < j; k++) out[k] = '';
    i = j - 1;
  }
  return out;
}

/**
 * `text` with each half-width `, ; : ? ! ( )` full-width where Chinese text stands on both
 * sides (a pair of parentheses: when it holds Chinese text and Chinese text is outside it),
 * and the spaces around a converted mark dropped. Idempotent.
 */
export function toFullWidthPunctuation(text: string): string {
  return convertedChars(text).join('');
}

/**
 * The same conversion over pieces of one line printed apart (a heading's marker, title and
 * text; a label and its text): each mark sees the text of its neighbours, each piece comes
 * back on its own.
 */
export function toFullWidthPunctuationParts(parts: readonly string[]): string[] {
  const chars = convertedChars(parts.join(''));
  const out: string[] = [];
  let at = 0;
  for (const p of parts) { out.push(chars.slice(at, at + p.length).join('')); at += p.length; }
  return out;
}
