// Two separators with no unit between them (`人事股、、基教股`), or a stray leading one.
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';
import { replacementFix } from './fixEdits';

export const emptyUnitSlot: Rule = {
  id: 'PLAN014',
  name: 'empty-unit-slot',
  defaultSeverity: 'warning',
  description: {
    en: 'A unit list has no empty entries between separators.',
    zh: '单位列表的分隔符之间不应有空项。',
  },
  check(ctx) {
    for (const it of itemsOf(ctx.doc)) {
      for (const b of it.blocks) {
        for (const slot of b.unitList?.emptySlots ?? []) {
          ctx.report(slot, { en: 'Empty entry in the unit list of {0}', zh: '“{0}”的单位列表中有空项（多余的分隔符）' }, [b.label], { replacement: '' });
        }
      }
    }
  },
  fix: ctx => replacementFix(ctx, { en: 'Remove the extra separator', zh: '删除多余的分隔符' }, true),
};
