// Section numerals 一、二、三… run in order within each part (a part restarts them).
import type { Rule } from '../lint/types';
import { sectionNumeral, sectionRuns } from '../domain/numbering';
import { markerRange, reportSequence } from './shared';
import { renumberFix } from './fixEdits';

export const sectionNumbering: Rule = {
  id: 'PLAN001',
  name: 'section-numbering',
  defaultSeverity: 'warning',
  description: {
    en: 'Section numerals (一、二、…) run in order without repeats or gaps; each part (第二篇) restarts them.',
    zh: '章节序号（一、二、……）应按顺序排列，不重复、不跳号；每一篇（部分）重新编号。',
  },
  check(ctx) {
    for (const sections of sectionRuns(ctx.doc)) {
      reportSequence(ctx, sections.map(s => ({
        value: s.value, label: s.marker,
        range: markerRange(ctx.doc, s.selectionRange, s.marker.length),
      })), {
        repeated: { en: 'Section numeral {0} is repeated; expected {1}', zh: '章节序号“{0}”重复，应为“{1}”' },
        skipped: { en: 'Section numeral {0} skips a number; expected {1}', zh: '章节序号“{0}”跳号，应为“{1}”' },
        outOfOrder: { en: 'Section numeral {0} is out of order; expected {1}', zh: '章节序号“{0}”顺序错乱，应为“{1}”' },
      }, n => sectionNumeral(sections[0].marker, n));
    }
  },
  fix(ctx) {
    // The numeral only: the marker `一` (or `(一)` at a (一) top level) keeps its separator.
    return renumberFix(ctx, sectionRuns(ctx.doc), s => ({ value: s.value, range: markerRange(ctx.doc, s.selectionRange, s.marker.length) }), (s, n) => {
      const start = markerRange(ctx.doc, s.selectionRange, s.marker.length).start;
      return { range: { start, end: { line: start.line, character: start.character + s.marker.length } }, newText: sectionNumeral(s.marker, n) };
    });
  },
};
