// A number cut short: a digit and a hyphen followed by a word (`建设1-所`), where the
// second number of a range (1-2所) was lost.
import type { Rule } from '../lint/types';
import { checkLines, inResidue, matches } from './shared';

const BROKEN = /(?<![0-9A-Za-z.\-_/])([0-9０-９]+)\s*[-－–](?=\s*[\u4e00-\u9fff])/g;

export const brokenNumber: Rule = {
  id: 'PLAN017',
  name: 'broken-number',
  defaultSeverity: 'warning',
  description: {
    en: 'A number cut short: a digit and a hyphen followed by a word, as in 建设1-所 (a digit was lost).',
    zh: '残缺的数字：数字加连字符后直接跟文字，如“建设1-所”（丢失了数字）。',
  },
  check(ctx) { checkLines(brokenNumber)(ctx); },
  scanLine(s, report) {
    if (!/[-－–]/.test(s.text)) return;
    const indent = s.text.length - s.text.trimStart().length;
    for (const m of matches(BROKEN, s)) {
      if (m.index <= Math.max(indent, s.from)) continue; // `1-` as a list marker
      if (inResidue(s, m.index, m.index + m[0].length)) continue;
      report(m.index, m.index + m[0].length,
          { en: 'Broken number {0}: a hyphen with no number after it (a digit was probably lost)', zh: '数字“{0}”残缺：连字符后缺少数字（可能丢失了数字）' },
          [m[0].trim()]);
    }
  },
};
