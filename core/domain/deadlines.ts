// Deadlines (完成时限, 时间节点, a table's 完成时间 cell, an inline 完成时限：…) read as dates:
// normalised against the plan's year (front matter 年度, else the title, else 日期) into a
// date range beside the text as written. `6月底前` → by 06-30; `第三季度` → 07-01…09-30;
// `每月28日前` recurs; `长期坚持` is ongoing; `6月底前完成方案，年底前完成验收` is two
// milestones. What cannot be read is `unknown`, its text kept. The phrases, named days and
// seasons are data (core/data/deadlinePhrases.json); the `calendar` setting adds to them or
// replaces them by name (withCalendar; the configuration holds the result).
import type { Due, DueKind, DueRange, PlanDocument, Recurrence } from '../model';
import data from '../data/deadlinePhrases.json';
import { chineseToNumber } from './numerals';
import { canonicalMetaKey } from './meta';
import { readDate, readYear } from '../text/dates';

export type { Due, DueKind, DueRange, Recurrence } from '../model';

/** The year a plan's relative dates are read against; a school year (2024-2025学年) runs into `endYear`. */
export interface PlanYear { year: number; endYear?: number }

export interface CalendarEntry { date?: string; byYear?: Record<string, string>; start?: string; end?: string }
/** Named days (`date` or `byYear`, MM-DD) and seasons (`start`…`end`, MM-DD). */
export interface Calendar { events: Record<string, CalendarEntry>; seasons: Record<string, CalendarEntry> }

interface PhraseData { ongoing: string[]; events: Record<string, CalendarEntry>; seasons: Record<string, CalendarEntry> }
const PHRASES = data as unknown as PhraseData;

/** The built-in calendar (春季开学, 春节 per year, 暑期, 汛期 …). */
export const DEFAULT_CALENDAR: Calendar = { events: PHRASES.events, seasons: PHRASES.seasons };

/**
 * A calendar entry as the `calendar` setting writes it: a day `"MM-DD"`, a period
 * `{start, end}`, or a day per year `{byYear: {"2025": "MM-DD"}}`.
 */
export type CalendarSettingEntry = string | { start: string; end: string } | { byYear: Record<string, string> };
export type CalendarSetting = Record<string, CalendarSettingEntry>;

/**
 * `base` (the built-in calendar, or one already configured) with the `calendar` setting's
 * entries over it: an entry replaces whatever `base` had under its name (day or period).
 */
export function withCalendar(setting: CalendarSetting | undefined, base: Calendar = DEFAULT_CALENDAR): Calendar {
  const names = Object.keys(setting ?? {});
  if (!setting || !names.length) return base;
  const events = { ...base.events };
  const seasons = { ...base.seasons };
  for (const name of names) {
    const entry = setting[name];
    delete events[name];
    delete seasons[name];
    if (typeof entry === 'string') events[name] = { date: entry };
    else if ('byYear' in entry) events[name] = { byYear: { ...entry.byYear } };
    else seasons[name] = { start: entry.start, end: entry.end };
  }
  return { events, seasons };
}

// ---------------------------------------------------------------------------------------------
// Dates

const pad = (n: number) => String(n).padStart(2, '0');
function daysIn(year: number, month: number): number { return new Date(Date.UTC(year, month, 0)).getUTCDate(); }
function iso(y: number, m: number, d: number): string { return `${y}-${pad(m)}-${pad(d)}`; }
function monthEnd(y: number, m: number): string { return iso(y, m, daysIn(y, m)); }
/** An ISO date moved by `days`. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}
/** The last day of the month and of the quarter an ISO date falls in. */
export function periodEnds(date: string): { month: string; quarter: string } {
  const [y, m] = date.split('-').map(Number);
  return { month: monthEnd(y, m), quarter: monthEnd(y, Math.ceil(m / 3) * 3) };
}
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

// ---------------------------------------------------------------------------------------------
// The plan's year

const TITLE_YEAR = /((?:19|20)\d{2})\s*(?:[-—–~～至]\s*((?:19|20)\d{2})\s*)?(?:年|学年)/;
const TITLE_CHINESE_YEAR = /([〇○零一二三四五六七八九]{4})年/;

