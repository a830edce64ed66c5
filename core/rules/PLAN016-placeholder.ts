// Template placeholders left in the text: XX年, xx区, 20xx, 202x, **县, ***万元, X月X日.
import type { Rule } from '../lint/types';
import { lineRange, matches, scanLines } from './shared';

/** What a placeholder stands before: a year, a date part, a place, an amount. */
export const PLACEHOLDER_FOLLOW = '(?:万元|亿元|元|万|亿|人次|人|名|所|个|%|\uFF05|[年月日号届次期县区市省州镇乡村街])';

export const PLACEHOLDER = new RegExp([
  // X月X日, XX月XX日
  '(?<![A-Za-z])[xX×]{1,2}\\s*月\\s*[xX×]{1,2}\\s*日',
  // 20xx, 202x, 20XX年
  '(?<![0-9A-Za-z])(?:19|20)[0-9]?[xX×]{1,2}(?![A-Za-z])',
  // XX年, xx区, X月
  `(?<![0-9A-Za-z])[xX×]{1,4}(?=\\s*${PLACEHOLDER_FOLLOW})`,
  // **县, ***万元, ____年
  `(?<![*＊_＿])(?:[*＊]{2,}|[_＿]{2,})(?=\\s*${PLACEHOLDER_FOLLOW})`,
].join('|'), 'g');

const FOLLOW_AT = new RegExp(`\\s*${PLACEHOLDER_FOLLOW}`, 'y');

export const placeholder: Rule = {
  id: 'PLAN016',
  name: 'placeholder',
  defaultSeverity: 'warning',
  description: {
    en: 'Template placeholders left in the text (XX年, xx区, 20xx, 202x, **县, ***万元, X月X日).',
    zh: '文中残留的模板占位符（XX年、xx区、20xx、202x、**县、***万元、X月X日）。',
  },
  check(ctx) {
    for (const s of scanLines(ctx.doc)) {
      if (!/[xX×*＊_＿]/.test(s.text)) continue;
      for (const m of matches(PLACEHOLDER, s)) {
        const end = m.index + m[0].length;
        // Show what the placeholder stands before (XX年, ***万元); the range covers the placeholder only.
        FOLLOW_AT.lastIndex = end;
        const follow = FOLLOW_AT.exec(s.text);
        ctx.report(lineRange(s.line, m.index, end),
          { en: 'Placeholder {0} was left in the text', zh: '文中残留占位符“{0}”' }, [m[0] + (follow ? follow[0].trim() : '')]);
      }
    }
  },
};
