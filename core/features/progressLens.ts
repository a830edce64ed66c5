// Progress counts for code lenses and the status bar: per plan and per section,
// `已完成 n/m · 逾期 k` as of the as-of date. Only for a plan that records progress (some item
// has a 状态, 完成情况 or 进展): a plan being drafted shows none.
import type { PlanDocument, Range } from '../model';
import { itemsOf, sectionsOf } from '../model';
import type { ResolvedConfig } from '../config/types';
import { asOfDate, countProgress, isTracked, type ProgressCounts } from '../domain/progress';
import { msg, type Locale } from './util';

export interface ProgressLens { range: Range; counts: ProgressCounts; title: string }

const M = {
  counts: { en: 'Done {0}/{1} · Overdue {2}', zh: '已完成 {0}/{1} · 逾期 {2}' },
  plan: { en: 'Plan: {0} (as of {1})', zh: '全文：{0}（核查日期 {1}）' },
};

/** `已完成 n/m · 逾期 k` in the locale. */
export function progressTitle(counts: ProgressCounts, locale: Locale): string {
  return msg(locale, M.counts, counts.done, counts.total, counts.overdue);
}

/** The plan's progress counts as of the configured date, or undefined when it records no progress. */
export function planProgress(doc: PlanDocument, config: ResolvedConfig, now?: Date): ProgressCounts | undefined {
  if (!isTracked(doc)) return undefined;
  return countProgress(itemsOf(doc), asOfDate(config.asOf, now), config.statuses, config.dueSoonDays);
}

/** One lens for the plan (at its title, else its first line) and one per section with items. */
export function progressLenses(doc: PlanDocument, config: ResolvedConfig, locale: Locale, now?: Date): ProgressLens[] {
  if (!isTracked(doc)) return [];
  const asOf = asOfDate(config.asOf, now);
  const count = (items: ReturnType<typeof itemsOf>) => countProgress(items, asOf, config.statuses, config.dueSoonDays);
  const all = count(itemsOf(doc));
  const at: Range = doc.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const out: ProgressLens[] = [{ range: at, counts: all, title: msg(locale, M.plan, progressTitle(all, locale), asOf) }];
  for (const s of sectionsOf(doc)) {
    const items = itemsOf(s);
    if (!items.length) continue;
    const counts = count(items);
    out.push({ range: s.selectionRange, counts, title: progressTitle(counts, locale) });
  }
  return out;
}