/** The plan's year: front matter 年度, else the title's year, else the year of 日期. */
export function planYear(doc: PlanDocument): PlanYear | undefined {
  const meta = (key: string) => {
    for (const [k, v] of Object.entries(doc.meta)) if (canonicalMetaKey(k) === key && v.trim()) return v.trim();
    return undefined;
  };
  const y = meta('年度');
  if (y) {
    const r = readYear(y);
    if (r.ok) return r.endYear ? { year: r.year, endYear: r.endYear } : { year: r.year };
  }
  const title = doc.title?.text ?? '';
  const t = TITLE_YEAR.exec(title);
  if (t) {
    const year = Number(t[1]);
    const end = t[2] ? Number(t[2]) : undefined;
    return end && end > year && end - year <= 1 ? { year, endYear: end } : { year };
  }
  const c = TITLE_CHINESE_YEAR.exec(title);
  if (c) {
    const year = chineseToNumber(c[1].replace(/○/g, '〇'));
    if (year >= 1900 && year <= 2099) return { year };
  }
  const d = meta('日期') ?? meta('成文日期');
  if (d) {
    const r = readDate(d);
    if (r.ok) return { year: r.year };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The reader

/** Full-width digits and dashes as ASCII, Chinese numerals before 年/月/日 as digits, no spaces. */
function normalise(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, ch => String.fromCharCode(ch.charCodeAt(0) - 0xFF10 + 0x30))
    .replace(/[\s\u00A0\u3000]+/g, '')
    .replace(/[—–~～－\u2012\u2015]+/g, '-')
    .replace(/[○Ｏ]/g, '〇')
    .replace(/([〇零一二三四五六七八九]{4})(?=年)/g, m => String(chineseToNumber(m)))
    .replace(/([一二三四五六七八九十]{1,3})(?=月|日|号)/g, m => { const n = chineseToNumber(m); return Number.isNaN(n) ? m : String(n); })
    .replace(/(\d{1,2}(?:月|日|号)?)(?:至|到)(?=(?:\d{4}年)?\d{1,2}(?:月|日|号))/g, '$1-');
}

interface Found { index: number; length: number; range: Omit<DueRange, 'text'> | null }

interface Context { year?: PlanYear; calendar: Calendar }

/** The year a month of the plan falls in (a school year's January to August are in its second year). */
function yearFor(ctx: Context, month: number, written?: string, relative?: string): number | undefined {
  if (written) return Number(written);
  if (!ctx.year) return undefined;
  const base = ctx.year.endYear && month <= 8 ? ctx.year.endYear : ctx.year.year;
  return relative === '次年' || relative === '明年' || relative === '下一年' ? base + 1 : base;
}

const Y = '(?:(次年|明年|下一年|当年|今年|本年)|(\\d{4})年度?)?';
const BEFORE = '(?:前|之前|以前|止|为止|内|以内)';

/** A handler's answer: the range, `undefined` (not a deadline here) or `null` (a date that does not exist: 2月30日). */
type Handler = (m: RegExpExecArray, ctx: Context) => Omit<DueRange, 'text'> | undefined | null;

const by = (end: string): Omit<DueRange, 'text'> => ({ kind: 'by', start: null, end });
const range = (start: string, end: string): Omit<DueRange, 'text'> => ({ kind: 'range', start, end });
function recurring(ctx: Context, every: Recurrence): Omit<DueRange, 'text'> | undefined {
  if (!ctx.year) return undefined;
  const endYear = ctx.year.endYear ?? ctx.year.year;
  return { kind: 'recurring', start: iso(ctx.year.year, ctx.year.endYear ? 9 : 1, 1), end: ctx.year.endYear ? iso(endYear, 8, 31) : iso(endYear, 12, 31), every };
}
function wholeYear(ctx: Context, written?: string, relative?: string): [string, string] | undefined {
  if (written) return [iso(Number(written), 1, 1), iso(Number(written), 12, 31)];
  if (!ctx.year) return undefined;
  const y = ctx.year.year + (relative === '次年' || relative === '明年' || relative === '下一年' ? 1 : 0);
  if (ctx.year.endYear && !relative) return [iso(y, 9, 1), iso(ctx.year.endYear, 8, 31)];
  return [iso(y, 1, 1), iso(y, 12, 31)];
}

function monthDay(mmdd: string): [number, number] { const [m, d] = mmdd.split('-').map(Number); return [m, d]; }

/** The patterns, most specific first; the earliest and longest match in a clause wins. */
const PATTERNS: [RegExp, Handler][] = [
  // 每月28日前, 每月底, 每季度末, 每年汛前, 每学期初, 每周, 每半年
  [/每(?:个)?(周|星期|旬|月|季度|季|半年|年|学期)(?:(\d{1,2})[日号])?/g, (m, ctx) => {
    const every: Recurrence = ({ 周: 'week', 星期: 'week', 旬: 'ten-days', 月: 'month', 季度: 'quarter', 季: 'quarter', 半年: 'half-year', 年: 'year', 学期: 'term' } as const)[m[1] as '月']!;
    return recurring(ctx, every);
  }],
  // 2024-03-27, 2024/3/27, 2024.3.27 (and a range of two)
  [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:日)?(?:-(\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))?/g, m => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    if (m[4]) {
      const [y2, mo2, d2] = [Number(m[4]), Number(m[5]), Number(m[6])];
      return validDay(y2, mo2, d2) ? range(iso(y, mo, d), iso(y2, mo2, d2)) : undefined;
    }
    return by(iso(y, mo, d));
  }],
  // 2025年12月31日前, 8月31日, 6月1日-15日, 6月1日-7月15日
  [new RegExp(`${Y}(\\d{1,2})月(\\d{1,2})[日号](?:-(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})[日号])?(?:${BEFORE})?`, 'g'), (m, ctx) => {
    const mo = Number(m[3]), d = Number(m[4]);
    const y = yearFor(ctx, mo, m[2], m[1]);
    if (y === undefined) return undefined;
    if (!validDay(y, mo, d)) return null;
    if (m[7]) {
      const mo2 = m[6] ? Number(m[6]) : mo;
      const y2 = m[5] ? Number(m[5]) : yearFor(ctx, mo2, m[2], m[1])!;
      const d2 = Number(m[7]);
      return validDay(y2, mo2, d2) ? range(iso(y, mo, d), iso(y2, mo2, d2)) : undefined;
    }
    return by(iso(y, mo, d));
  }],
  // 3-4月, 3月-4月, 2024年3月至6月底
  [new RegExp(`${Y}(\\d{1,2})(?:月份?)?-(?:(\\d{4})年)?(\\d{1,2})月份?(底|末|中旬|上旬|下旬)?(?:${BEFORE})?`, 'g'), (m, ctx) => {
    const m1 = Number(m[3]), m2 = Number(m[5]);
    if (!(m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12)) return undefined;
    const y1 = yearFor(ctx, m1, m[2], m[1]);
    const y2 = m[4] ? Number(m[4]) : yearFor(ctx, m2, m[2], m[1]);
    if (y1 === undefined || y2 === undefined) return undefined;
    const end = m[6] === '上旬' ? iso(y2, m2, 10) : m[6] === '中旬' ? iso(y2, m2, 20) : monthEnd(y2, m2);
    return range(iso(y1, m1, 1), end);
  }],
  // 6月底前, 9月中旬, 3月份, 6月前, 10月初
  [new RegExp(`${Y}(\\d{1,2})月份?(底|末|上中旬|中下旬|上旬|中旬|下旬|初|中|上半月|下半月)?(${BEFORE})?`, 'g'), (m, ctx) => {
    const mo = Number(m[3]);
    if (!(mo >= 1 && mo <= 12)) return null;
    const y = yearFor(ctx, mo, m[2], m[1]);
    if (y === undefined) return undefined;
    const part = m[4], before = m[5];
    if (part === '底' || part === '末') return by(monthEnd(y, mo));
    const spans: Record<string, [number, number]> = { 上中旬: [1, 20], 中下旬: [11, daysIn(y, mo)], 上旬: [1, 10], 初: [1, 10], 中旬: [11, 20], 中: [11, 20], 上半月: [1, 15], 下半月: [16, daysIn(y, mo)], 下旬: [21, daysIn(y, mo)] };
    if (part) {
      const [a, b] = spans[part];
      return before ? by(iso(y, mo, b)) : range(iso(y, mo, a), iso(y, mo, b));
    }
    // 6月前: before June; 6月内 / 6月以内: within June.
    if (before === '前' || before === '之前' || before === '以前') return by(addDays(iso(y, mo, 1), -1));
    if (before) return by(monthEnd(y, mo));
    return range(iso(y, mo, 1), monthEnd(y, mo));
  }],
  // 第三季度, 三季度末, 1季度
  // 第三、四季度, 三至四季度
  [new RegExp(`${Y}第?([一二三四1-4])(?:、|和|至|到|-)第?([一二三四1-4])季度(末|底)?`, 'g'), (m, ctx) => {
    const q1 = /\d/.test(m[3]) ? Number(m[3]) : chineseToNumber(m[3]);
    const q2 = /\d/.test(m[4]) ? Number(m[4]) : chineseToNumber(m[4]);
    if (!(q2 > q1)) return null;
    const y1 = yearFor(ctx, q1 * 3, m[2], m[1]), y2 = yearFor(ctx, q2 * 3, m[2], m[1]);
    if (y1 === undefined || y2 === undefined) return undefined;
    return m[5] ? by(monthEnd(y2, q2 * 3)) : range(iso(y1, q1 * 3 - 2, 1), monthEnd(y2, q2 * 3));
  }],
  // 第三季度, 三季度末, 1季度; 三季度前: before the quarter (as 6月前 is before June)
  [new RegExp(`${Y}第?([一二三四1-4])季度(末|底|初)?(${BEFORE})?`, 'g'), (m, ctx) => {
    const q = /\d/.test(m[3]) ? Number(m[3]) : chineseToNumber(m[3]);
    const first = q * 3 - 2, last = q * 3;
    const y = yearFor(ctx, last, m[2], m[1]);
    if (y === undefined) return undefined;
    if (!m[4] && (m[5] === '前' || m[5] === '之前' || m[5] === '以前')) return by(addDays(iso(y, first, 1), -1));
    if (m[4] === '末' || m[4] === '底' || m[5]) return by(monthEnd(y, last));
    if (m[4] === '初') return range(iso(y, first, 1), monthEnd(y, first));
    return range(iso(y, first, 1), monthEnd(y, last));
  }],
  // 年底前, 年底, 年末, 年内, 2025年底
  [new RegExp(`${Y}(?:年底|年末|年终|年内|底|末)(${BEFORE})?`, 'g'), (m, ctx) => {
    if (!m[1] && !m[2] && !/^年/.test(m[0])) return undefined; // 底 alone is not a year's end
    const span = wholeYear(ctx, m[2], m[1]);
    return span ? by(span[1]) : undefined;
  }],
  // 2025年, 2025年前
  [new RegExp(`(\\d{4})年度?(${BEFORE})?`, 'g'), m => {
    const y = Number(m[1]);
    if (y < 1900 || y > 2099) return undefined;
    if (m[2] === '前' || m[2] === '之前' || m[2] === '以前') return by(iso(y - 1, 12, 31));
    return m[2] ? by(iso(y, 12, 31)) : range(iso(y, 1, 1), iso(y, 12, 31));
  }],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Named days and seasons: 春季开学前, 2025年春节前, 暑期, 汛期前, 上半年. */
