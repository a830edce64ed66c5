// A 状态 value that is none of the configured statuses nor their aliases (planmark.statuses;
// default 未启动, 推进中, 已完成, 已延期, 暂缓).
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';
import { normaliseStatus } from '../domain/progress';

export const unknownStatus: Rule = {
  id: 'PLAN031',
  name: 'unknown-status',
  defaultSeverity: 'warning',
  description: {
    en: 'A 状态 is one of the configured statuses (未启动, 推进中, 已完成, 已延期, 暂缓) or an alias of one.',
    zh: '“状态”应为已配置的状态（未启动、推进中、已完成、已延期、暂缓）或其别名。',
  },
  check(ctx) {
    const names = ctx.config.statuses.map(s => s.name);
    for (const item of itemsOf(ctx.doc)) {
      for (const block of item.blocks) {
        if (block.blockKind !== 'status' || !block.text.trim()) continue;
        if (normaliseStatus(block.text, ctx.config.statuses)) continue;
        ctx.report(block.textRange, {
          en: 'Unknown status {0}: use one of {1}',
          zh: '未知的状态“{0}”：应为 {1} 之一',
        }, [block.text.trim(), names.join('、')], { statuses: names });
      }
    }
  },
};
