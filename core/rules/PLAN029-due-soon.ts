// A task due within planmark.dueSoonDays (default 7) of the as-of date and not finished.
// Only in a plan that records progress, as PLAN028.
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';
import { asOfDate, deadlineRange, isTracked, trackItem } from '../domain/progress';

export const dueSoon: Rule = {
  id: 'PLAN029',
  name: 'due-soon',
  defaultSeverity: 'information',
  description: {
    en: 'In a plan that records progress, an unfinished task due within dueSoonDays of the as-of date is pointed out.',
    zh: '记录了进展的计划中，在核查日期后 dueSoonDays 天内到期且未完成的任务予以提示。',
  },
  check(ctx) {
    if (!isTracked(ctx.doc)) return;
    const asOf = asOfDate(ctx.config.asOf);
    for (const item of itemsOf(ctx.doc)) {
      const t = trackItem(item, asOf, ctx.config.statuses, ctx.config.dueSoonDays);
      if (t.state !== 'due-soon') continue;
      ctx.report(deadlineRange(item), {
        en: 'Due in {0} days: {1} (as of {2})',
        zh: '{0} 天后到期：{1}（核查日期 {2}）',
      }, [t.days!, t.dueDate!, asOf], { dueDate: t.dueDate, days: t.days, asOf });
    }
  },
};
