// A 文号 writes its year in 六角括号 〔〕 (GB/T 9704-2012 §7.2.4): 厦湖教〔2020〕132号,
// not [2020], (2020) or 【2020】. Checks the front-matter 文号 and 文号 lines in the preamble.
import type { Rule, RuleContext } from '../lint/types';
import { findDocNumbers, hasStandardBrackets, isDocNumberLine, parseDocNumber, standardDocNumber, standardYear } from '../domain/docNumber';
import { canonicalMetaKey } from '../domain/meta';
import { lineRange } from './shared';

function checkText(ctx: RuleContext, text: string, line: number, offset: number): void {
  const n = parseDocNumber(text) ?? findDocNumbers(text)[0];
  if (!n || hasStandardBrackets(n) || n.bracketStart === undefined || n.bracketEnd === undefined) return;
  const suggestion = standardDocNumber(n);
  ctx.report(lineRange(line, offset + n.bracketStart, offset + n.bracketEnd), {
    en: 'Document number {0} should put its year in 〔〕 (GB/T 9704): {1}',
    zh: '文号“{0}”的年份应使用六角括号〔〕（GB/T 9704）：{1}',
  }, [n.text, suggestion], { suggestion, replacement: standardYear(n) });
}

export const documentNumberBrackets: Rule = {
  id: 'PLAN021',
  name: 'document-number-brackets',
  defaultSeverity: 'warning',
  description: {
    en: 'A document number (文号) writes its year in 〔〕, as GB/T 9704-2012 §7.2.4 requires (not [], () or 【】).',
    zh: '文号中的年份应使用六角括号〔〕（GB/T 9704-2012 第7.2.4条），不用[]、（）或【】。',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const e of doc.frontMatter?.entries ?? []) {
      if (canonicalMetaKey(e.key) !== '文号') continue;
      checkText(ctx, doc.lines[e.valueRange.start.line].slice(0, e.valueRange.end.character), e.valueRange.start.line, 0);
    }
    for (const p of doc.preamble) {
      if (!isDocNumberLine(p.text)) continue;
      checkText(ctx, p.text, p.range.start.line, p.range.start.character);
    }
  },
};
