// The year in the title agrees with the front matter (年度, 日期) or, without those,
// with the year the preamble states (2021年是…, …2021年工作要点). Front-matter values are
// read as core/text/dates.ts reads them; a malformed one is PLAN025's, not compared.
import type { Message, Rule, RuleFix } from '../lint/types';
import { readDate, readYear } from '../text/dates';
import { isNoiseLine } from '../text/noise';
import { frontMatterEntries, lineRange } from './shared';
import { textAt } from './fixEdits';

const YEAR = /((?:19|20)\d{2})\s*年/g;
/** A year mention that states the plan's year: `2021年是…`, `2021年工作要点`, `2021年度`. */
const STATES_YEAR = /^(?:是|度|(?:[^。;\uFF1B,\uFF0C]{0,16}?)(?:工作要点|工作计划|工作思路|工作安排|要点))/;

const MESSAGES: Record<'meta-year' | 'meta-date' | 'preamble', Message> = {
  'meta-year': { en: 'The title says {0} but the front matter 年度 says {1}', zh: '标题中的年份“{0}”与前置元数据“年度”的“{1}”不一致' },
  'meta-date': { en: 'The title says {0} but the front matter 日期 is in {1}', zh: '标题中的年份“{0}”与前置元数据“日期”的年份“{1}”不一致' },
  'preamble': { en: 'The title says {0} but the text says {1} (line {2})', zh: '标题中的年份“{0}”与正文中的“{1}”（第 {2} 行）不一致' },
};

export const titleYearMismatch: Rule = {
  id: 'PLAN022',
  name: 'title-year-mismatch',
  defaultSeverity: 'warning',
  description: {
    en: 'The year in the title agrees with the front matter (年度, 日期) or the year the preamble states.',
    zh: '标题中的年份应与前置元数据（年度、日期）或导语中所述年份一致。',
  },
  check(ctx) {
    const { doc } = ctx;
    const title = doc.title;
    if (!title) return;
    const years: { year: number; index: number; length: number }[] = [];
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(title.text); m; m = YEAR.exec(title.text)) years.push({ year: Number(m[1]), index: m.index, length: m[1].length });
    if (!years.length) return;
    const has = (y: number) => years.some(t => t.year === y);
    const first = years[0];
    const at = title.range.start.line === title.range.end.line
      ? lineRange(title.range.start.line, title.range.start.character + first.index, title.range.start.character + first.index + first.length)
      : title.range;
    const report = (kind: keyof typeof MESSAGES, other: number, extra: (string | number)[] = [], where?: { line: number; character: number }) =>
      ctx.report(at, MESSAGES[kind], [`${first.year}年`, `${other}年`, ...extra], { titleYear: first.year, otherYear: other, kind, ...(where ? { where } : {}) });

    // A malformed 年度 or 日期 is PLAN025's finding, not a year to compare with.
    const entries = frontMatterEntries(doc, ctx.config.metaKeys);
    const meta = (key: string) => entries.find(e => e.key === key && e.value.trim())?.value.trim();
    const metaYear = meta('年度') !== undefined ? readYear(meta('年度')!) : undefined;
    if (metaYear?.ok) {
      const y = metaYear.year;
      if (!has(y)) report('meta-year', y);
      return;
    }
    const date = meta('日期') !== undefined ? readDate(meta('日期')!) : undefined;
    if (date?.ok && date.month !== undefined) {
      const y = date.year;
      const month = date.month;
      // A plan may be issued late in the year before; a summary early in the year after.
      if (!has(y) && !(has(y + 1) && month >= 10) && !(has(y - 1) && month <= 3)) report('meta-date', y);
      return;
    }
    // A variant of the title with another year is PLAN027's finding, not a year the text states.
    const variants = new Set((doc.titleVariants ?? []).map(v => v.range.start.line));
    for (const p of doc.preamble) {
      if (isNoiseLine(p.text) || variants.has(p.range.start.line)) continue;
      YEAR.lastIndex = 0;
      for (let m = YEAR.exec(p.text); m; m = YEAR.exec(p.text)) {
        if (!STATES_YEAR.test(p.text.slice(m.index + m[0].length))) continue;
        const y = Number(m[1]);
        if (!has(y)) report('preamble', y, [p.range.start.line + 1], { line: p.range.start.line, character: p.range.start.character + m.index });
        return;
      }
    }
  },
  fix(ctx) {
    const data = ctx.diagnostic.data as { titleYear?: number; otherYear?: number; kind?: string; where?: { line: number; character: number } } | undefined;
    if (!data || typeof data.titleYear !== 'number' || typeof data.otherYear !== 'number') return [];
    const out: RuleFix[] = [];
    const r = ctx.diagnostic.range;
    // A 日期 late or early in the year does not say which year the plan is for: offered, not applied unasked.
    if (textAt(ctx.doc, r) === String(data.titleYear)) {
      out.push({ title: { en: 'Change the title year to {0}', zh: '将标题年份改为“{0}”' }, args: [data.otherYear], edits: [{ range: r, newText: String(data.otherYear) }], preferred: data.kind !== 'meta-date' });
    }
    const w = data.where;
    if (w && (ctx.doc.lines[w.line] ?? '').startsWith(String(data.otherYear), w.character)) {
      out.push({
        title: { en: 'Change the year in the text to {0}', zh: '将正文中的年份改为“{0}”' }, args: [data.titleYear], preferred: false,
        edits: [{ range: lineRange(w.line, w.character, w.character + 4), newText: String(data.titleYear) }],
      });
    }
    return out;
  },
};
