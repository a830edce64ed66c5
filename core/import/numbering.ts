// Rebuilds the numbers that Word's automatic numbering (or an HTML <ol>) carried:
// list levels → 一、 / (一) / 1. / (1). Which level is which is inferred from the
// content: the shallowest level whose entries read like items (long, with 。) is
// the item level; the levels above it are sections (一、) and subsections ((一));
// levels below are sub-items ((1)). Lines that already start with a marker keep it.
import { numberToChinese } from '../domain/numerals';
import { classifyLine } from '../parse/lineSyntax';
import type { HtmlLine } from './html';
import type { ImportReportEntry, WorkLine } from './report';

type Role = 'section' | 'subsection' | 'item' | 'subitem';

function format(role: Role, n: number): string {
  switch (role) {
    case 'section': return `${numberToChinese(n)}、`;
    case 'subsection': return `(${numberToChinese(n)})`;
    case 'item': return `${n}.`;
    case 'subitem': return `(${n})`;
  }
}

function hasMarker(text: string): boolean {
  const kind = classifyLine(text).kind;
  return kind === 'part' || kind === 'section' || kind === 'subsection' || kind === 'item' || kind === 'subitem';
}

function looksLikeItems(texts: string[]): boolean {
  if (!texts.length) return false;
  const long = texts.filter(t => t.length >= 25 || /。./.test(t)).length;
  return long * 2 >= texts.length;
}

/** Assigns a role to each ordered-list depth. */
function rolesByDepth(lines: HtmlLine[]): Map<number, Role> {
  const byDepth = new Map<number, string[]>();
  for (const l of lines) {
    if (!l.ordered || l.listLevel === undefined || hasMarker(l.text)) continue;
    if (!byDepth.has(l.listLevel)) byDepth.set(l.listLevel, []);
    byDepth.get(l.listLevel)!.push(l.text);
  }
  const depths = [...byDepth.keys()].sort((a, b) => a - b);
  const roles = new Map<number, Role>();
  if (!depths.length) return roles;
  let itemIndex = depths.findIndex(d => looksLikeItems(byDepth.get(d)!));
  if (itemIndex < 0) itemIndex = depths.length - 1;
  // Sections already written as text (一、…) leave only (一) for the one level above items.
  const literalSections = lines.some(l => l.listLevel === undefined && classifyLine(l.text).kind === 'section');
  const above = depths.slice(0, itemIndex);
  above.forEach((d, i) => {
    if (literalSections) roles.set(d, 'subsection');
    else roles.set(d, i === 0 ? 'section' : 'subsection');
  });
  roles.set(depths[itemIndex], 'item');
  for (const d of depths.slice(itemIndex + 1)) roles.set(d, 'subitem');
  return roles;
}

/**
 * Turns HTML lines into work lines, writing list numbers into the text. Numbers count
 * per list level, the way Word counts them by default: a level restarts after an entry
 * of a shallower level (so items nested under 一、 restart per section), and runs on
 * across paragraphs between lists (so items in lists of their own, under sections
 * written as text, run on through the document). A 第…篇 line restarts everything.
 */
export function rebuildNumbering(lines: HtmlLine[], report: ImportReportEntry[]): WorkLine[] {
  const roles = rolesByDepth(lines);
  const counters = new Map<number, number>();
  const out: WorkLine[] = [];
  let numbered = 0;
  let firstLine = 0;
  for (const l of lines) {
    let text = l.text;
    const literal = classifyLine(text).kind;
    if (literal === 'part') counters.clear();
    const depth = l.ordered && l.listLevel !== undefined && !hasMarker(text) ? l.listLevel : undefined;
    const role = depth !== undefined ? roles.get(depth) : undefined;
    if (depth !== undefined && role) {
      const n = l.listStart !== undefined ? l.listStart : (counters.get(depth) ?? 0) + 1;
      counters.set(depth, n);
      for (const d of [...counters.keys()]) if (d > depth) counters.delete(d);
      text = format(role, n) + text;
      if (!numbered++) firstLine = l.line;
    }
    out.push({ text, line: l.line });
  }
  if (numbered) {
    const levels = [...roles].sort((a, b) => a[0] - b[0]);
    const summary = levels.map(([d, r]) => `level ${d} → ${format(r, 1)}`).join(', ');
    const summaryZh = levels.map(([d, r]) => `第 ${d} 级 → ${format(r, 1)}`).join('，');
    report.push({ line: firstLine, action: 'numbered', text: '', reason: `rebuilt ${numbered} list numbers from list levels (${summary})`, reasonZh: `按列表层级重建了 ${numbered} 个编号（${summaryZh}）` });
  }
  return out;
}
