// Blocks in one order: the document's own, where its items agree on one (分管领导 first in a
// plan that always writes it first), else the usual one: 目标任务 → 工作措施 → 责任/牵头/配合单位
// → 完成时限 → 责任领导. An item that departs from the order the others keep is reported.
import type { Block, BlockKind, TopNode } from '../model';
import { blockRank } from '../domain/blocks';
import type { NodeRule, Rule } from '../lint/types';
import { itemsOfNode } from '../model';
import { labelBlockAt, replaceLinesEdit } from './fixEdits';
import { checkNodes } from './shared';

/** How many items must keep an order for it to be the document's own. */
const MIN_AGREEING = 2;

const labelled = (blocks: readonly Block[]) => blocks.filter(b => b.origin === 'label');

/** For two kinds (`a b`), how many items write the first before the second. */
type PairCounts = Map<string, number>;

/** The pairs of kinds the items of one top-level node write in order, counted. */
function pairCounts(node: TopNode): PairCounts {
  const before: PairCounts = new Map();
  for (const it of itemsOfNode(node)) {
    // Each kind where it first stands: at most as many as there are kinds, however many blocks.
    const kinds = [...new Set(labelled(it.blocks).map(b => b.blockKind))];
    for (let i = 0; i < kinds.length; i++) {
      for (let j = i + 1; j < kinds.length; j++) {
        if (kinds[i] === kinds[j]) continue;
        const key = `${kinds[i]} ${kinds[j]}`;
        before.set(key, (before.get(key) ?? 0) + 1);
      }
    }
  }
  return before;
}

/**
 * The document's order from its items' pair counts: a pair that at least two items write one
 * way, and more items that way than the other, is in that order; any other pair (one item's
 * word, a tie) is in the usual order. True when `a` belongs before `b`.
 */
function documentOrder(before: PairCounts): (a: BlockKind, b: BlockKind) => boolean {
  return (a, b) => {
    const ab = before.get(`${a} ${b}`) ?? 0;
    const ba = before.get(`${b} ${a}`) ?? 0;
    if (Math.max(ab, ba) >= MIN_AGREEING && ab !== ba) return ab > ba;
    return blockRank(a) < blockRank(b);
  };
}

/**
 * Per top-level node: the pairs its items write in order (summed, the document's order; its
 * key is which way each written pair goes), then each item's blocks out of that order.
 */
const byNode: NodeRule<PairCounts, (a: BlockKind, b: BlockKind) => boolean> = {
  part: pairCounts,
  combine(parts) {
    const before: PairCounts = new Map();
    for (const part of parts) for (const [pair, n] of part) before.set(pair, (before.get(pair) ?? 0) + n);
    const value = documentOrder(before);
    const key = [...before.keys()].sort().map(pair => {
      const [a, b] = pair.split(' ') as [BlockKind, BlockKind];
      return `${pair}:${value(a, b) ? 1 : 0}`;
    }).join(',');
    return { value, key };
  },
  check(node, belongsBefore, _ctx, report) {
    for (const it of itemsOfNode(node)) {
      let latest: Block | undefined;
      for (const b of labelled(it.blocks)) {
        if (latest && b.blockKind !== latest.blockKind && belongsBefore(b.blockKind, latest.blockKind)) {
          report(b.labelRange, { en: 'Block {0} should come before {1}', zh: '“{0}”应位于“{1}”之前' }, [b.label, latest.label]);
        } else {
          latest = b;
        }
      }
    }
  },
};

export const blockOrder: Rule = {
  id: 'PLAN011',
  name: 'block-order',
  defaultSeverity: 'information',
  description: {
    en: 'Blocks follow one order: the one most items of the document keep, else the usual one (target, measures, responsible/lead/cooperating units, deadline, leader).',
    zh: '分项按统一顺序排列：文档多数条目采用的顺序；无从判断时按通常顺序（目标任务、工作措施、责任（牵头、配合）单位、完成时限、责任领导）。',
  },
  check: checkNodes(byNode),
  byNode,

  fix(ctx) {
    // The item's labelled blocks in the usual order, when they stand together (blank lines
    // between them stay where they are); text between them would move, so then no fix.
    const found = labelBlockAt(ctx.doc, ctx.diagnostic.range);
    if (!found) return [];
    const blocks = found.item.blocks.filter(b => b.origin === 'label');
    const from = blocks[0].range.start.line;
    const to = blocks[blocks.length - 1].range.end.line;
    const gaps: string[][] = [];
    for (let i = 1; i < blocks.length; i++) {
      const gap = ctx.doc.lines.slice(blocks[i - 1].range.end.line + 1, blocks[i].range.start.line);
      if (gap.some(l => l.trim())) return [];
      gaps.push(gap);
    }
    if (found.item.blocks.some(b => b.origin !== 'label' && b.range.start.line >= from && b.range.start.line <= to)) return [];
    const sorted = blocks.map((b, i) => ({ b, i })).sort((x, y) => blockRank(x.b.blockKind) - blockRank(y.b.blockKind) || x.i - y.i).map(x => x.b);
    const lines: string[] = [];
    sorted.forEach((b, i) => {
      lines.push(...ctx.doc.lines.slice(b.range.start.line, b.range.end.line + 1));
      if (i < gaps.length) lines.push(...gaps[i]);
    });
    return [{ title: { en: 'Put the blocks of this item in the usual order', zh: '按通常顺序排列本条目的分项' }, edits: [replaceLinesEdit(ctx.doc, from, to, lines)], preferred: true }];
  },
};
