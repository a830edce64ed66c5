// Dates and years as front matter writes them: 2024年3月27日, 2024-03-27, 2024/3/27,
// 2024.3.27, 2024年3月, 二〇二四年三月二十七日 (and 二○二四: a circle for the zero); years as
// 2024, 2024年, 2024年度, 二〇二四年, 2024-2025学年, 2024学年第一学期. One reader for the
// malformed-date rule (PLAN025) and the title-year rule (PLAN022).
import { chineseToNumber } from '../domain/numerals';

export type DateProblem = 'not-a-date' | 'not-a-year' | 'month' | 'day' | 'year';

export type DateReading =
  | { ok: true; year: number; month?: number; day?: number; endYear?: number }
  | { ok: false; problem: DateProblem; year?: number; month?: number; day?: number };

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const PART = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const CHINESE_DATE = new RegExp(`^${YEAR}\\s*年\\s*${PART}\\s*月(?:\\s*${PART}\\s*[日号])?$`);
const SEPARATED_DATE = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const TERM = '(?:第[一二]学期|[上下]学期)?';
const YEAR_ONLY = new RegExp(`^${YEAR}\\s*(?:年度?|学年度?)?${TERM}$`);
const YEAR_RANGE = new RegExp(`^${YEAR}\\s*年?\\s*[-—–~～至到]\\s*${YEAR}\\s*(?:年度?|学年度?)?${TERM}$`);

/** Full-width digits as ASCII, a circle or a letter O for the zero of a Chinese year, no inner spaces around separators. */
function normalise(value: string): string {
  return value.trim()
    .replace(/[\uFF10-\uFF19]/g, ch => String.fromCharCode(ch.charCodeAt(0) - 0xFF10 + 0x30))
    .replace(/[○Ｏ]/g, '〇')
    .replace(/[\uFF0D\uFF0F\uFF0E]/g, ch => ({ '\uFF0D': '-', '\uFF0F': '/', '\uFF0E': '.' })[ch]!);
}

function number(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : chineseToNumber(text);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const plausibleYear = (y: number) => y >= 1900 && y <= 2099;

function checked(year: number, month: number, day?: number): DateReading {
  if (!plausibleYear(year)) return { ok: false, problem: 'year', year };
  if (!(month >= 1 && month <= 12)) return { ok: false, problem: 'month', year, month };
  if (day !== undefined && !(day >= 1 && day <= daysIn(year, month))) return { ok: false, problem: 'day', year, month, day };
  return { ok: true, year, month, ...(day !== undefined ? { day } : {}) };
}

/** A 日期 / 成文日期 value: a date with year and month (the day may be left out). */
export function readDate(value: string): DateReading {
  const v = normalise(value);
  const c = CHINESE_DATE.exec(v);
  if (c) return checked(number(c[1]), number(c[2]), c[3] === undefined ? undefined : number(c[3]));
  const s = SEPARATED_DATE.exec(v);
  if (s) return checked(Number(s[1]), Number(s[3]), s[4] === undefined ? undefined : Number(s[4]));
  return { ok: false, problem: 'not-a-date' };
}

/** A 年度 value: a year, a range of years or a school year. */
export function readYear(value: string): DateReading {
  const v = normalise(value);
  const one = YEAR_ONLY.exec(v);
  if (one) {
    const year = number(one[1]);
    return plausibleYear(year) ? { ok: true, year } : { ok: false, problem: 'year', year };
  }
  const range = YEAR_RANGE.exec(v);
  if (range) {
    const year = number(range[1]);
    const endYear = number(range[2]);
    if (!plausibleYear(year) || !plausibleYear(endYear) || endYear <= year || endYear - year > 10) return { ok: false, problem: 'year', year };
    return { ok: true, year, endYear };
  }
  return { ok: false, problem: 'not-a-year' };
}

