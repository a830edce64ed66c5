// A task whose deadline has passed (as of planmark.asOf / --as-of / today) and whose 状态 is
// not a finished one (已完成). Only in a plan in 督办: one where some item records a 状态 or
// 完成情况 (a plan being drafted has nothing to be late with).
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';
import { asOfDate, deadlineRange, isTracked, trackItem } from '../domain/progress';

export const overdue: Rule = {
  id: 'PLAN028',
  name: 'overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'In a plan that records progress, a task past its deadline (as of the as-of date) is 已完成.',
    zh: '记录了进展的计划中，截止日期（按核查日期）已过的任务应为“已完成”。',
  },
  check(ctx) {
    if (!isTracked(ctx.doc)) return;
    const asOf = asOfDate(ctx.config.asOf);
    for (const item of itemsOf(ctx.doc)) {
      const t = trackItem(item, asOf, ctx.config.statuses, ctx.config.dueSoonDays);
      if (t.state !== 'overdue') continue;
      ctx.report(deadlineRange(item), {
        en: 'Overdue by {0} days: due {1} (as of {2}), status {3}',
        zh: '已逾期 {0} 天：截止日期 {1}（核查日期 {2}），状态“{3}”',
      }, [t.days!, t.dueDate!, asOf, item.status ?? '—'], { dueDate: t.dueDate, days: t.days, asOf });
    }
  },
};
