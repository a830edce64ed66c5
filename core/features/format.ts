// The formatter (whole document or a range of lines), idempotent: Chinese punctuation
// full-width where Chinese text surrounds it (core/text/punctuation.ts, as the DOCX export
// writes it), one separator after item numbers, block labels in one form, no trailing
// spaces, runs of blank lines collapsed, indentation removed; each a choice of config
// `format`. It never changes words, front-matter values or the 文号, never touches task
// tables, comments or fenced text, and never moves text between items.
import type { PlanDocument } from '../model';
import type { FormatOptions } from '../config/types';
import { itemsOf } from '../model';
import { numberingScopes, scopeItems } from '../domain/numbering';
import { isDocNumberLine } from '../domain/docNumber';
import { normaliseLabel } from '../domain/blocks';
import { toFullWidthPunctuation } from '../text/punctuation';
import { mostCommon } from '../text/mostCommon';
import type { Edit } from '../text/edits';

export interface LineSpan { start: number; end: number }

const INDENT = /^[ \t\u00A0\u3000]+/;

/** Lines the formatter leaves as they are: the front matter, task tables, fenced text, comments and directives. */
function frozenLines(doc: PlanDocument): boolean[] {
  const frozen = new Array<boolean>(doc.lines.length).fill(false);
  const fm = doc.frontMatter?.range;
  if (fm) for (let i = fm.start.line; i <= fm.end.line; i++) frozen[i] = true;
  for (const t of doc.tables) for (let i = t.range.start.line; i <= t.range.end.line; i++) frozen[i] = true;
  let inFence = false;
  doc.syntax.forEach((s, i) => {
    if (s.kind === 'fence') { frozen[i] = true; inFence = !inFence; return; }
    if (inFence || s.kind === 'comment' || s.kind === 'directive') frozen[i] = true;
  });
  return frozen;
}

/** The separator each item line should have, by line (those that already have it left out). */
function itemSeparators(doc: PlanDocument, choice: FormatOptions['itemSeparator']): Map<number, string> {
  const out = new Map<number, string>();
  for (const scope of numberingScopes(doc)) {
    const items = scopeItems(scope).filter(it => it.origin === 'line');
    if (!items.length) continue;
    const target = choice === 'auto' ? mostCommon(items.map(it => it.separator), items[0].separator) : choice;
    for (const it of items) if (it.separator !== target) out.set(it.numberRange.start.line, target);
  }
  return out;
}

/** A block label in one form: no inner spaces, the qualifier in full-width parentheses, a full-width colon. */
function unifiedLabel(marker: string, qualifier: string | undefined): string {
  const q = qualifier ? `\uFF08${qualifier.replace(/^[(\uFF08]\s*|\s*[)\uFF09]$/g, '')}\uFF09` : '';
  return `${normaliseLabel(marker)}${q}\uFF1A`;
}

/** The formatted text of every line (null: the line goes), from the document's lines. */
function formattedLines(doc: PlanDocument, options: FormatOptions, span: LineSpan): (string | null)[] {
  const frozen = frozenLines(doc);
  const separators = itemSeparators(doc, options.itemSeparator);
  const labelLines = new Set<number>();
  // Unit lists are names (县直学校(园)): their text keeps its punctuation.
  const unitLines = new Set<number>();
  for (const it of itemsOf(doc)) for (const b of it.blocks) {
    if (b.origin === 'label') labelLines.add(b.labelRange.start.line);
    if (b.unitList) for (let l = b.textRange.start.line; l <= b.textRange.end.line; l++) unitLines.add(l);
  }
  const out: (string | null)[] = [...doc.lines];
  for (let i = span.start; i <= span.end; i++) {
    const line = doc.lines[i];
    const s = doc.syntax[i];
    if (frozen[i] || !s) continue;
    if (s.kind === 'blank') { out[i] = ''; continue; }
    const indentLength = INDENT.exec(line)?.[0].length ?? 0;
    const lead = options.indentation === 'remove' ? '' : line.slice(0, indentLength);
    const marked = s.kind !== 'paragraph';
    const textStart = marked ? Math.max(s.textStart, indentLength) : indentLength;
    let head = line.slice(indentLength, textStart);
    let body = line.slice(textStart).replace(/[ \t\u00A0\u3000]+$/, '');
    if (s.kind === 'item' && separators.has(i)) head = head.slice(0, head.length - s.separator.length) + separators.get(i)!;
    if (s.kind === 'labeled' && labelLines.has(i) && options.labels === 'unify') head = unifiedLabel(s.marker, s.qualifier);
    else if (options.punctuation && s.kind === 'subsection') head = toFullWidthPunctuation(head);
    // A 文号 line keeps every character of the 文号.
    if (options.punctuation && !isDocNumberLine(line) && !unitLines.has(i)) body = toFullWidthPunctuation(body);
    const next = `${lead}${head}${body}`.replace(/[ \t\u00A0\u3000]+$/, '');
    out[i] = next;
  }
  if (options.blankLines === 'collapse') {
    const blank = (i: number) => doc.syntax[i]?.kind === 'blank' && !frozen[i];
    const last = doc.lines.length - 1;
    let firstText = 0;
    while (firstText <= last && blank(firstText)) firstText++;
    let lastText = last;
    while (lastText >= 0 && blank(lastText)) lastText--;
    for (let i = span.start; i <= span.end; i++) {
      // The last line is the text's final line break: it stays.
      if (!blank(i) || i === last) continue;
      const atStart = i < firstText;
      const atEnd = i > lastText && doc.lines[last] === '';
      if (atStart || atEnd || (i > 0 && blank(i - 1))) out[i] = null;
    }
  }
  return out;
}

/** The formatter's edits: one per changed line, one per line removed. `span` limits them to some lines (range formatting). */
export function formatEdits(doc: PlanDocument, options: FormatOptions, span: LineSpan = { start: 0, end: doc.lines.length - 1 }): Edit[] {
  const clamped = { start: Math.max(0, span.start), end: Math.min(doc.lines.length - 1, span.end) };
  const lines = formattedLines(doc, options, clamped);
  const edits: Edit[] = [];
  for (let i = clamped.start; i <= clamped.end; i++) {
    const next = lines[i];
    if (next === null) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i + 1, character: 0 } }, newText: '' });
    else if (next !== doc.lines[i]) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: doc.lines[i].length } }, newText: next });
  }
  return edits;
}
