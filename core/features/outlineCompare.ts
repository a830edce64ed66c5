// The outline that fix-all and the formatter must keep: parts, sections, subsections,
// items and sub-items, each item's units and kinds of block. The formatter keeps the
// numbers and the titles too (compared as it writes them: punctuation full-width, no
// spaces); fix-all may change both on purpose (a renumbering, the title's year, a
// placeholder filled in, residue cut out of a heading), so they are compared only when asked.
import type { PlanDocument, PlanNode } from '../model';
import { toFullWidthPunctuation } from '../text/punctuation';

export interface SkeletonOptions {
  /** Compare numbers and titles too (the formatter); fix-all changes them. */
  numbers: boolean;
}

type Skeleton = unknown[];

const normalised = (t: string) => toFullWidthPunctuation(t).replace(/[\s\u3000]+/g, '');

function skeletonOf(children: readonly PlanNode[], options: SkeletonOptions): Skeleton {
  const title = (t: string) => (options.numbers ? normalised(t) : '');
  const out: Skeleton = [];
  for (const c of children) {
    if (c.kind === 'item') {
      out.push(['item', options.numbers ? c.number : 0, title(c.title),
        [...new Set(c.units.map(u => u.name))].sort(), [...new Set(c.blocks.map(b => b.blockKind))].sort(),
        skeletonOf(c.children, options)]);
    } else if (c.kind === 'subitem') {
      out.push(['subitem', options.numbers ? c.value : 0, title(c.title)]);
    } else if (c.kind === 'part' || c.kind === 'section' || c.kind === 'subsection') {
      out.push([c.kind, options.numbers ? c.value : 0, title(c.title), skeletonOf(c.children, options)]);
    }
  }
  return out;
}

/** The outline of a document as a comparable value. */
export function outlineSkeleton(doc: PlanDocument, options: SkeletonOptions): string {
  return JSON.stringify([doc.title && options.numbers ? normalised(doc.title.text) : null, skeletonOf(doc.children, options)]);
}

/** The outline items, sections and units of `b` are those of `a`. */
export function sameOutline(a: PlanDocument, b: PlanDocument, options: SkeletonOptions): boolean {
  return outlineSkeleton(a, options) === outlineSkeleton(b, options);
}
