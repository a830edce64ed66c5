// A front-matter line may hold several entries: `标题:某县2024年工作要点 文号:某教〔2024〕3号`
// is two. A value ends where the next known key (core/domain/meta.ts: keys and aliases)
// and its colon start, after white space. The front-matter reader and the rules that read
// front matter split lines with this one function.
import { META_KEYS } from '../domain/meta';

export interface MetaPart {
  /** The key as written, without white space (`索 引 号` → `索引号`). */
  key: string;
  value: string;
  /** Offsets in the line: the key as written (a qualifier `(…)` before the colon excluded), the value trimmed. */
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

const COLON = /[:\uFF1A]/g;
const SPACE = /[\s\u00A0\u3000\uFEFF]/;
const QUALIFIER = /[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]\s*$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every known key and alias, longest first, as one alternation. */
function alternation(extraKeys: readonly string[]): string {
  const names = [...new Set([...META_KEYS.flatMap(k => [k.key, ...k.aliases]), ...extraKeys.filter(k => k.trim())])];
  return names.sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** A known key after white space, then its colon. */
function nextKeyPattern(extraKeys: readonly string[]): RegExp {
  return new RegExp(`(?<=[\\s\\u00A0\\u3000])(${alternation(extraKeys)})[ \\t\\u00A0\\u3000]*[:\\uFF1A]`, 'g');
}

const NEXT_KEY = nextKeyPattern([]);

/**
 * The entries of a front-matter line whose first key starts at `keyStart`: that key up to
 * its colon, then one entry per known key (or one of `extraKeys`) that follows white
 * space and has a colon; each value runs to the next such key. Empty when there is no
 * colon after `keyStart`.
 */
export function splitMetaLine(text: string, keyStart: number, extraKeys: readonly string[] = []): MetaPart[] {
  COLON.lastIndex = keyStart;
  const colon = COLON.exec(text);
  if (!colon) return [];
  const heads: { keyStart: number; keyEnd: number; valueFrom: number }[] = [];
  const written = text.slice(keyStart, colon.index).replace(QUALIFIER, '');
  heads.push({ keyStart, keyEnd: keyStart + written.trimEnd().length, valueFrom: colon.index + 1 });
  const next = extraKeys.length ? nextKeyPattern(extraKeys) : NEXT_KEY;
  next.lastIndex = colon.index + 1;
  for (let m = next.exec(text); m; m = next.exec(text)) {
    heads.push({ keyStart: m.index, keyEnd: m.index + m[1].length, valueFrom: m.index + m[0].length });
  }
  return heads.map((h, k) => {
    let valueStart = h.valueFrom;
    let valueEnd = k + 1 < heads.length ? heads[k + 1].keyStart : text.length;
    while (valueStart < valueEnd && SPACE.test(text[valueStart])) valueStart++;
    while (valueEnd > valueStart && SPACE.test(text[valueEnd - 1])) valueEnd--;
    return {
      key: text.slice(h.keyStart, h.keyEnd).replace(/[\s\u00A0\u3000]+/g, ''),
      value: text.slice(valueStart, valueEnd),
      keyStart: h.keyStart, keyEnd: h.keyEnd, valueStart, valueEnd,
    };
  });
}