function buildCalendarPattern(calendar: Calendar): RegExp | null {
  const names = [...Object.keys(calendar.events), ...Object.keys(calendar.seasons)].sort((a, b) => b.length - a.length);
  return names.length ? new RegExp(`${Y}(${names.map(escape).join('|')})(?:节)?(期间|末|底|初|(?:${BEFORE})|后)?`, 'g') : null;
}
/** Each calendar's named-day pattern, built once (the built-in one's at load). */
const calendarPatterns = new WeakMap<Calendar, RegExp | null>([[DEFAULT_CALENDAR, buildCalendarPattern(DEFAULT_CALENDAR)]]);
function calendarPattern(calendar: Calendar): RegExp | null {
  let re = calendarPatterns.get(calendar);
  if (re === undefined) calendarPatterns.set(calendar, re = buildCalendarPattern(calendar));
  return re;
}

function calendarMatches(clause: string, ctx: Context): Found[] {
  const out: Found[] = [];
  const re = calendarPattern(ctx.calendar);
  if (!re) return out;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const name = m[3], mod = m[4];
    const before = mod === '前' || mod === '之前' || mod === '以前';
    const event = ctx.calendar.events[name];
    const season = ctx.calendar.seasons[name];
    let found: Omit<DueRange, 'text'> | undefined;
    if (season && season.start && season.end && !(event && before)) {
      const [sm, sd] = monthDay(season.start), [em, ed] = monthDay(season.end);
      const y = yearFor(ctx, sm, m[2], m[1]);
      if (y !== undefined) {
        const ey = em < sm ? y + 1 : y;
        const start = iso(y, sm, Math.min(sd, daysIn(y, sm))), end = iso(ey, em, Math.min(ed, daysIn(ey, em)));
        found = before ? by(addDays(start, -1)) : mod === '末' || mod === '底' || mod === '止' || mod === '为止' || mod === '内' || mod === '以内' ? by(end) : mod === '初' ? range(start, addDays(start, 9)) : range(start, end);
      }
    } else if (event) {
      const y0 = event.date ? yearFor(ctx, monthDay(event.date)[0], m[2], m[1]) : m[2] ? Number(m[2]) : ctx.year?.year;
      const mmdd = event.date ?? (y0 !== undefined ? event.byYear?.[String(y0)] : undefined);
      if (y0 !== undefined && mmdd) {
        const [em, ed] = monthDay(mmdd);
        if (!validDay(y0, em, ed)) continue; // 02-30 names no day
        const day = iso(y0, em, ed);
        found = before ? by(addDays(day, -1)) : mod === '后' ? { kind: 'range', start: addDays(day, 1), end: null } : by(day);
      }
    }
    if (found) out.push({ index: m.index, length: m[0].length, range: found });
  }
  return out;
}

