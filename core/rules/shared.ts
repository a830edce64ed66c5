// Helpers shared by the rules: ranges, sequence findings, the lines text rules scan.
import type { Block, Item, MetaEntry, PlanDocument, Range, TopNode, UnitRef } from '../model';
import { itemsOf, itemsOfNode } from '../model';
import { checkSequence } from '../domain/numbering';
import type { LineReport, Message, NodeRule, Rule, RuleContext, ScanLine } from '../lint/types';
export type { ScanLine } from '../lint/types';
import { residueOf, type Residue } from '../text/noise';
import { isDifferentBody } from '../text/orgName';
import { splitMetaLine } from '../text/metaLine';

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

const scanCache = new WeakMap<PlanDocument, ScanLine[]>();

/**
 * Where a line's residue comes from: computed, or remembered from the last lint
 * (core/lint/cache.ts). Asked for the scanned lines in order: `index` of `count`.
 */
export type ResidueSource = (text: string, from: number, index: number, count: number) => Residue;

/**
 * The lines text rules look at: every line except blank, comment, directive and
 * fence lines; in the front matter only the values (keys are not text). `residues`
 * may answer a line's residue from a cache (the residue is a function of the line's
 * text and `from` alone).
 */
export function scanLines(doc: PlanDocument, residues: ResidueSource = residueAt): ScanLine[] {
  const cached = scanCache.get(doc);
  if (cached) return cached;
  const found: { line: number; from: number }[] = [];
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
      if (from !== undefined) found.push({ line: i, from });
      continue;
    }
    found.push({ line: i, from: 0 });
  }
  const out: ScanLine[] = found.map(({ line, from }, index) => {
    const text = doc.lines[line];
    return { line, from, text, residue: residues(text, from, index, found.length) };
  });
  scanCache.set(doc, out);
  return out;
}

/** A line rule's `check`: its `scanLine` over every scanned line of the document. */
export function checkLines(rule: Pick<Rule, 'scanLine' | 'lineExceptions'>): Rule['check'] {
  return ctx => {
    const exceptions = rule.lineExceptions?.(ctx.doc);
    for (const s of scanLines(ctx.doc)) {
      const report: LineReport = (start, end, message, args, data) => ctx.report(lineRange(s.line, start, end), message, args, data);
      const scan = exceptions?.get(s.line);
      if (scan) scan(s, report);
      else rule.scanLine!(s, report);
    }
  };
}

/** A node rule's `check`: every top-level node's part, their document-wide value, then every node's findings. */
export function checkNodes(byNode: NodeRule<any, any>): Rule['check'] {
  return ctx => {
    const nodes = ctx.doc.children;
    const { value } = byNode.combine(nodes.map(n => byNode.part(n, ctx)), ctx);
    for (const n of nodes) byNode.check(n, value, ctx, ctx.report);
  };
}

/** The residue of a line from `from` on, with offsets in the whole line. */
export function residueAt(text: string, from: number): Residue {
  if (!from) return residueOf(text);
  const r = residueOf(text.slice(from));
  const shift = (h: NonNullable<Residue['line']>) => ({ ...h, index: h.index + from });
  return { ...(r.line ? { line: shift(r.line) } : {}), phrases: r.phrases.map(shift) };
}

/** True when characters `start`–`end` of a scanned line are web residue (PLAN018 reports them). */
export function inResidue(s: ScanLine, start: number, end: number): boolean {
  if (s.residue.line) return true;
  // Phrases are in order and do not overlap: only the last one starting before `end` can reach `start`.
  const phrases = s.residue.phrases;
  let lo = 0;
  let hi = phrases.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (phrases[mid].index < end) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && phrases[found].index + phrases[found].length > start;
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

/** Every unit named in a unit list of any item (of a document or of a top-level node), with its item and block. */
export function* listedUnits(within: PlanDocument | TopNode): Generator<{ item: Item; block: Block; unit: UnitRef }> {
  for (const item of within.kind === 'document' ? itemsOf(within) : itemsOfNode(within)) {
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

/**
 * The known unit a name is probably a typo of (PLAN012), if any. Another body of the same
 * kind is not a typo: the same department of another level (州人力资源和社会保障局 for
 * 县人力资源和社会保障局), a named town for the collective (城关镇人民政府 for 各乡镇人民政府).
 */
export function typoSuggestion(units: RuleContext['units'], name: string): string | undefined {
  const suggestion = units.suggest(name);
  return suggestion !== undefined && !isDifferentBody(name, suggestion) ? suggestion : undefined;
}

/**
 * The front-matter entries, with a line that holds several (`标题:… 文号:…`) read as
 * several, as core/text/metaLine.ts splits them. A line the reader has already split is
 * taken as it is.
 */
export function frontMatterEntries(doc: PlanDocument, extraKeys: readonly string[] = []): MetaEntry[] {
  const entries = doc.frontMatter?.entries ?? [];
  const perLine = new Map<number, number>();
  for (const e of entries) perLine.set(e.keyRange.start.line, (perLine.get(e.keyRange.start.line) ?? 0) + 1);
  return entries.flatMap(e => {
    const line = e.keyRange.start.line;
    if (perLine.get(line)! > 1) return [e];
    const parts = splitMetaLine(doc.lines[line], e.keyRange.start.character, extraKeys);
    if (parts.length < 2) return [e];
    return parts.map(p => ({ key: p.key, value: p.value, keyRange: lineRange(line, p.keyStart, p.keyEnd), valueRange: lineRange(line, p.valueStart, p.valueEnd) }));
  });
}
