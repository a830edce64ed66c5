// Inline enumerations (一是…二是…) inside running text. A regular expression is
// enough here and keeps Ohm off the long body text (see grammar/plan.ohm).
import type { Enumeration } from '../model';
import { chineseToNumber } from '../domain/numerals';

// Preceded by the start or punctuation, so 统一是 or 唯一是 do not count.
const ENUM = /(^|[。;\uFF1B:\uFF1A,\uFF0C!\uFF01?\uFF1F\s\u3000])([一二三四五六七八九十]{1,3})是/g;

export function findEnumerations(text: string, line: number, character: number): Enumeration[] {
  const out: Enumeration[] = [];
  ENUM.lastIndex = 0;
  for (let m = ENUM.exec(text); m; m = ENUM.exec(text)) {
    const start = m.index + m[1].length;
    const marker = m[2] + '是';
    out.push({
      marker, value: chineseToNumber(m[2]),
      range: { start: { line, character: character + start }, end: { line, character: character + start + marker.length } },
    });
  }
  return out;
}
