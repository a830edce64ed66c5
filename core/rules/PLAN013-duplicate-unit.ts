// The same unit twice in one list.
import { nodeLocal, type Rule } from '../lint/types';
import { unitKey } from '../units/registry';
import { itemsOf, itemsOfNode } from '../model';
import { sameRange } from './fixEdits';
import { checkNodes } from './shared';

/** Per top-level node: its items' unit lists (nothing document-wide). */
const byNode = nodeLocal((node, _ctx, report) => {
  for (const it of itemsOfNode(node)) {
    for (const b of it.blocks) {
      const units = (b.unitList?.units ?? []);
      if (units.length < 2) continue;
      const seen = new Set<string>();
      for (const u of units) {
        const key = unitKey(u.name);
        if (!seen.has(key)) { seen.add(key); continue; }
        report(u.range, { en: 'Unit {0} is listed twice in {1}', zh: '单位“{0}”在“{1}”中重复列出' }, [u.name, b.label]);
      }
    }
  }
});

export const duplicateUnit: Rule = {
  id: 'PLAN013',
  name: 'duplicate-unit',
  defaultSeverity: 'warning',
  description: {
    en: 'A unit is listed at most once in a unit list.',
    zh: '同一单位列表中每个单位只应出现一次。',
  },
  check: checkNodes(byNode),
  byNode,
  fix(ctx) {
    // The repeated unit goes with the separator before it (人事股、基教股、人事股 → 人事股、基教股).
    for (const it of itemsOf(ctx.doc)) {
      for (const b of it.blocks) {
        const units = b.unitList?.units ?? [];
        const i = units.findIndex(u => sameRange(u.range, ctx.diagnostic.range));
        if (i < 1) continue;
        return [{
          title: { en: 'Remove the repeated {0}', zh: '删除重复的“{0}”' }, args: [units[i].name], preferred: true,
          edits: [{ range: { start: units[i - 1].range.end, end: units[i].range.end }, newText: '' }],
        }];
      }
    }
    return [];
  },
};
