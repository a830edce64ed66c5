// A block label with nothing after it (seed 003 item 26: `责任股室(单位):`).
import type { Rule } from '../lint/types';
import { isUnitKind } from '../domain/blocks';
import { itemsOf } from '../model';

export const emptyBlock: Rule = {
  id: 'PLAN009',
  name: 'empty-block',
  defaultSeverity: 'warning',
  description: {
    en: 'Every block has content; a unit block names at least one unit.',
    zh: '每个分项都应有内容；责任单位类分项至少应列出一个单位。',
  },
  check(ctx) {
    for (const it of itemsOf(ctx.doc)) {
      for (const b of it.blocks) {
        const empty = !b.text.trim()
          || (isUnitKind(b.blockKind) && b.unitList !== undefined && b.unitList.units.length === 0 && b.unitList.notes.length === 0);
        if (!empty) continue;
        ctx.report(b.labelRange, { en: 'Block {0} is empty', zh: '“{0}”内容为空' }, [b.label]);
      }
    }
  },
};
