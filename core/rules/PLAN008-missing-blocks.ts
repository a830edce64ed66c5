// Every item has the blocks its document requires: the configured ones (config
// requiredBlocks), or by default those the document's own items use (domain/blocks.ts).
// The numbered goals or principles of a prose section (二、工作目标 1.…达到90%。) are not
// tasks: when no item of such a section has a block, none is asked for.
import type { NodeRule, Rule } from '../lint/types';
import type { BlockKind, Item, TopNode } from '../model';
import { blockRank, blockUse, canonicalLabel, documentLabel, kindsOfItem, labelColon, requiredByUse, type BlockUse } from '../domain/blocks';
import { itemAtLine, itemsOf, itemsOfNode, sectionsOfNode } from '../model';
import { proseHeadingOf } from '../domain/sections';
import { checkNodes, headRange } from './shared';

/**
 * Per top-level node: its items' use of blocks (summed, the blocks `auto` requires), then
 * each item's missing ones.
 */
const byNode: NodeRule<BlockUse, readonly BlockKind[]> = {
  part: node => blockUse(itemsOfNode(node)),
  combine(parts, ctx) {
    const setting = ctx.config.requiredBlocks;
    const value = setting !== 'auto' ? [...setting] : requiredByUse(parts);
    return { value, key: value.join(' ') };
  },
  check(node, required, _ctx, report) {
    if (!required.length) return;
    const goals = goalItems(node);
    for (const it of itemsOfNode(node)) {
      if (goals.has(it)) continue;
      const has = kindsOfItem(it);
      const missing = required.filter(k => !has.has(k));
      if (!missing.length) continue;
      const labels = missing.map(canonicalLabel);
      report(headRange(it.selectionRange), {
        en: 'Item {0} lacks {1}', zh: '条目“{0}”缺少{1}',
      }, [it.numberText, labels.map(l => `“${l}”`).join('、')], { missing });
    }
  },
};

export const missingBlocks: Rule = {
  id: 'PLAN008',
  name: 'missing-blocks',
  defaultSeverity: 'warning',
  description: {
    en: 'Every item has the blocks the document requires: those most of its items have (目标任务, 工作措施, 责任单位 …), or config `requiredBlocks`.',
    zh: '每个条目都应具备文档要求的分项：文档中多数条目具备的分项（目标任务、工作措施、责任单位等），或配置 requiredBlocks 所列分项。',
  },
  check: checkNodes(byNode),
  byNode,
  fix(ctx) {
    // Each missing label on a line of its own where the usual order puts it, ready to be filled in.
    const missing = (ctx.diagnostic.data as { missing?: unknown } | undefined)?.missing;
    const item = itemAtLine(ctx.doc, ctx.diagnostic.range.start.line);
    if (!Array.isArray(missing) || !item) return [];
    const labelled = item.blocks.filter(b => b.origin === 'label');
    const inserts = new Map<number, string[]>();
    for (const kind of missing as BlockKind[]) {
      const next = labelled.find(b => blockRank(b.blockKind) > blockRank(kind));
      const line = next ? next.range.start.line : (labelled.length ? labelled[labelled.length - 1].range.end.line : item.range.end.line) + 1;
      inserts.set(line, [...inserts.get(line) ?? [], `${documentLabel(ctx.doc, kind)}${labelColon(ctx.doc, '：')}`]);
    }
    const edits = [...inserts].map(([line, labels]) => line < ctx.doc.lines.length
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: labels.map(l => `${l}\n`).join('') }
      : { range: { start: { line: line - 1, character: ctx.doc.lines[line - 1].length }, end: { line: line - 1, character: ctx.doc.lines[line - 1].length } }, newText: labels.map(l => `\n${l}`).join('') });
    // The cursor after the colon of the first label inserted: nothing is inserted above that
    // line, and an insertion at the end of the document puts its label on the same line number.
    const first = Math.min(...inserts.keys());
    const cursor = { line: first, character: inserts.get(first)![0].length };
    // An empty block is a finding of its own (PLAN009): offered, not applied unasked.
    return [{ title: { en: 'Add {0}', zh: '添加{0}' }, args: [(missing as BlockKind[]).map(k => `“${canonicalLabel(k)}”`).join('、')], edits, preferred: false, cursor }];
  },
};

/** The items of prose sections (of one top-level node) none of whose items has a block or names a unit. */
function goalItems(node: TopNode): Set<Item> {
  const out = new Set<Item>();
  for (const s of sectionsOfNode(node)) {
    if (!proseHeadingOf(s.title)) continue;
    const items = itemsOf(s);
    if (items.some(i => i.blocks.length || i.units.length)) continue;
    for (const i of items) out.add(i);
  }
  return out;
}
