// The same kind of block twice in one item (two 工作措施, or 责任股室 and 责任单位).
// Responsibility read from prose is not a block written twice: each sentence names its own
// units (新建幼儿园（市发改委负责）；落实补助（市财政局负责）).
import type { Block, BlockKind } from '../model';
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';

export const duplicateBlock: Rule = {
  id: 'PLAN010',
  name: 'duplicate-block',
  defaultSeverity: 'warning',
  description: {
    en: 'An item has each kind of block at most once.',
    zh: '同一条目中每类分项最多出现一次。',
  },
  check(ctx) {
    for (const it of itemsOf(ctx.doc)) {
      if (it.blocks.length < 2) continue;
      const first = new Map<BlockKind, Block>();
      for (const b of it.blocks) {
        if (b.origin === 'prose') continue;
        const earlier = first.get(b.blockKind);
        if (!earlier) { first.set(b.blockKind, b); continue; }
        ctx.report(b.labelRange, {
          en: 'Block {0} repeats {1} (line {2}) in this item', zh: '“{0}”与第 {2} 行的“{1}”重复',
        }, [b.label, earlier.label, earlier.labelRange.start.line + 1]);
      }
    }
  },
};
