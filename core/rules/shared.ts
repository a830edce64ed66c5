// Helpers shared by the rules: ranges, sequence checks, the lines text rules scan.
import type { Block, Item, Part, PlanDocument, Range, Section, UnitRef } from '../model';
import { allItemsOf } from '../parse/build';
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

/**
 * Checks that `values` run 1, 2, 3 …: reports a repeat, a skip or a step back with
 * the expected value. A repeat followed by the next number (二 二 三) is a genuine
 * repeat; otherwise (二 二 四) it is taken as the missing number, so one slip gives
 * one finding. A step back followed by its successor (1 2 | 1 2) is a restart:
 * reported once, and the numbers after it are counted from it.
 */
export function checkSequence(ctx: RuleContext, values: Numbered[], messages: SequenceMessages,
  format: (n: number) => string): void {
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i].value;
    if (!Number.isFinite(v)) continue;
    const expected = prev + 1;
    if (v === expected) { prev = v; continue; }
    if (v === prev) {
      ctx.report(values[i].range, messages.repeated, [values[i].label, format(expected)]);
      const next = values[i + 1]?.value;
      prev = next === v + 1 ? v : expected;
    } else if (v > expected) {
      ctx.report(values[i].range, messages.skipped, [values[i].label, format(expected)]);
      prev = v;
    } else {
      ctx.report(values[i].range, messages.outOfOrder, [values[i].label, format(expected)]);
      // 1 2 | 1 2: the numbering restarted, so the next ones follow the new base.
      const next = values[i + 1]?.value;
      prev = next === v + 1 ? v : Math.max(prev, v);
    }
  }
}

/** Sections grouped by where their numbering restarts: per part, then the sections outside parts. */
export function sectionGroups(doc: PlanDocument): Section[][] {
  const groups: Section[][] = [];
  if (doc.sections.length) groups.push(doc.sections);
  for (const p of doc.parts) if (p.sections.length) groups.push(p.sections);
  return groups.sort((a, b) => a[0].range.start.line - b[0].range.start.line);
}

export function itemsOfSection(s: Section): Item[] {
  if (!s.subsections.length) return s.items;
  return [...s.items, ...s.subsections.flatMap(sub => sub.items)].sort((a, b) => a.range.start.line - b.range.start.line);
}

/** Top-level containers whose item numbering is independent: each part, and everything outside parts. */
export interface NumberingScope { part?: Part; looseItems: Item[]; sections: Section[] }

export function numberingScopes(doc: PlanDocument): NumberingScope[] {
  const scopes: NumberingScope[] = [];
  if (doc.looseItems.length || doc.sections.length) scopes.push({ looseItems: doc.looseItems, sections: doc.sections });
  for (const part of doc.parts) scopes.push({ part, looseItems: part.items, sections: part.sections });
  return scopes;
}

export function itemsOfScope(scope: NumberingScope): Item[] {
  return [...scope.looseItems, ...scope.sections.flatMap(itemsOfSection)].sort((a, b) => a.range.start.line - b.range.start.line);
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
  const start = syntax?.markerStart ?? selection.start.character;
  const end = syntax?.markerEnd ?? start + fallbackLength;
  return lineRange(line, start, Math.max(end, start + 1));
}

const itemsCache = new WeakMap<PlanDocument, Item[]>();

/** Every item in document order, computed once per document for all rules. */
export function itemsOf(doc: PlanDocument): Item[] {
  let items = itemsCache.get(doc);
  if (!items) { items = allItemsOf(doc); itemsCache.set(doc, items); }
  return items;
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
