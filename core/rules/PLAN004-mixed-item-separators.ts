// One separator after item numbers within a part: `1.` and `1、` (or `1.` and `1.`) mixed
// in one part are flagged; two parts may each use their own (seed 002).
import type { Rule } from '../lint/types';
import { numberingScopes, scopeItems } from '../domain/numbering';
import { lineRange } from './shared';

export const mixedItemSeparators: Rule = {
  id: 'PLAN004',
  name: 'mixed-item-separators',
  defaultSeverity: 'warning',
  description: {
    en: 'Items in one part use one separator after their numbers (`1.` or `1、` or `1．`, not a mix).',
    zh: '同一篇内条目序号后的分隔符应一致（统一用“1.”、“1、”或“1．”，不混用）。',
  },
  check(ctx) {
    for (const scope of numberingScopes(ctx.doc)) {
      const items = scopeItems(scope);
      if (items.length < 2) continue;
      const counts = new Map<string, number>();
      for (const it of items) counts.set(it.separator, (counts.get(it.separator) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The most used separator is the part's; on a tie, the first one used.
      let main = items[0].separator;
      for (const [sep, n] of counts) if (n > counts.get(main)!) main = sep;
      for (const it of items) {
        if (it.separator === main) continue;
        const line = it.numberRange.start.line;
        const syntax = ctx.doc.syntax[line];
        const end = syntax.kind === 'item' ? syntax.markerEnd : it.numberRange.end.character + it.separator.length;
        ctx.report(lineRange(line, Math.max(it.numberRange.end.character, end - it.separator.length), end),
          { en: 'Item separator "{0}" differs from "{1}" used by the other items in this part', zh: '条目序号后的分隔符“{0}”与本篇其他条目所用的“{1}”不一致' },
          [it.separator, main], { expected: main });
      }
    }
  },
  fix(ctx) {
    const expected = (ctx.diagnostic.data as { expected?: unknown } | undefined)?.expected;
    if (typeof expected !== 'string') return [];
    return [{ title: { en: 'Use {0} like the other items', zh: '改用“{0}”，与其他条目一致' }, args: [expected], edits: [{ range: ctx.diagnostic.range, newText: expected }], preferred: true }];
  },
};
