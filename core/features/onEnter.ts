// Enter at the end of a numbered line continues the numbering, as Markdown list
// continuation does: `3.推进…` gives `4.`, `二、…` gives `三、`, `（二）…` gives `（三）`,
// each written as the line writes it. Enter on a bare marker ends the list: the marker goes.
import { chineseToNumber, numberToChinese } from '../domain/numerals';
import { itemNumberText } from '../domain/numbering';

export type EnterAction =
  /** Insert a line break and then `marker`. */
  | { kind: 'continue'; marker: string }
  /** The line is a bare marker: clear it. */
  | { kind: 'end' };

const ITEM = /^([ \t\u3000]*)([0-9]{1,4}|[\uFF10-\uFF19]{1,4})([.\uFF0E、])(.*)$/;
const SECTION = /^([ \t\u3000]*)([一二三四五六七八九十百零〇]{1,5})(、)(.*)$/;
const SUBSECTION = /^([ \t\u3000]*)([(\uFF08])([一二三四五六七八九十百零〇]{1,5})([)\uFF09])(.*)$/;

function digitsValue(text: string): number {
  return Number(text.replace(/[\uFF10-\uFF19]/g, d => String(d.charCodeAt(0) - 0xFF10)));
}

/** What Enter does at `character` of `line`, or undefined for a plain line break. */
export function enterAction(line: string, character: number): EnterAction | undefined {
  if (line.slice(character).trim()) return undefined; // not at the end of the line
  const text = line.slice(0, character).replace(/[ \t\u3000]+$/, '');
  let m = ITEM.exec(text);
  if (m) {
    if (!m[4].trim()) return { kind: 'end' };
    return { kind: 'continue', marker: `${m[1]}${itemNumberText(m[2], digitsValue(m[2]) + 1)}${m[3]}` };
  }
  m = SECTION.exec(text);
  if (m) {
    const n = chineseToNumber(m[2]);
    if (!Number.isFinite(n)) return undefined;
    if (!m[4].trim()) return { kind: 'end' };
    return { kind: 'continue', marker: `${m[1]}${numberToChinese(n + 1)}${m[3]}` };
  }
  m = SUBSECTION.exec(text);
  if (m) {
    const n = chineseToNumber(m[3]);
    if (!Number.isFinite(n)) return undefined;
    if (!m[5].trim()) return { kind: 'end' };
    return { kind: 'continue', marker: `${m[1]}${m[2]}${numberToChinese(n + 1)}${m[4]}` };
  }
  return undefined;
}
