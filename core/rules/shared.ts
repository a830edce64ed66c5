// Helpers shared by the rules: ranges, sequence findings, the lines text rules scan.
import type { Block, Item, PlanDocument, Range, UnitRef } from '../model';
import { itemsOf } from '../model';
import { checkSequence } from '../domain/numbering';
import type { Message, RuleContext } from '../lint/types';

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The selection line of a node, but only up to its first 40 characters (keeps squiggles readable). */
export function headRange(r: Range, max = 40): Range {
  const end = r.start.line === r.end.line ? Math.min(r.end.character, r.start.character + max) : r.start.character + max;
  return lineRange(r.start.line, r.start.character, end);
}

export interface Numbered { value: number; label: string; range: Range }

export interface SequenceMessages { repeated: Message; skipped: Message; outOfOrder: Message }

/** Reports where a run of numbers goes wrong (domain/numbering.ts decides), with the number expected. */
export function reportSequence(ctx: RuleContext, values: Numbered[], messages: SequenceMessages,
  format: (n: number) => string): void {
  for (const f of checkSequence(values.map(v => v.value)).findings) {
    const v = values[f.index];
    ctx.report(v.range, messages[f.problem], [v.label, format(f.expected)], { expected: f.expected });
  }
}

/** A line to scan for text problems, from character `from` on. */
export interface ScanLine { line: number; from: number; text: string }

const scanCache = new WeakMap<PlanDocument, ScanLine[]>();

/**
 * The lines text rules look at: every line except blank, comment, directive and
 * fence lines; in the front matter only the values (keys are not text).
 */
export function scanLines(doc: PlanDocument): ScanLine[] {
  const cached = scanCache.get(doc);
  if (cached) return cached;
  const out: ScanLine[] = [];
  const fm = doc.frontMatter;
  const fmStart = fm ? fm.range.start.line : -1;
  const fmEnd = fm ? fm.range.end.line : -1;
  const values = new Map<number, number>();
  for (const e of fm?.entries ?? []) values.set(e.valueRange.start.line, e.valueRange.start.character);
  for (let i = 0; i < doc.lines.length; i++) {
    const kind = doc.syntax[i]?.kind;
    if (kind === 'blank' || kind === 'comment' || kind === 'directive' || kind === 'fence') continue;
    if (i >= fmStart && i <= fmEnd) {
      const from = values.get(i);
      if (from !== undefined) out.push({ line: i, from, text: doc.lines[i] });
      continue;
    }
    out.push({ line: i, from: 0, text: doc.lines[i] });
  }
  scanCache.set(doc, out);
  return out;
}

/** Runs a global regex over the scanned part of a line. */
export function* matches(re: RegExp, s: ScanLine): Generator<RegExpExecArray> {
  re.lastIndex = s.from;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    yield m;
  }
}

/** The numbering marker of a heading line (from the line syntax), e.g. `一、` or `(二)`. */
export function markerRange(doc: PlanDocument, selection: Range, fallbackLength: number): Range {
  const line = selection.start.line;
  const syntax = doc.syntax[line];
  const marked = syntax && 'markerStart' in syntax ? syntax : undefined;
  const start = marked?.markerStart ?? selection.start.character;
  const end = marked?.markerEnd ?? start + fallbackLength;
  return lineRange(line, start, Math.max(end, start + 1));
}

/** Every unit named in a unit list of any item, with its item and block. */
export function* listedUnits(doc: PlanDocument): Generator<{ item: Item; block: Block; unit: UnitRef }> {
  for (const item of itemsOf(doc)) {
    for (const block of item.blocks) {
      for (const unit of block.unitList?.units ?? []) yield { item, block, unit };
    }
  }
}

/** True when a unit is neither built in nor configured (a document's own units don't count). */
export function isUnregistered(units: RuleContext['units'], name: string): boolean {
  const entry = units.lookup(name);
  return !entry || entry.source === 'document';
}
