// The same kind of block twice in one item (two 工作措施, or 责任股室 and 责任单位).
// Responsibility read from prose is not a block written twice: each sentence names its own
// units (新建幼儿园（市发改委负责）；落实补助（市财政局负责）).
import type { Block, BlockKind } from '../model';
import type { Rule } from '../lint/types';
import { itemsOf } from '../model';
import { isContinuingKind, isUnitKind } from '../domain/blocks';
import { labelBlockAt, replaceLinesEdit } from './fixEdits';

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
  fix(ctx) {
    // The repeat's text joins the first block of its kind: units and one-line blocks on its
    // line (、 or ；), running text as lines after it; the repeat's lines go.
    const found = labelBlockAt(ctx.doc, ctx.diagnostic.range);
    if (!found) return [];
    const { item, block: b } = found;
    const e = item.blocks.find(x => x.blockKind === b.blockKind);
    if (!e || e === b || e.origin !== 'label') return [];
    const eEnd = e.range.end.line;
    const b0 = b.range.start.line;
    const b1 = b.range.end.line;
    if (b0 <= eEnd) return [];
    const lines = ctx.doc.lines;
    const text = b.text.trim();
    const head = lines[eEnd];
    const joined: string[] = [];
    if (!text) joined.push(head);
    else if (isUnitKind(b.blockKind) || !isContinuingKind(b.blockKind)) {
      const sep = isUnitKind(b.blockKind) ? (e.unitList?.separators[0] ?? '、') : '；';
      joined.push(e.text.trim() ? `${head}${sep}${text.replace(/\n/g, sep)}` : `${head}${text.replace(/\n/g, sep)}`);
    } else joined.push(head, ...text.split('\n'));
    return [{
      title: { en: 'Merge into {0} (line {1})', zh: '并入第 {1} 行的“{0}”' }, args: [e.label, e.labelRange.start.line + 1], preferred: true,
      edits: [replaceLinesEdit(ctx.doc, eEnd, b1, [...joined, ...lines.slice(eEnd + 1, b0)])],
    }];
  },
};
