// Blocks in the usual order: 目标任务 → 工作措施 → 责任/牵头/配合单位 → 完成时限 → 责任领导.
import type { Block } from '../model';
import { blockRank } from '../domain/blocks';
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';

export const blockOrder: Rule = {
  id: 'PLAN011',
  name: 'block-order',
  defaultSeverity: 'information',
  description: {
    en: 'Blocks follow the usual order: target, measures, responsible/lead/cooperating units, deadline, leader.',
    zh: '分项按通常顺序排列：目标任务、工作措施、责任（牵头、配合）单位、完成时限、责任领导。',
  },
  check(ctx) {
    for (const it of itemsOf(ctx.doc)) {
      let latest: Block | undefined;
      for (const b of it.blocks) {
        if (b.origin !== 'label') continue;
        if (latest && blockRank(b.blockKind) < blockRank(latest.blockKind)) {
          ctx.report(b.labelRange, { en: 'Block {0} should come before {1}', zh: '“{0}”应位于“{1}”之前' }, [b.label, latest.label]);
        } else {
          latest = b;
        }
      }
    }
  },
};
