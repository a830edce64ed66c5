// Item numbers 1. 2. 3. run in order for the document's numbering style: continuous
// through the document or restarting per section (config `numbering`, 'auto' detects);
// a part (第二篇) always restarts them, and so do (一) subsections when the document does
// that. The runs and the style are domain/numbering.ts's.
import type { Rule } from '../lint/types';
import { itemNumberText, itemRuns, numberingStyle } from '../domain/numbering';
import { lineRange, reportSequence } from './shared';
import { renumberFix } from './fixEdits';

export const itemNumbering: Rule = {
  id: 'PLAN003',
  name: 'item-numbering',
  defaultSeverity: 'warning',
  description: {
    en: 'Item numbers (1. 2. …) run in order without repeats or gaps, continuously or per section as the document (or config `numbering`) does; parts restart them.',
    zh: '条目序号（1. 2. ……）应按顺序排列，不重复、不跳号；按文档（或配置 numbering）的方式全文连续或每章重新编号；每一篇重新编号。',
  },
  check(ctx) {
    for (const items of itemRuns(ctx.doc, numberingStyle(ctx.doc, ctx.config.numbering))) {
      reportSequence(ctx, items.map(it => ({
        value: it.number, label: it.numberText,
        range: lineRange(it.numberRange.start.line, it.numberRange.start.character, it.numberRange.end.character),
      })), {
        repeated: { en: 'Item number {0} is repeated; expected {1}', zh: '条目序号“{0}”重复，应为“{1}”' },
        skipped: { en: 'Item number {0} skips a number; expected {1}', zh: '条目序号“{0}”跳号，应为“{1}”' },
        outOfOrder: { en: 'Item number {0} is out of order; expected {1}', zh: '条目序号“{0}”顺序错乱，应为“{1}”' },
      }, n => String(n));
    }
  },
  fix(ctx) {
    // Table rows keep the numbers of their cells: only item lines are renumbered in place.
    const runs = itemRuns(ctx.doc, numberingStyle(ctx.doc, ctx.config.numbering));
    return renumberFix(ctx, runs, it => ({ value: it.number, range: it.numberRange }),
      (it, n) => ({ range: it.numberRange, newText: itemNumberText(it.numberText, n) }));
  },
};
