// Merging returned ledgers into the plan: each unit fills 状态 and 完成情况 in its ledger
// (core/exports/ledger.ts) and sends it back; the rows are matched to the plan's items by 序号
// (the item's place in the plan) and 工作任务 (its title), and written into the items' 状态 and
// 完成情况 blocks. Whatever cannot be matched or disagrees is a conflict in the report, never
// guessed: a row that matches no item, a title that changed, two units reporting different
// statuses (or different 完成情况) for one task, a status outside the list. Merging the same
// ledgers again changes nothing. Pure: text and ledgers in, text and report out.
import type { Block, Item, PlanDocument } from '../model';
import { itemsOf } from '../model';
import type { StatusConfig } from '../config/types';
import { DEFAULT_CONFIG } from '../config/resolve';
import { normaliseStatus } from '../domain/progress';
import { parsePlan } from '../parse';
import type { Locale, Message } from '../messages';
import { formatMessage } from '../messages';

/** One filled row of a returned ledger. */
export interface ReturnedRow {
  /** 1-based row in its sheet or file (the header is row 1). */
  row: number;
  index: number | undefined;
  title: string;
  status: string;
  progress: string;
}

/** A returned ledger: where it came from, the unit that filled it, its rows. */
export interface ReturnedLedger {
  source: string;
  unit: string;
  rows: ReturnedRow[];
}

export type ConflictKind = 'no-item' | 'title-changed' | 'status-disagrees' | 'progress-disagrees' | 'unknown-status' | 'not-writable';

export interface MergeConflict {
  kind: ConflictKind;
  source: string;
  row?: number;
  /** 序号 of the task concerned, when known. */
  index?: number;
  title: string;
  /** What was reported (the values that disagree, the title found). */
  detail: string;
}

export interface MergeChange {
  index: number;
  title: string;
  field: '状态' | '完成情况';
  from: string;
  to: string;
  /** The ledgers (units) the value came from. */
  units: string[];
}

export interface MergeResult {
  /** The plan with the merged values ('' changes: the input text). */
  text: string;
  changes: MergeChange[];
  conflicts: MergeConflict[];
  /** Filled rows read, over all ledgers. */
  rowsRead: number;
}

const same = (a: string, b: string) => a.replace(/[\s\u00A0\u3000]+/g, '') === b.replace(/[\s\u00A0\u3000]+/g, '');
/** One line of 完成情况: line breaks as ；, trimmed. */
export function oneLine(text: string): string {
  return text.split(/\r?\n/).map(s => s.trim()).filter(Boolean).join('；');
}

interface Report { ledger: ReturnedLedger; row: ReturnedRow; status?: StatusConfig }

function labelBlock(item: Item, kind: 'status' | 'progress'): Block | undefined {
  return item.blocks.find(b => b.blockKind === kind);
}

interface Edit { start: number; end: number; lines: string[] }

/** The line after an item's last non-blank line. */
function afterItem(doc: PlanDocument, item: Item): number {
  let last = item.range.end.line;
  while (last > item.range.start.line && !doc.lines[last].trim()) last--;
  return last + 1;
}

/** How the item writes its labels: the indent and colon of its first label block. */
function labelStyle(doc: PlanDocument, item: Item): { indent: string; colon: string } {
  const b = item.blocks.find(x => x.origin === 'label');
  if (!b) return { indent: '', colon: '：' };
  const line = b.labelRange.start.line;
  const s = doc.syntax[line];
  return { indent: doc.lines[line].slice(0, s.indent), colon: s.kind === 'labeled' ? s.separator : '：' };
}

/** Replaces a label block's text: its label line keeps everything up to the colon; continuation lines go. */
function replaceBlock(doc: PlanDocument, b: Block, value: string): Edit {
  const line = b.labelRange.start.line;
  const head = doc.lines[line].slice(0, doc.syntax[line].textStart);
  return { start: line, end: Math.max(line, b.textRange.end.line) + 1, lines: [head + value] };
}

