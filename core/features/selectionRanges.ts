// Smart selection: word/unit → block text → block/line → item → subsection → section → part → document.
import type { PlanDocument, Position, Range } from '../model';
import { pathAt } from '../model';
import { contains, containsRange, range, rangesEqual } from './util';

export interface PlanSelectionRange {
  range: Range;
  parent?: PlanSelectionRange;
}

const CLAUSE_BREAK = /[。;\uFF1B,\uFF0C、:\uFF1A!\uFF01?\uFF1F\s\u3000()\uFF08\uFF09《》“”"]/;

/** The run of characters around `character` between punctuation marks. */
function clauseAt(text: string, character: number): [number, number] | undefined {
  let start = Math.min(character, text.length);
  let end = start;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1])) start--;
  while (end < text.length && !CLAUSE_BREAK.test(text[end])) end++;
  return end > start ? [start, end] : undefined;
}

function trimmedLine(text: string, line: number): Range {
  let start = 0;
  let end = text.length;
  while (start < end && /[\s\u00A0\u3000\uFEFF]/.test(text[start])) start++;
  while (end > start && /[\s\u00A0\u3000]/.test(text[end - 1])) end--;
  return range(line, start, line, end);
}

function documentRange(doc: PlanDocument): Range {
  const last = Math.max(0, doc.lines.length - 1);
  return range(0, 0, last, (doc.lines[last] ?? '').length);
}

export function selectionRange(doc: PlanDocument, pos: Position): PlanSelectionRange {
  const line = doc.lines[pos.line] ?? '';
  const candidates: Range[] = [];
  const path = pathAt(doc, pos);
  const item = path.item;

  // Innermost: a unit name, an enumeration marker, else the clause around the caret.
  const unit = item?.blocks.flatMap(b => b.unitList?.units ?? []).find(u => contains(u.range, pos));
  const enumeration = unit ? undefined : [...(item?.enumerations ?? []), ...(item?.blocks.flatMap(b => b.enumerations) ?? [])]
    .find(e => contains(e.range, pos));
  if (unit) candidates.push(unit.range);
  else if (enumeration) candidates.push(enumeration.range);
  else {
    const clause = clauseAt(line, pos.character);
    if (clause) candidates.push(range(pos.line, clause[0], pos.line, clause[1]));
  }
  if (item && contains(item.numberRange, pos)) candidates.push(item.numberRange);
  if (path.block && path.block.origin === 'label') {
    if (contains(path.block.textRange, pos)) candidates.push(path.block.textRange);
    candidates.push(path.block.range);
  }
  candidates.push(trimmedLine(line, pos.line));
  if (path.subitem) candidates.push(path.subitem.range);
  if (item) candidates.push(item.range);
  if (path.subsection) candidates.push(path.subsection.range);
  if (path.section) candidates.push(path.section.range);
  if (path.part) candidates.push(path.part.range);
  if (doc.frontMatter && contains(doc.frontMatter.range, pos)) candidates.push(doc.frontMatter.range);
  candidates.push(documentRange(doc));

  // Keep a strictly growing chain that contains the caret.
  const chain: Range[] = [];
  for (const r of candidates) {
    if (!contains(r, pos)) continue;
    const last = chain[chain.length - 1];
    if (last && (rangesEqual(last, r) || !containsRange(r, last))) continue;
    chain.push(r);
  }
  if (!chain.length) chain.push(range(pos.line, pos.character, pos.line, pos.character));
  let result: PlanSelectionRange | undefined;
  for (let i = chain.length - 1; i >= 0; i--) result = result ? { range: chain[i], parent: result } : { range: chain[i] };
  return result!;
}

export function selectionRanges(doc: PlanDocument, positions: Position[]): PlanSelectionRange[] {
  return positions.map(p => selectionRange(doc, p));
}
