// Small helpers shared by the language features. Pure: no editor APIs here.
import type { Block, Item, Part, PlanDocument, Position, Range, Section, Subsection } from '../model';
import { allItemsOf } from '../parse/index';
import { formatMessage, type Locale, type Message } from '../lint/types';

export type { Locale, Message };

/** A unit as the registry describes it (structural, so any registry version fits). */
export interface UnitInfo { name: string; aliases?: string[]; group?: string; source?: string }

/** The parts of the unit registry API the features use; every method is optional at run time. */
export interface UnitRegistryLike {
  all?(): UnitInfo[];
  lookup?(name: string): UnitInfo | undefined;
  isKnown?(name: string): boolean;
}

/** Views any registry object through the optional API above. */
export function registryView(registry: unknown): UnitRegistryLike {
  return (registry && typeof registry === 'object' ? registry : {}) as UnitRegistryLike;
}

export function msg(locale: Locale, message: Message, ...args: (string | number)[]): string {
  return formatMessage(message, locale, args);
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `pos` is inside `r` (ends inclusive, as editors place the caret after the last character). */
export function contains(r: Range, pos: Position): boolean {
  return comparePositions(r.start, pos) <= 0 && comparePositions(pos, r.end) <= 0;
}

/** True when `outer` contains `inner`. */
export function containsRange(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function rangesEqual(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** Shortens a label for outlines and hovers. */
export function truncate(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** Every section in document order (top level and inside parts). */
export function allSectionsOf(doc: PlanDocument): Section[] {
  return [...doc.sections, ...doc.parts.flatMap(p => p.sections)].sort((a, b) => a.range.start.line - b.range.start.line);
}

export { allItemsOf };

/** The chain of nodes that contain `pos`, outermost first. */
export interface NodePath {
  part?: Part;
  section?: Section;
  subsection?: Subsection;
  item?: Item;
  block?: Block;
}

export function nodePathAt(doc: PlanDocument, pos: Position): NodePath {
  const path: NodePath = {};
  const findItem = (items: Item[]) => items.find(i => contains(i.range, pos));
  const inSection = (s: Section) => {
    path.section = s;
    const sub = s.subsections.find(x => contains(x.range, pos));
    if (sub) {
      path.subsection = sub;
      path.item = findItem(sub.items);
    } else {
      path.item = findItem(s.items);
    }
  };
  const part = doc.parts.find(p => contains(p.range, pos));
  if (part) {
    path.part = part;
    const s = part.sections.find(x => contains(x.range, pos));
    if (s) inSection(s);
    else path.item = findItem(part.items);
  } else {
    const s = doc.sections.find(x => contains(x.range, pos));
    if (s) inSection(s);
    else path.item = findItem(doc.looseItems);
  }
  if (path.item) path.block = path.item.blocks.find(b => !b.inline && contains(b.range, pos));
  return path;
}

/** The display name of a heading line: the line from its marker to its end (`一、转型突破…`). */
export function headingName(doc: PlanDocument, node: { selectionRange: Range }, fallback: string): string {
  const r = node.selectionRange;
  const line = doc.lines[r.start.line] ?? '';
  const text = line.slice(r.start.character, r.start.line === r.end.line ? r.end.character : line.length);
  return truncate(text) || fallback;
}

const INLINE_FIELDS = /[(\uFF08][^()\uFF08\uFF09]*[:\uFF1A][^()\uFF08\uFF09]*[)\uFF09]\s*$/;

/** An item's title without a trailing inline `(责任单位:…;完成时限:…)`. */
export function displayTitle(item: Pick<Item, 'title' | 'blocks'>): string {
  if (!item.blocks.some(b => b.inline)) return item.title;
  return item.title.replace(INLINE_FIELDS, '').trim() || item.title;
}

/** `1. 推进教育人事制度改革` */
export function itemName(item: Item): string {
  const title = truncate(displayTitle(item), 56);
  return title ? `${item.numberText}. ${title}` : `${item.numberText}.`;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (up to 999). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0) return String(n);
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const head = CN_DIGITS[Math.floor(n / 100)] + '百';
    if (!rest) return head;
    if (rest < 10) return head + '零' + CN_DIGITS[rest];
    return head + (rest < 20 ? '一' : '') + toChineseNumeral(rest);
  }
  return String(n);
}

/** A 文号 such as `厦湖教〔2020〕132号`: issuer code, year, serial. */
export interface DocNumber { issuer: string; year: number; serial: number; text: string; start: number; end: number }

const DOC_NUMBER = /([\u4e00-\u9fa5A-Za-z]{1,12})\s*[〔\[［(【(]\s*(\d{4})\s*[〕\]］)】)]\s*(\d{1,5})\s*号/g;
const DOC_NUMBER_BARE = /^([\u4e00-\u9fa5A-Za-z]{1,12}?)\s*(\d{4})\s*(\d{1,5})\s*号$/;

/** Finds 文号 tokens in a line of text. */
export function findDocNumbers(text: string): DocNumber[] {
  const out: DocNumber[] = [];
  DOC_NUMBER.lastIndex = 0;
  for (let m = DOC_NUMBER.exec(text); m; m = DOC_NUMBER.exec(text)) {
    out.push({ issuer: m[1], year: Number(m[2]), serial: Number(m[3]), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Parses a whole front-matter 文号 value, with or without brackets. */
export function parseDocNumber(value: string): DocNumber | undefined {
  const v = value.trim();
  const found = findDocNumbers(v);
  if (found.length) return found[0];
  const m = DOC_NUMBER_BARE.exec(v);
  return m ? { issuer: m[1], year: Number(m[2]), serial: Number(m[3]), text: v, start: 0, end: v.length } : undefined;
}

/** The most common of the values, or the fallback. */
export function mostCommon<T>(values: T[], fallback: T): T {
  const counts = new Map<T, number>();
  let best = fallback;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) { best = v; bestCount = c; }
  }
  return best;
}
