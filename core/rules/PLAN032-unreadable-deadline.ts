// A deadline that names no date the tools can read (按上级要求, 另行通知), or a relative one
// (6月底前) in a plan with no year (no 年度, no year in the title or 日期): kept as text, and
// out of the overdue checks, the ledger's 截止日期 and the calendar.
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';
import { deadlineRange } from '../domain/progress';

export const unreadableDeadline: Rule = {
  id: 'PLAN032',
  name: 'unreadable-deadline',
  defaultSeverity: 'information',
  description: {
    en: 'A deadline reads as a date or period (6月底前, 第三季度, 每月28日前, 长期坚持) against the plan\'s year.',
    zh: '完成时限应能按计划年度读作日期或时段（6月底前、第三季度、每月28日前、长期坚持）。',
  },
  check(ctx) {
    for (const item of itemsOf(ctx.doc)) {
      const due = item.due;
      if (!due || due.kind !== 'unknown') continue;
      if (due.problem === 'no-year') {
        ctx.report(deadlineRange(item), {
          en: 'Deadline {0} needs the plan\'s year: give 年度 in the front matter or a year in the title',
          zh: '完成时限“{0}”需要计划年度：请在前置元数据中写明“年度”或在标题中写明年份',
        }, [due.text], { problem: 'no-year' });
      } else {
        ctx.report(deadlineRange(item), {
          en: 'Deadline {0} names no date: it is kept as text, out of the overdue checks and the calendar',
          zh: '完成时限“{0}”未写明日期：按原文保留，不参与逾期检查和日历导出',
        }, [due.text], { problem: 'unreadable' });
      }
    }
  },
};
