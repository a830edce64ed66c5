// Small helpers shared by the language features. Pure: no editor APIs here.
import type { Item, PlanDocument, Position, Range } from '../model';
import { rangeContains } from '../model';
import { formatMessage, type Locale, type Message } from '../lint/types';

export type { Locale, Message };

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
export const contains = rangeContains;

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

/** The display name of a heading line: the line from its marker to its end (`一、转型突破…`). */
export function headingName(doc: PlanDocument, node: { selectionRange: Range }, fallback: string): string {
  const r = node.selectionRange;
  const line = doc.lines[r.start.line] ?? '';
  const text = line.slice(r.start.character, r.start.line === r.end.line ? r.end.character : line.length);
  return truncate(text) || fallback;
}

/** `1. 推进教育人事制度改革` */
export function itemName(item: Item): string {
  const title = truncate(item.title, 56);
  return title ? `${item.numberText}. ${title}` : `${item.numberText}.`;
}

export { mostCommon } from '../text/mostCommon';
