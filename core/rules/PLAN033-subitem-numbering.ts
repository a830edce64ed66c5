// Sub-item numbers (1)(2)… or ①②… run in order within each item (domain/numbering.ts
// says which sub-items count together: an item's outer level, and a level below it that
// restarts under each outer sub-item).
import type { Rule } from '../lint/types';
import { subItemMarker, subItemRuns } from '../domain/numbering';
import { markerRange, reportSequence } from './shared';
import { renumberFix } from './fixEdits';

export const subItemNumbering: Rule = {
  id: 'PLAN033',
  name: 'subitem-numbering',
  defaultSeverity: 'warning',
  description: {
    en: 'Sub-item numbers ((1)(2)…, ①②…) run in order within each item, without repeats or gaps.',
    zh: '子项序号（(1)(2)……、①②……）在每一条目内应按顺序排列，不重复、不跳号。',
  },
  check(ctx) {
    for (const run of subItemRuns(ctx.doc)) {
      reportSequence(ctx, run.map(s => ({
        value: s.value, label: s.marker,
        range: markerRange(ctx.doc, s.selectionRange, s.marker.length),
      })), {
        repeated: { en: 'Sub-item number {0} is repeated; expected {1}', zh: '子项序号“{0}”重复，应为“{1}”' },
        skipped: { en: 'Sub-item number {0} skips a number; expected {1}', zh: '子项序号“{0}”跳号，应为“{1}”' },
        outOfOrder: { en: 'Sub-item number {0} is out of order; expected {1}', zh: '子项序号“{0}”顺序错乱，应为“{1}”' },
      }, n => subItemMarker(run[0].marker, n) ?? String(n));
    }
  },
  fix(ctx) {
    const runs = subItemRuns(ctx.doc);
    const range = (s: (typeof runs)[number][number]) => markerRange(ctx.doc, s.selectionRange, s.marker.length);
    // Past ⑳ a circled number cannot be written: no fix for that run.
    const line = ctx.diagnostic.range.start.line;
    const run = runs.find(r => r.some(s => range(s).start.line === line));
    if (!run || run.some((s, i) => subItemMarker(s.marker, i + 1) === undefined)) return [];
    return renumberFix(ctx, [run], s => ({ value: s.value, range: range(s) }),
      (s, n) => ({ range: range(s), newText: subItemMarker(s.marker, n)! }));
  },
};
