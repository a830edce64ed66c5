// Folding ranges: parts, sections, subsections, items, multi-line blocks, front matter, comment runs.
import type { PlanDocument, Range } from '../model';
import { walk } from '../model';

export interface PlanFoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region' | 'imports';
}

export function foldingRanges(doc: PlanDocument): PlanFoldingRange[] {
  const out: PlanFoldingRange[] = [];
  const seen = new Set<string>();
  const add = (startLine: number, endLine: number, kind?: PlanFoldingRange['kind']) => {
    if (endLine <= startLine) return;
    const key = `${startLine}:${endLine}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const node = (r: Range, kind?: PlanFoldingRange['kind']) => add(r.start.line, r.end.line, kind);

  if (doc.frontMatter) node(doc.frontMatter.range, 'region');
  walk(doc, n => {
    if (n.kind === 'paragraph' || (n.kind === 'block' && n.origin !== 'label')) return false;
    node(n.range);
    return true;
  });
  // Runs of two or more comment lines.
  let runStart = -1;
  let prev = -2;
  const lines = doc.comments.map(c => c.range.start.line).sort((a, b) => a - b);
  for (const line of lines) {
    if (line === prev + 1) { prev = line; continue; }
    if (runStart >= 0) add(runStart, prev, 'comment');
    runStart = prev = line;
  }
  if (runStart >= 0) add(runStart, prev, 'comment');
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