/** Merges returned ledgers into a plan's text. */
export function mergeLedgers(planText: string, ledgers: readonly ReturnedLedger[], statuses: readonly StatusConfig[] = DEFAULT_CONFIG.statuses): MergeResult {
  const doc = parsePlan(planText);
  const items = itemsOf(doc);
  const conflicts: MergeConflict[] = [];
  const reports = new Map<Item, Report[]>();
  let rowsRead = 0;
  for (const ledger of ledgers) {
    for (const row of ledger.rows) {
      if (!row.status.trim() && !row.progress.trim()) continue; // not filled in
      rowsRead++;
      const item = row.index !== undefined ? items[row.index - 1] : undefined;
      const base = { source: ledger.source, row: row.row, index: row.index, title: row.title };
      if (!item) { conflicts.push({ ...base, kind: 'no-item', detail: row.index === undefined ? '' : String(row.index) }); continue; }
      if (!same(item.title, row.title)) { conflicts.push({ ...base, kind: 'title-changed', detail: item.title }); continue; }
      let status: StatusConfig | undefined;
      if (row.status.trim()) {
        status = normaliseStatus(row.status, statuses);
        if (!status) { conflicts.push({ ...base, kind: 'unknown-status', detail: row.status.trim() }); continue; }
      }
      const list = reports.get(item) ?? [];
      list.push({ ledger, row, status });
      reports.set(item, list);
    }
  }

  const edits: Edit[] = [];
  const changes: MergeChange[] = [];
  for (const [item, list] of reports) {
    const index = items.indexOf(item) + 1;
    const statusNames = [...new Set(list.filter(r => r.status).map(r => r.status!.name))];
    const progressTexts = [...new Set(list.map(r => oneLine(r.row.progress)).filter(Boolean))];
    const units = (pick: (r: Report) => boolean) => [...new Set(list.filter(pick).map(r => r.ledger.unit || r.ledger.source))];
    const conflict = (kind: ConflictKind, detail: string) => conflicts.push({ kind, source: list.map(r => r.ledger.source).filter((s, i, a) => a.indexOf(s) === i).join(', '), index, title: item.title, detail });
    if (statusNames.length > 1) {
      conflict('status-disagrees', list.filter(r => r.status).map(r => `${r.ledger.unit || r.ledger.source}: ${r.row.status.trim()}`).join('; '));
      continue;
    }
    if (progressTexts.length > 1) {
      conflict('progress-disagrees', list.filter(r => oneLine(r.row.progress)).map(r => `${r.ledger.unit || r.ledger.source}: ${oneLine(r.row.progress)}`).join('; '));
      continue;
    }
    const statusBlock = labelBlock(item, 'status');
    const progressBlock = labelBlock(item, 'progress');
    if (item.origin === 'table' || (statusBlock && statusBlock.origin !== 'label') || (progressBlock && progressBlock.origin !== 'label')) {
      conflict('not-writable', item.origin === 'table' ? 'table row' : 'inline block');
      continue;
    }
    const style = labelStyle(doc, item);
    const newStatus = statusNames[0];
    const oldStatus = statusBlock ? statusBlock.text.trim() : '';
    if (newStatus && !(oldStatus && normaliseStatus(oldStatus, statuses)?.name === newStatus)) {
      edits.push(statusBlock ? replaceBlock(doc, statusBlock, newStatus)
        : { start: progressBlock ? progressBlock.labelRange.start.line : afterItem(doc, item), end: progressBlock ? progressBlock.labelRange.start.line : afterItem(doc, item), lines: [`${style.indent}状态${style.colon}${newStatus}`] });
      changes.push({ index, title: item.title, field: '状态', from: oldStatus, to: newStatus, units: units(r => !!r.status) });
    }
    const newProgress = progressTexts[0];
    const oldProgress = progressBlock ? oneLine(progressBlock.text) : '';
    if (newProgress && newProgress !== oldProgress) {
      const at = statusBlock ? statusBlock.labelRange.start.line + 1 : afterItem(doc, item);
      edits.push(progressBlock ? replaceBlock(doc, progressBlock, newProgress) : { start: at, end: at, lines: [`${style.indent}完成情况${style.colon}${newProgress}`] });
      changes.push({ index, title: item.title, field: '完成情况', from: oldProgress, to: newProgress, units: units(r => !!oneLine(r.row.progress)) });
    }
  }
  if (!edits.length) return { text: planText, changes, conflicts, rowsRead };

  // Edits of one item that touch (an insertion before a replaced block) become one.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Edit[] = [];
  for (const e of edits) {
    const last = merged[merged.length - 1];
    if (last && e.start <= last.end) { last.end = Math.max(last.end, e.end); last.lines.push(...e.lines); } else merged.push({ ...e, lines: [...e.lines] });
  }
  const eol = /\r\n/.test(planText) ? '\r\n' : '\n';
  const lines = planText.split(/\r?\n/);
  for (const e of merged.reverse()) lines.splice(e.start, e.end - e.start, ...e.lines);
  return { text: lines.join(eol), changes, conflicts, rowsRead };
}

