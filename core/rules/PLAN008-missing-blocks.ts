// When a document uses blocks, each item has the required ones (config requiredBlocks,
// default 目标任务 / 工作措施 / 责任股室).
import type { BlockKind, PlanDocument } from '../model';
import type { Rule } from '../lint/types';
import { canonicalLabel, parseBlockKind } from '../domain/blocks';
import { itemsOf } from '../model';
import { headRange } from './shared';

/** True when some item has a block written as a line-leading label (not an inline parenthesis). */
export function documentUsesBlocks(doc: PlanDocument): boolean {
  return itemsOf(doc).some(it => it.blocks.some(b => b.origin === 'label'));
}

export const missingBlocks: Rule = {
  id: 'PLAN008',
  name: 'missing-blocks',
  defaultSeverity: 'warning',
  description: {
    en: 'When a document uses blocks (目标任务: …), every item has the required ones (config `requiredBlocks`).',
    zh: '文档使用分项（目标任务：……）时，每个条目都应包含必需的分项（配置 requiredBlocks）。',
  },
  check(ctx) {
    // Kinds, as the config loader resolves them; labels are accepted too, defensively.
    const required = [...new Set(ctx.config.requiredBlocks.map(k => parseBlockKind(k)).filter((k): k is BlockKind => !!k))];
    if (!required.length) return;
    const items = itemsOf(ctx.doc);
    if (!items.some(it => it.blocks.some(b => b.origin === 'label'))) return;
    for (const it of items) {
      const has = new Set<BlockKind>(it.blocks.map(b => b.blockKind));
      // A 牵头单位 names the responsible unit as well.
      if (has.has('lead')) has.add('responsible');
      const missing = required.filter(k => !has.has(k));
      if (!missing.length) continue;
      const labels = missing.map(canonicalLabel);
      ctx.report(headRange(it.selectionRange), {
        en: 'Item {0} lacks {1}', zh: '条目“{0}”缺少{1}',
      }, [it.numberText, labels.map(l => `“${l}”`).join('、')], { missing });
    }
  },
};
