// Rename of a block label: F2 on `责任股室(单位)` of one label line renames that label form on
// every label line and inline field of the document, to another label of the same block kind
// (责任单位, 责任科室 …), so every block keeps its kind and the outline stays the same. Only
// this document: a label form is a document's own style (a bureau's 责任股室, a government's
// 责任单位), so other plans are not touched. Refused: a task table's column header (the
// column, not a label line: edit the header row), a unit list in prose (负责, 牵头 and 配合
// are verbs, not labels), and a new name that would not read as the same kind of block.
import type { Block, BlockOrigin, PlanDocument, Position, Range } from '../model';
import { itemsOf, rangeContains } from '../model';
import { blockKindInfo, normaliseLabel } from '../domain/blocks';
import { PlanParser } from '../parse/index';
import type { PlanTextEdit } from './unitRename';
import { msg, type Locale, type Message } from './util';

export const LABEL_RENAME_MESSAGES = {
  nothing: { en: 'Only a unit name or a block label can be renamed here', zh: '此处不是单位名称或块标签，无法重命名' },
  table: {
    en: 'A task table\'s column header is renamed by editing the header row, not with Rename',
    zh: '任务表的列标题请直接编辑表头行，不能用重命名修改',
  },
  prose: {
    en: '"{0}" is a verb of the sentence, not a block label: it cannot be renamed',
    zh: '“{0}”是句中的动词，不是块标签，无法重命名',
  },
  wrongKind: {
    en: '"{0}" would not be read as a {1} label; use one of: {2}',
    zh: '“{0}”不会被识别为“{1}”标签；可用：{2}',
  },
} satisfies Record<string, Message>;

const RENAMABLE: ReadonlySet<BlockOrigin> = new Set(['label', 'inline']);

/** The block whose label is at `pos` (any origin), or undefined. */
export function blockLabelAt(doc: PlanDocument, pos: Position): Block | undefined {
  // Every item: a table's header (the labels of its cells) lies outside the rows' items.
  for (const item of itemsOf(doc)) for (const b of item.blocks) if (rangeContains(b.labelRange, pos)) return b;
  return undefined;
}

export type PreparedLabelRename = { range: Range; placeholder: string } | { refused: string };

/** The label at `pos` and its range, why it cannot be renamed, or undefined where there is no block label. */
export function prepareLabelRename(doc: PlanDocument, pos: Position, locale: Locale): PreparedLabelRename | undefined {
  const block = blockLabelAt(doc, pos);
  if (!block) return undefined;
  if (block.origin === 'table') return { refused: msg(locale, LABEL_RENAME_MESSAGES.table) };
  if (!RENAMABLE.has(block.origin)) return { refused: msg(locale, LABEL_RENAME_MESSAGES.prose, block.label) };
  return { range: block.labelRange, placeholder: block.label };
}

/** Whether `label` written as `origin` is read as a block of `block`'s kind, with that very label. */
function readsAsSameKind(label: string, block: Block): boolean {
  const probe = block.origin === 'inline'
    ? `一、甲\n1.乙。(${label}:人事股)\n`
    : `一、甲\n1.乙。\n${label}:丙\n`;
  const [item] = itemsOf(new PlanParser().parse(probe));
  const read = item?.blocks.find(b => b.origin === block.origin);
  return !!read && read.blockKind === block.blockKind && read.label === label;
}

/**
 * The edits that rename the label form at `pos` to `newName` on every label line and inline
 * field of `doc` that writes it (spaces and traditional characters aside); a message when the
 * new name would change what the blocks are; undefined where there is no renamable label.
 */
export function renameLabel(doc: PlanDocument, pos: Position, newName: string, locale: Locale): { edits: PlanTextEdit[] } | { error: string } | undefined {
  const block = blockLabelAt(doc, pos);
  if (!block || !RENAMABLE.has(block.origin)) return undefined;
  const label = newName.trim();
  const form = normaliseLabel(block.label);
  const targets = itemsOf(doc).flatMap(i => i.blocks).filter(b => RENAMABLE.has(b.origin) && normaliseLabel(b.label) === form);
  for (const origin of new Set(targets.map(b => b.origin))) {
    if (!readsAsSameKind(label, targets.find(b => b.origin === origin)!)) {
      const info = blockKindInfo(block.blockKind);
      return { error: msg(locale, LABEL_RENAME_MESSAGES.wrongKind, label, locale === 'en' ? info.name.en : info.name.zh, info.labels.join('、')) };
    }
  }
  return { edits: targets.map(b => ({ range: b.labelRange, newText: label })) };
}