const M: Record<string, Message> = {
  title: { en: '# Merge report', zh: '# 台账合并报告' },
  read: { en: '{0} ledger(s), {1} filled row(s) read.', zh: '读取台账 {0} 份，已填写 {1} 行。' },
  changes: { en: '## Changes ({0})', zh: '## 更新（{0} 处）' },
  change: { en: '- {0}. {1}: {2} {3} → {4} (from {5})', zh: '- 第 {0} 项 {1}：{2} {3} → {4}（来自 {5}）' },
  none: { en: 'No change: the plan already holds what the ledgers report.', zh: '无更新：计划已包含台账所报内容。' },
  conflicts: { en: '## Conflicts ({0}): not merged, decide by hand', zh: '## 冲突（{0} 处）：未合并，请人工处理' },
  noConflicts: { en: 'No conflicts.', zh: '无冲突。' },
  'no-item': { en: '- {0} row {1}: 序号 {2} {3} matches no item of the plan', zh: '- {0} 第 {1} 行：序号 {2}“{3}”在计划中没有对应条目' },
  'title-changed': { en: '- {0} row {1}: 序号 {2} is titled {3} in the ledger but {4} in the plan', zh: '- {0} 第 {1} 行：序号 {2} 在台账中为“{3}”，在计划中为“{4}”' },
  'unknown-status': { en: '- {0} row {1}: 序号 {2} {3}: unknown status {4}', zh: '- {0} 第 {1} 行：序号 {2}“{3}”：未知状态“{4}”' },
  'status-disagrees': { en: '- {2}. {3}: units report different statuses ({4})', zh: '- 第 {2} 项“{3}”：各单位报送的状态不一致（{4}）' },
  'progress-disagrees': { en: '- {2}. {3}: units report different 完成情况 ({4})', zh: '- 第 {2} 项“{3}”：各单位报送的完成情况不一致（{4}）' },
  'not-writable': { en: '- {2}. {3}: written as a {4}; add 状态/完成情况 lines to the item by hand', zh: '- 第 {2} 项“{3}”：以{4}形式书写，请手工为该项添加状态/完成情况' },
};

/** The merge report as Markdown, in the locale. */
export function mergeReport(result: MergeResult, ledgerCount: number, locale: Locale): string {
  const f = (m: Message, ...args: (string | number)[]) => formatMessage(m, locale, args);
  const out = [f(M.title), '', f(M.read, ledgerCount, result.rowsRead), ''];
  if (result.changes.length) {
    out.push(f(M.changes, result.changes.length));
    for (const c of result.changes) out.push(f(M.change, c.index, c.title, c.field, c.from || '—', c.to, c.units.join('、')));
  } else out.push(f(M.none));
  out.push('');
  if (result.conflicts.length) {
    out.push(f(M.conflicts, result.conflicts.length));
    for (const c of result.conflicts) {
      const detail = c.kind === 'not-writable' ? (locale === 'zh-cn' ? (c.detail === 'table row' ? '表格行' : '行内括注') : c.detail) : c.detail;
      out.push(f(M[c.kind], c.source, c.row ?? '', c.index ?? '', c.title, detail));
    }
  } else out.push(f(M.noConflicts));
  return out.join('\n') + '\n';
}
