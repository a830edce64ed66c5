// Subsection numerals (一)(二)… run in order within each section.
import type { Rule } from '../lint/types';
import { numberToChinese } from '../domain/numerals';
import { subsectionMarker, subsectionRuns } from '../domain/numbering';
import { markerRange, reportSequence } from './shared';
import { renumberFix } from './fixEdits';

export const subsectionNumbering: Rule = {
  id: 'PLAN002',
  name: 'subsection-numbering',
  defaultSeverity: 'warning',
  description: {
    en: 'Subsection numerals ((一)(二)…) run in order within each section, without repeats or gaps.',
    zh: '小节序号（（一）（二）……）在每一章节内应按顺序排列，不重复、不跳号。',
  },
  check(ctx) {
    for (const subsections of subsectionRuns(ctx.doc)) {
      reportSequence(ctx, subsections.map(s => ({
        value: s.value, label: s.marker,
        range: markerRange(ctx.doc, s.selectionRange, s.marker.length),
      })), {
        repeated: { en: 'Subsection numeral {0} is repeated; expected ({1})', zh: '小节序号“{0}”重复，应为“({1})”' },
        skipped: { en: 'Subsection numeral {0} skips a number; expected ({1})', zh: '小节序号“{0}”跳号，应为“({1})”' },
        outOfOrder: { en: 'Subsection numeral {0} is out of order; expected ({1})', zh: '小节序号“{0}”顺序错乱，应为“({1})”' },
      }, numberToChinese);
    }
  },
  fix(ctx) {
    return renumberFix(ctx, subsectionRuns(ctx.doc), s => ({ value: s.value, range: markerRange(ctx.doc, s.selectionRange, s.marker.length) }), (s, n) => {
      const start = markerRange(ctx.doc, s.selectionRange, s.marker.length).start;
      return { range: { start, end: { line: start.line, character: start.character + s.marker.length } }, newText: subsectionMarker(s.marker, n) };
    });
  },
};
