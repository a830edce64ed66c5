// A 文号 writes its year in 六角括号 〔〕 (GB/T 9704-2012 §7.2.4): 厦湖教〔2020〕132号,
// not [2020], (2020) or 【2020】. Checks the front-matter 文号 and 文号 lines in the preamble.
import type { Rule } from '../lint/types';
import type { PlanDocument } from '../model';
import { findDocNumbers, hasStandardBrackets, isDocNumberLine, parseDocNumber, standardDocNumber, standardYear, type DocNumber } from '../domain/docNumber';
import { canonicalMetaKey } from '../domain/meta';
import { lineRange } from './shared';
import { replacementFix } from './fixEdits';

/** A 文号 this rule reports, with its offsets in its line. */
export interface MisbracketedDocNumber { line: number; number: DocNumber & { bracketStart: number; bracketEnd: number } }

function misbracketed(text: string, line: number, offset: number): MisbracketedDocNumber | undefined {
  const n = parseDocNumber(text) ?? findDocNumbers(text)[0];
  if (!n || hasStandardBrackets(n) || n.bracketStart === undefined || n.bracketEnd === undefined) return undefined;
  return { line, number: { ...n, bracketStart: offset + n.bracketStart, bracketEnd: offset + n.bracketEnd } };
}

/**
 * The 文号 whose year is not in 〔〕: the front-matter 文号 and 文号 lines of the preamble.
 * PLAN020 leaves their brackets alone (a mismatched `(2020〕` is this rule's one finding).
 */
export function misbracketedDocNumbers(doc: PlanDocument): MisbracketedDocNumber[] {
  const out: MisbracketedDocNumber[] = [];
  for (const e of doc.frontMatter?.entries ?? []) {
    if (canonicalMetaKey(e.key) !== '文号') continue;
    const found = misbracketed(doc.lines[e.valueRange.start.line].slice(0, e.valueRange.end.character), e.valueRange.start.line, 0);
    if (found) out.push(found);
  }
  for (const p of doc.preamble) {
    if (!isDocNumberLine(p.text)) continue;
    const found = misbracketed(p.text, p.range.start.line, p.range.start.character);
    if (found) out.push(found);
  }
  return out;
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
    for (const { line, number: n } of misbracketedDocNumbers(ctx.doc)) {
      const suggestion = standardDocNumber(n);
      ctx.report(lineRange(line, n.bracketStart, n.bracketEnd), {
        en: 'Document number {0} should put its year in 〔〕 (GB/T 9704): {1}',
        zh: '文号“{0}”的年份应使用六角括号〔〕（GB/T 9704）：{1}',
      }, [n.text, suggestion], { suggestion, replacement: standardYear(n) });
    }
  },
  fix: ctx => replacementFix(ctx, { en: 'Write the year as {0}', zh: '年份改为“{0}”' }, true),
};
