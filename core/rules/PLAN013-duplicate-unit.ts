// The same unit twice in one list.
import type { Rule } from '../lint/types';
import { unitKey } from '../units/registry';
import { itemsOf } from '../model';

export const duplicateUnit: Rule = {
  id: 'PLAN013',
  name: 'duplicate-unit',
  defaultSeverity: 'warning',
  description: {
    en: 'A unit is listed at most once in a unit list.',
    zh: '同一单位列表中每个单位只应出现一次。',
  },
  check(ctx) {
    for (const it of itemsOf(ctx.doc)) {
      for (const b of it.blocks) {
        const units = (b.unitList?.units ?? []);
        if (units.length < 2) continue;
        const seen = new Set<string>();
        for (const u of units) {
          const key = unitKey(u.name);
          if (!seen.has(key)) { seen.add(key); continue; }
          ctx.report(u.range, { en: 'Unit {0} is listed twice in {1}', zh: '单位“{0}”在“{1}”中重复列出' }, [u.name, b.label]);
        }
      }
    }
  },
};
