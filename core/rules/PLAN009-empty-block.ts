// A block label with nothing after it (seed 003 item 26: `责任股室(单位):`).
import { nodeLocal, type Rule } from '../lint/types';
import { checkNodes } from './shared';
import { isUnitKind } from '../domain/blocks';
import { itemsOfNode } from '../model';

/** Per top-level node: its items' empty blocks (nothing document-wide). */
const byNode = nodeLocal((node, _ctx, report) => {
  for (const it of itemsOfNode(node)) {
    for (const b of it.blocks) {
      const empty = !b.text.trim()
        || (isUnitKind(b.blockKind) && b.unitList !== undefined && b.unitList.units.length === 0 && b.unitList.notes.length === 0);
      if (!empty) continue;
      report(b.labelRange, { en: 'Block {0} is empty', zh: '“{0}”内容为空' }, [b.label]);
    }
  }
});

export const emptyBlock: Rule = {
  id: 'PLAN009',
  name: 'empty-block',
  defaultSeverity: 'warning',
  description: {
    en: 'Every block has content; a unit block names at least one unit.',
    zh: '每个分项都应有内容；责任单位类分项至少应列出一个单位。',
  },
  check: checkNodes(byNode),
  byNode,
};
