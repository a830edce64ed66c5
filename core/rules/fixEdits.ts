// Edits the rules' fixes share: renumbering a run (domain/numbering.ts decides the numbers),
// removing and inserting whole lines.
import type { Block, Item, PlanDocument, Range } from '../model';
import { pathAt } from '../model';
import { renumbering } from '../domain/numbering';
import type { FixContext, RuleFix, TextEdit } from '../lint/types';
import { lineRange } from './shared';

export interface NumberedHeading { value: number; range: Range }

const RENUMBER = { en: 'Renumber from here to the end of the run', zh: '从此处起重新编号至本组末尾' };

/**
 * The renumbering fix of the run that holds the finding: every heading of the run from
 * its first wrong number on takes its position's number, one edit per changed number.
 * `edit` writes the new number of one heading.
 */
export function renumberFix<T>(ctx: FixContext, runs: readonly T[][], headingOf: (t: T) => NumberedHeading,
  edit: (t: T, n: number) => TextEdit): RuleFix[] {
  const line = ctx.diagnostic.range.start.line;
  const run = runs.find(r => r.some(t => headingOf(t).range.start.line === line));
  if (!run) return [];
  const edits = renumbering(run.map(t => headingOf(t).value)).map(({ index, value }) => edit(run[index], value));
  return edits.length ? [{ title: RENUMBER, edits, preferred: true }] : [];
}

/** The fix of a finding whose data carries the text that replaces its range (`data.replacement`). */
export function replacementFix(ctx: FixContext, title: RuleFix['title'], preferred: boolean): RuleFix[] {
  const replacement = (ctx.diagnostic.data as { replacement?: unknown } | undefined)?.replacement;
  if (typeof replacement !== 'string') return [];
  return [{ title, args: [replacement], edits: [{ range: ctx.diagnostic.range, newText: replacement }], preferred }];
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The text of a one-line range. */
export function textAt(doc: PlanDocument, range: Range): string {
  return range.start.line === range.end.line ? (doc.lines[range.start.line] ?? '').slice(range.start.character, range.end.character) : '';
}

/** The item that holds line `line`, if any. */
export function itemContaining(doc: PlanDocument, line: number): Item | undefined {
  return pathAt(doc, { line, character: 0 }).nodes.find((n): n is Item => n.kind === 'item');
}

/**
 * True when line `line` can go without changing the outline: a paragraph, or a labelled
 * line that is no block (`当前位置：首页 > …`), outside the front matter.
 */
export function isRemovableLine(doc: PlanDocument, line: number): boolean {
  const fm = doc.frontMatter?.range;
  if (fm && line >= fm.start.line && line <= fm.end.line) return false;
  const kind = doc.syntax[line]?.kind;
  if (kind === 'paragraph') return true;
  return kind === 'labeled' && !pathAt(doc, { line, character: doc.lines[line].length }).nodes.some(n => n.kind === 'block' && n.range.start.line === line);
}

/** Replaces whole lines `from`–`to` with `lines`. */
export function replaceLinesEdit(doc: PlanDocument, from: number, to: number, lines: readonly string[]): TextEdit {
  return { range: { start: { line: from, character: 0 }, end: { line: to, character: doc.lines[to].length } }, newText: lines.join('\n') };
}

/** The item and label block whose label is at `range` (a finding of PLAN010/PLAN011). */
export function labelBlockAt(doc: PlanDocument, range: Range): { item: Item; block: Block } | undefined {
  const item = itemContaining(doc, range.start.line);
  const block = item?.blocks.find(b => b.origin === 'label' && sameRange(b.labelRange, range));
  return item && block ? { item, block } : undefined;
}

/** Removes line `line` with its line break. */
export function deleteLineEdit(doc: PlanDocument, line: number): TextEdit {
  if (line + 1 < doc.lines.length) return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  if (line === 0) return { range: lineRange(0, 0, doc.lines[0].length), newText: '' };
  return { range: { start: { line: line - 1, character: doc.lines[line - 1].length }, end: { line, character: doc.lines[line].length } }, newText: '' };
}

/** Inserts `text` as a line of its own before line `line`. */
export function insertLineEdit(line: number, text: string): TextEdit {
  return { range: lineRange(line, 0, 0), newText: `${text}\n` };
}

/** Replaces characters `start`–`end` of line `line`. */
export function replaceEdit(line: number, start: number, end: number, newText: string): TextEdit {
  return { range: lineRange(line, start, end), newText };
}