function ongoingMatch(clause: string): Found | undefined {
  let best: Found | undefined;
  for (const w of PHRASES.ongoing) {
    const i = clause.indexOf(w);
    if (i >= 0 && (!best || i < best.index || (i === best.index && w.length > best.length))) best = { index: i, length: w.length, range: { kind: 'ongoing', start: null, end: null } };
  }
  return best;
}

/** The first date expression of a clause: the earliest, and of those the longest. */
function firstIn(clause: string, ctx: Context): Found | undefined {
  const found: Found[] = calendarMatches(clause, ctx);
  for (const [re, handle] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const r = handle(m, ctx);
      if (r !== undefined) { found.push({ index: m.index, length: m[0].length, range: r }); break; }
    }
  }
  if (!found.length) return undefined;
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  // A date that does not exist is no deadline, not a shorter one (2月30日 is not February).
  return found[0].range ? found[0] : undefined;
}

/** Clauses: split at commas, semicolons, full stops and 及/和/并/、 after a dated part (6月、9月、12月). */
function clausesOf(text: string): string[] {
  return text.split(/[，,；;。]|(?<=前|底|末|期|季度|月|日)(?:及|和|并|、)/).map(s => s.trim()).filter(Boolean);
}

/**
 * Reads a deadline as written against the plan's year: one milestone per clause that names a
 * date; a clause with none belongs to the milestone before it.
 */
