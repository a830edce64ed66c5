// A 文号 writes its year in 六角括号 〔〕 (GB/T 9704-2012 §7.2.4): 厦湖教〔2020〕132号,
// not [2020], (2020) or 【2020】. Checks the front-matter 文号 and 文号 lines in the preamble.
import type { Range } from '../model';
import type { Rule, RuleContext } from '../lint/types';
import { lineRange } from './shared';

/** Issuer code, bracketed year, serial number: 厦湖教[2020]132号. */
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12}?)\s*([\[\uFF3B(\uFF08【〔﹝〖{\uFF5B])\s*((?:19|20)\d{2})\s*([\]\uFF3D)\uFF09】〕﹞〗}\uFF5D])\s*第?\s*(\d{1,5})\s*号/;
/** A preamble line that is only a 文号, possibly behind a `文号:` label or a list dash. */
const DOC_NUMBER_LINE = /^[-\s\u3000]*(?:(?:备注\s*\/\s*)?文\s*号\s*[:\uFF1A]\s*)?[\u4e00-\u9fff]{1,12}?\s*[\[\uFF3B(\uFF08【〔﹝〖{\uFF5B]\s*(?:19|20)\d{2}\s*[\]\uFF3D)\uFF09】〕﹞〗}\uFF5D]\s*第?\s*\d{1,5}\s*号\s*$/;

function checkText(ctx: RuleContext, text: string, line: number, offset: number): void {
  const m = DOC_NUMBER.exec(text);
  if (!m || (m[2] === '〔' && m[4] === '〕')) return;
  const open = offset + m.index + m[0].indexOf(m[2], m[1].length);
  const close = offset + m.index + m[0].lastIndexOf(m[4]) + 1;
  const suggestion = `${m[1]}〔${m[3]}〕${m[5]}号`;
  const range: Range = lineRange(line, open, close);
  ctx.report(range, {
    en: 'Document number {0} should put its year in 〔〕 (GB/T 9704): {1}',
    zh: '文号“{0}”的年份应使用六角括号〔〕（GB/T 9704）：{1}',
  }, [m[0], suggestion], { suggestion, replacement: `〔${m[3]}〕` });
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
      if (e.key !== '文号') continue;
      checkText(ctx, doc.lines[e.valueRange.start.line].slice(0, e.valueRange.end.character), e.valueRange.start.line, 0);
    }
    for (const p of doc.preamble) {
      if (!DOC_NUMBER_LINE.test(p.text)) continue;
      checkText(ctx, p.text, p.range.start.line, p.range.start.character);
    }
  },
};
