// Masked or blanked-out text (`******`, `***`, `____`): words a web site hid or a template left blank.
import type { Rule } from '../lint/types';
import { PLACEHOLDER_FOLLOW } from './PLAN016-placeholder';
import { lineRange, matches, scanLines } from './shared';

const MASK = /[*＊]{3,}|[_＿]{3,}|□{2,}/g;
/** A run followed by an amount or place (***万元, **县) is a placeholder (PLAN016), not masking. */
const FOLLOWED_BY_PLACEHOLDER_UNIT = new RegExp(`^\\s*${PLACEHOLDER_FOLLOW}`);

export const maskedText: Rule = {
  id: 'PLAN019',
  name: 'masked-text',
  defaultSeverity: 'warning',
  description: {
    en: 'Masked text (******, ***, ____): content hidden by a web site or left blank.',
    zh: '被屏蔽或留空的文字（******、***、____）：网站隐藏或未填写的内容。',
  },
  check(ctx) {
    for (const s of scanLines(ctx.doc)) {
      if (!/[*＊_＿□]/.test(s.text)) continue;
      for (const m of matches(MASK, s)) {
        const end = m.index + m[0].length;
        if (m[0][0] !== '□' && FOLLOWED_BY_PLACEHOLDER_UNIT.test(s.text.slice(end, end + 4))) continue;
        ctx.report(lineRange(s.line, m.index, end),
          { en: 'Masked text {0}: the original words are missing', zh: '文字被屏蔽“{0}”：原文内容缺失' }, [m[0]]);
      }
    }
  },
};
