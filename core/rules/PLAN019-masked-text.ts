// Masked or blanked-out text (`******`, `***`, `____`, `□□`): words a web site hid or a
// template left blank. A run before an amount or a place (***万元, **县) is a placeholder
// (PLAN016) instead: core/text/placeholders.ts decides, so a run is reported once.
import type { Rule } from '../lint/types';
import { maskedRunsIn } from '../text/placeholders';
import { checkLines, inResidue } from './shared';
import { deleteLineEdit, isRemovableLine } from './fixEdits';

export const maskedText: Rule = {
  id: 'PLAN019',
  name: 'masked-text',
  defaultSeverity: 'warning',
  description: {
    en: 'Masked text (******, ***, ____): content hidden by a web site or left blank.',
    zh: '被屏蔽或留空的文字（******、***、____）：网站隐藏或未填写的内容。',
  },
  check(ctx) { checkLines(maskedText)(ctx); },
  scanLine(s, report) {
    for (const run of maskedRunsIn(s.text, s.from)) {
      if (inResidue(s, run.start, run.end)) continue;
      const masked = s.text.slice(run.start, run.end);
      report(run.start, run.end, { en: 'Masked text {0}: the original words are missing', zh: '文字被屏蔽“{0}”：原文内容缺失' }, [masked]);
    }
  },
  fix(ctx) {
    // A line of nothing but masking holds no words to keep; masking inside a sentence has no repair.
    const line = ctx.diagnostic.range.start.line;
    const text = ctx.doc.lines[line] ?? '';
    if (!/^[\s\u3000]*(?:[*＊]+|[_＿]+|□+)[\s\u3000]*$/.test(text) || !isRemovableLine(ctx.doc, line)) return [];
    return [{ title: { en: 'Remove this masked line', zh: '删除此屏蔽行' }, edits: [deleteLineEdit(ctx.doc, line)], preferred: true }];
  },
};