export function readDeadline(text: string, year?: PlanYear, calendar: Calendar = DEFAULT_CALENDAR): Due {
  const ctx: Context = { year, calendar };
  const milestones: DueRange[] = [];
  let pendingText = '';
  let sawYearless = false;
  for (const raw of clausesOf(text)) {
    const clause = normalise(raw);
    const hit = firstIn(clause, ctx);
    if (hit?.range) {
      milestones.push({ text: pendingText ? `${pendingText}，${raw}` : raw, ...hit.range });
      pendingText = '';
      continue;
    }
    const ongoing = ongoingMatch(clause);
    if (ongoing) {
      const y = wholeYear(ctx);
      milestones.push({ text: pendingText ? `${pendingText}，${raw}` : raw, kind: 'ongoing', start: y ? y[0] : null, end: y && /全年/.test(clause) ? y[1] : null });
      pendingText = '';
      continue;
    }
    if (!year && /\d{1,2}月|季度|年底|年末|年内|上半年|下半年|每/.test(clause)) sawYearless = true;
    if (milestones.length) milestones[milestones.length - 1].text += `，${raw}`;
    else pendingText = pendingText ? `${pendingText}，${raw}` : raw;
  }
  const trimmed = text.trim();
  if (!milestones.length) {
    return { text: trimmed, kind: 'unknown', start: null, end: null, milestones: [], problem: sawYearless ? 'no-year' : 'unreadable' };
  }
  if (milestones.length === 1) {
    const only = milestones[0];
    return { ...only, text: trimmed, milestones };
  }
  const kinds = new Set(milestones.map(m => m.kind));
  const ends = milestones.map(m => m.end).filter((e): e is string => !!e).sort();
  const starts = milestones.map(m => m.start).filter((s): s is string => !!s).sort();
  const kind: DueKind = kinds.size === 1 ? milestones[0].kind : kinds.has('by') || kinds.has('range') ? (kinds.has('range') ? 'range' : 'by') : milestones[milestones.length - 1].kind;
  return { text: trimmed, kind, start: kind === 'by' ? null : starts[0] ?? null, end: ends[ends.length - 1] ?? null, milestones };
}

/** The date by which an item's deadline falls due, if it has one (`by` and `range`: its end). */
export function dueDate(due: Due | undefined): string | undefined {
  if (!due) return undefined;
  if (due.kind === 'by' || due.kind === 'range') return due.end ?? undefined;
  return undefined;
}
