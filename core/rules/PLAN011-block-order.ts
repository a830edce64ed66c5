// Blocks in the usual order: 目标任务 → 工作措施 → 责任/牵头/配合单位 → 完成时限 → 责任领导.
import type { Block } from '../model';
import { blockRank } from '../domain/blocks';
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';
import { labelBlockAt, replaceLinesEdit } from './fixEdits';

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
