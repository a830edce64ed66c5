// 《》 “” () 〔〕 【】 that do not pair up within a line; reported at the unmatched one.
import type { Rule } from '../lint/types';
import { lineRange, scanLines } from './shared';

/** Opening and closing characters by pair; ASCII ( and full-width \uFF08 count as the same bracket. */
const OPEN: Record<string, number> = { '《': 0, '“': 1, '(': 2, '\uFF08': 2, '〔': 3, '【': 4 };
const CLOSE: Record<string, number> = { '》': 0, '”': 1, ')': 2, '\uFF09': 2, '〕': 3, '】': 4 };
const PAIRS = [['《', '》'], ['“', '”'], ['\uFF08', '\uFF09'], ['〔', '〕'], ['【', '】']];
const ANY = /[《》“”()\uFF08\uFF09〔〕【】]/;
const EACH = /[《》“”()\uFF08\uFF09〔〕【】]/g;
/** `1)` `a)` as a list marker at the start of a line. */
const LIST_MARKER = /^[\s\u3000]*[0-9A-Za-z]{1,2}[)\uFF09]/;

export const unbalancedBrackets: Rule = {
  id: 'PLAN020',
  name: 'unbalanced-brackets',
  defaultSeverity: 'warning',
  description: {
    en: 'Brackets and quotes 《》 “” () 〔〕 【】 pair up within a line.',
    zh: '同一行内书名号、引号、括号（《》“”（）〔〕【】）应成对出现。',
  },
  check(ctx) {
    for (const s of scanLines(ctx.doc)) {
      const text = s.text;
      if (!ANY.test(text)) continue;
      const stacks: number[][] = [[], [], [], [], []];
      const marker = LIST_MARKER.exec(text);
      const skip = marker ? marker[0].length - 1 : -1;
      EACH.lastIndex = s.from;
      for (let m = EACH.exec(text); m; m = EACH.exec(text)) {
        const i = m.index;
        const ch = m[0];
        const open = OPEN[ch];
        if (open !== undefined) { stacks[open].push(i); continue; }
        const close = CLOSE[ch];
        if (close === undefined || i === skip) continue;
        if (stacks[close].length) { stacks[close].pop(); continue; }
        ctx.report(lineRange(s.line, i, i + 1),
          { en: 'Unmatched {0}: no {1} before it on this line', zh: '“{0}”缺少与之配对的“{1}”' }, [ch, PAIRS[close][0]]);
      }
      for (let k = 0; k < stacks.length; k++) {
        for (const i of stacks[k]) {
          ctx.report(lineRange(s.line, i, i + 1),
            { en: 'Unmatched {0}: no {1} after it on this line', zh: '“{0}”缺少与之配对的“{1}”' }, [text[i], PAIRS[k][1]]);
        }
      }
    }
  },
};
