// A front-matter 日期 / 成文日期 (and their aliases) that is not a date, or a 年度 that is
// not a year: 2024327, 2024年13月, 2024年2月30日. Chinese-numeral dates (二〇二四年三月) are
// dates. Placeholders (20XX年X月X日) and masked values are PLAN016's and PLAN019's.
import type { Message, Rule } from '../lint/types';
import { canonicalMetaKey } from '../domain/meta';
import { readDate, readYear, type DateReading } from '../text/dates';
import { hasPlaceholderOrMask } from '../text/placeholders';
import { frontMatterEntries } from './shared';

/** The keys whose values are dates, and the one whose value is a year. */
const DATE_KEYS: ReadonlySet<string> = new Set(['日期', '成文日期']);
const YEAR_KEY = '年度';

const MESSAGES: Record<'not-a-date' | 'not-a-year' | 'year' | 'month' | 'day', Message> = {
  'not-a-date': { en: 'Front-matter {0} value {1} is not a date (write 2024年3月27日 or 2024-03-27)', zh: '前置元数据“{0}”的值“{1}”不是日期（应写作 2024年3月27日 或 2024-03-27）' },
  'not-a-year': { en: 'Front-matter {0} value {1} is not a year (write 2024, 2024年 or 2024-2025学年)', zh: '前置元数据“{0}”的值“{1}”不是年份（应写作 2024、2024年 或 2024-2025学年）' },
  'year': { en: 'Front-matter {0} value {1}: {2} is not a plausible year', zh: '前置元数据“{0}”的值“{1}”有误：{2} 不是有效年份' },
  'month': { en: 'Front-matter {0} value {1}: there is no month {2}', zh: '前置元数据“{0}”的值“{1}”有误：没有 {2} 月' },
  'day': { en: 'Front-matter {0} value {1}: month {2} of {3} has no day {4}', zh: '前置元数据“{0}”的值“{1}”有误：{3}年{2}月没有 {4} 日' },
};

/** The front-matter key a value is checked as, if any: 日期, 成文日期 (aliases too) or 年度. */
export function dateKeyOf(key: string): 'date' | 'year' | undefined {
  const k = canonicalMetaKey(key);
  return k === YEAR_KEY ? 'year' : k && DATE_KEYS.has(k) ? 'date' : undefined;
}

export const malformedDate: Rule = {
  id: 'PLAN025',
  name: 'malformed-date',
  defaultSeverity: 'warning',
  description: {
    en: 'A front-matter 日期 or 成文日期 is a date (2024年3月27日, 2024-03-27, 二〇二四年三月二十七日) and 年度 a year (2024, 2024-2025学年).',
    zh: '前置元数据的“日期”“成文日期”应为日期（2024年3月27日、2024-03-27、二〇二四年三月二十七日），“年度”应为年份（2024、2024-2025学年）。',
  },
  check(ctx) {
    for (const e of frontMatterEntries(ctx.doc, ctx.config.metaKeys)) {
      const kind = dateKeyOf(e.key);
      const value = e.value.trim();
      if (!kind || !value || hasPlaceholderOrMask(value)) continue;
      const reading: DateReading = kind === 'year' ? readYear(value) : readDate(value);
      if (reading.ok) continue;
      const args: (string | number)[] = [e.key, value];
      if (reading.problem === 'year') args.push(reading.year ?? '');
      else if (reading.problem === 'month') args.push(reading.month ?? '');
      else if (reading.problem === 'day') args.push(reading.month ?? '', reading.year ?? '', reading.day ?? '');
      ctx.report(e.valueRange, MESSAGES[reading.problem], args, { problem: reading.problem });
    }
  },
};
