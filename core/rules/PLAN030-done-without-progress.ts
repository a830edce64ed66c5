// A task marked finished (已完成, or an alias: 完成, 已办结) with no 完成情况 saying what was done.
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';
import { normaliseStatus } from '../domain/progress';

export const doneWithoutProgress: Rule = {
  id: 'PLAN030',
  name: 'done-without-progress',
  defaultSeverity: 'warning',
  description: {
    en: 'A task whose 状态 is finished (已完成) says in 完成情况 what was done.',
    zh: '状态为“已完成”的任务应在“完成情况”中写明完成内容。',
  },
  check(ctx) {
    for (const item of itemsOf(ctx.doc)) {
      const block = item.blocks.find(b => b.blockKind === 'status');
      if (!block || !normaliseStatus(block.text, ctx.config.statuses)?.done) continue;
      if (item.blocks.some(b => b.blockKind === 'progress' && b.text.trim())) continue;
      ctx.report(block.labelRange, {
        en: 'Item {0} is {1} but has no 完成情况',
        zh: '第 {0} 项状态为“{1}”，但没有填写“完成情况”',
      }, [item.numberText, block.text.trim()]);
    }
  },
};
