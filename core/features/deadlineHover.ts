// The hover on a deadline (a 完成时限 block, a table's 完成时间 cell, an inline 完成时限：…):
// the dates it was read as, each milestone, and the 状态 recorded.
import type { Due, DueRange, Item, PlanDocument, Position, Range } from '../model';
import { pathAt } from '../model';
import { contains, msg, type Locale } from './util';

const M = {
  title: { en: 'Deadline', zh: '完成时限' },
  by: { en: 'by {0}', zh: '{0} 前' },
  range: { en: '{0} to {1}', zh: '{0} 至 {1}' },
  from: { en: 'from {0}', zh: '{0} 起' },
  ongoing: { en: 'ongoing (no end date)', zh: '长期（无截止日期）' },
  ongoingYear: { en: 'ongoing through {0} – {1}', zh: '全年持续（{0} 至 {1}）' },
  recurring: { en: 'recurring ({0}), {1} – {2}', zh: '定期（{0}），{1} 至 {2}' },
  unknown: { en: 'not read as a date: kept as written', zh: '未能识别为日期：按原文保留' },
  noYear: { en: 'not read as a date: the plan gives no year (年度 or a year in the title)', zh: '未能识别为日期：计划未写明年度（前置元数据“年度”或标题中的年份）' },
  milestones: { en: 'Milestones', zh: '节点' },
  status: { en: 'Status: {0}', zh: '状态：{0}' },
};

const EVERY: Record<string, { en: string; zh: string }> = {
  week: { en: 'weekly', zh: '每周' }, 'ten-days': { en: 'every ten days', zh: '每旬' }, month: { en: 'monthly', zh: '每月' },
  quarter: { en: 'quarterly', zh: '每季度' }, 'half-year': { en: 'half-yearly', zh: '每半年' }, year: { en: 'yearly', zh: '每年' }, term: { en: 'each term', zh: '每学期' },
};

/** One milestone (or a whole deadline) in words: `by 2024-06-30`, `2024-07-01 to 2024-09-30`. */
export function describeDue(d: DueRange | Due, locale: Locale): string {
  switch (d.kind) {
    case 'by': return msg(locale, M.by, d.end ?? '');
    case 'range': return d.end ? msg(locale, M.range, d.start ?? '', d.end) : msg(locale, M.from, d.start ?? '');
    case 'ongoing': return d.end ? msg(locale, M.ongoingYear, d.start ?? '', d.end) : msg(locale, M.ongoing);
    case 'recurring': return msg(locale, M.recurring, msg(locale, EVERY[d.every ?? 'month']), d.start ?? '', d.end ?? '');
    default: return msg(locale, (d as Due).problem === 'no-year' ? M.noYear : M.unknown);
  }
}

/** Where the item's deadline is written: its deadline blocks' text. */
function deadlineRanges(item: Item): Range[] {
  return item.blocks.filter(b => b.blockKind === 'deadline').map(b => b.textRange);
}

/** The hover text for an item's deadline, or undefined when it has none. */
export function deadlineHoverText(item: Item, locale: Locale): string | undefined {
  const due = item.due;
  if (!due) return undefined;
  const lines = [`**${msg(locale, M.title)}** ${due.text.replace(/[\\`*_[\]<>]/g, '\\$&')}`, '', `- ${describeDue(due, locale)}`];
  if (due.milestones.length > 1) {
    lines.push(`- ${msg(locale, M.milestones)}:`);
    for (const m of due.milestones) lines.push(`  - ${m.text.replace(/[\\`*_[\]<>]/g, '\\$&')}: ${describeDue(m, locale)}`);
  }
  if (item.status) lines.push(`- ${msg(locale, M.status, item.status)}`);
  return lines.join('\n');
}

/** The deadline hover at a position: inside a deadline's text. */
export function deadlineHover(doc: PlanDocument, pos: Position, locale: Locale): { contents: string; range: Range } | undefined {
  const item = pathAt(doc, pos).item;
  if (item) {
    for (const r of deadlineRanges(item)) {
      if (!contains(r, pos)) continue;
      const contents = deadlineHoverText(item, locale);
      if (contents) return { contents, range: r };
    }
  }
  return undefined;
}
