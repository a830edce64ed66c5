// The 督办台账 (supervision ledger) as XLSX: one row per task with 序号, 工作任务, 牵头单位,
// 配合单位, 完成时限 (as written), 截止日期 (normalised), 状态, 完成情况, 逾期天数, status
// colours, and a 汇总 sheet per unit (tasks, done, overdue). A unit's ledger holds the tasks it
// leads or joins, with 状态 and 完成情况 empty for it to fill; `planmark merge` reads it back.
// exceljs loads only when a ledger is written or read.
import type { Item, PlanDocument } from '../model';
import { itemsOf } from '../model';
import type { StatusConfig } from '../config/types';
import { DEFAULT_CONFIG } from '../config/resolve';
import { trackItem } from '../domain/progress';
import { describeDue } from '../features/deadlineHover';
import { titleOf } from './flow';
import { unitFileName } from './unitLists';
import type { ExportReport } from './report';
import { xmlSafe, type XmlCleanCount } from './xmlText';

export const LEDGER_SHEET = '督办台账';
export const SUMMARY_SHEET = '汇总';
export const LEDGER_COLUMNS = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '截止日期', '状态', '完成情况', '逾期天数'] as const;
export const SUMMARY_COLUMNS = ['单位', '任务数', '已完成', '逾期'] as const;
const WIDTHS = [6, 40, 18, 28, 18, 12, 10, 48, 9];

export interface LedgerRow {
  /** 序号: the task's place among all the plan's items (1-based), the key `merge` matches by. */
  index: number;
  item: Item;
  task: string;
  lead: string;
  cooperate: string;
  deadline: string;
  /** 截止日期: ISO date for `by`/`range`; a short description for the others; '' when unknown. */
  dueDate: string;
  status: string;
  progress: string;
  /** 逾期天数: days past the due date as of the as-of date, when not finished. */
  overdueDays?: number;
  done: boolean;
}

export interface LedgerOptions {
  /** The date overdue days count from (YYYY-MM-DD). */
  asOf: string;
  statuses?: readonly StatusConfig[];
  /** Only the tasks this unit leads or joins, with 状态 and 完成情况 left for it to fill. */
  unit?: string;
  title?: string;
  /** Filled by the export: the characters XML cannot hold that were removed (`removedCharacters`). */
  report?: ExportReport;
}

/** The ledger rows of a plan (or of one unit's tasks). */
export function ledgerRows(doc: PlanDocument, options: LedgerOptions): LedgerRow[] {
  const statuses = options.statuses ?? DEFAULT_CONFIG.statuses;
  const rows: LedgerRow[] = [];
  itemsOf(doc).forEach((item, i) => {
    if (options.unit !== undefined && !item.units.some(u => u.name === options.unit)) return;
    const t = trackItem(item, options.asOf, statuses);
    const due = item.due;
    const dueDate = !due || due.kind === 'unknown' ? '' : due.kind === 'by' || due.kind === 'range' ? due.end ?? '' : describeDue(due, 'zh-cn');
    const blank = options.unit !== undefined;
    rows.push({
      index: i + 1, item,
      task: item.title,
      lead: item.units.filter(u => u.lead).map(u => u.name).join('、'),
      cooperate: item.units.filter(u => !u.lead).map(u => u.name).join('、'),
      deadline: item.deadline ?? '',
      dueDate,
      status: blank ? '' : item.status ?? '',
      progress: blank ? '' : (item.progress ?? '').replace(/\n/g, '；'),
      overdueDays: t.state === 'overdue' ? t.days : undefined,
      done: t.state === 'done',
    });
  });
  return rows;
}

/** Per unit named in the plan: its tasks, how many are done and how many overdue. */
export function ledgerSummary(rows: readonly LedgerRow[]): { unit: string; tasks: number; done: number; overdue: number }[] {
  const by = new Map<string, { unit: string; tasks: number; done: number; overdue: number }>();
  for (const r of rows) {
    for (const u of r.item.units) {
      let s = by.get(u.name);
      if (!s) { s = { unit: u.name, tasks: 0, done: 0, overdue: 0 }; by.set(u.name, s); }
      s.tasks++;
      if (r.done) s.done++;
      if (r.overdueDays !== undefined) s.overdue++;
    }
  }
  return [...by.values()];
}

/** Fill colours of the 状态 cell, by status (ARGB). */
const STATUS_FILL: Record<string, string> = { 已完成: 'FFC6EFCE', 推进中: 'FFDDEBF7', 未启动: 'FFEDEDED', 已延期: 'FFFCE4D6', 暂缓: 'FFFFF2CC' };
const OVERDUE_FILL = 'FFFFC7CE';
const HEADER_FILL = 'FFD9E1F2';
const FONT = '宋体';

/** Renders the ledger workbook. */
export async function exportLedger(doc: PlanDocument, options: LedgerOptions): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const statuses = options.statuses ?? DEFAULT_CONFIG.statuses;
  const rows = ledgerRows(doc, options);
  // Text XML cannot hold makes Excel refuse the file: removed, and counted once (the 汇总 sheet repeats unit names).
  const removed: XmlCleanCount = { removed: 0 };
  const safe = <T>(v: T): T => (typeof v === 'string' ? xmlSafe(v, removed) as T : v);
  const title = safe(options.title ?? titleOf(doc));
  const unitName = options.unit === undefined ? undefined : xmlSafe(options.unit);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planmark';
  wb.title = title;
  // The unit a ledger was written for: merge reads it back to tell units apart.
  wb.subject = unitName ?? '';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const ws = wb.addWorksheet(LEDGER_SHEET, {
    views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    headerFooter: { oddHeader: `&C${(unitName ? `${title}（${unitName}）` : title).replace(/&/g, '&&')}`, oddFooter: '&C第 &P 页，共 &N 页' },
  });
  ws.columns = LEDGER_COLUMNS.map((h, i) => ({ header: h, key: `c${i}`, width: WIDTHS[i] }));
  for (const r of rows) ws.addRow([r.index, r.task, r.lead, r.cooperate, r.deadline, r.dueDate, r.status, r.progress, r.overdueDays ?? ''].map(safe));
  ws.getRow(1).eachCell(cell => {
    cell.font = { name: FONT, bold: true, size: 11 };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  const list = `"${statuses.map(s => s.name).join(',')}"`;
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    for (let c = 1; c <= LEDGER_COLUMNS.length; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 10.5 };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 1 || c === 6 || c === 7 || c === 9 ? 'center' : 'left' };
      cell.border = border;
    }
    const status = row.getCell(7);
    // Only the configured values in 状态 (a list to pick from).
    status.dataValidation = { type: 'list', allowBlank: true, formulae: [list.length <= 257 ? list : `"${statuses.slice(0, 5).map(s => s.name).join(',')}"`] };
    const fill = STATUS_FILL[r.status];
    if (fill) status.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    if (r.overdueDays !== undefined) row.getCell(9).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OVERDUE_FILL } };
  });
  if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LEDGER_COLUMNS.length } };

  const sum = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sum.columns = SUMMARY_COLUMNS.map((h, i) => ({ header: h, key: `s${i}`, width: i === 0 ? 24 : 10 }));
  for (const s of ledgerSummary(ledgerRows(doc, { ...options, unit: undefined })).filter(s => options.unit === undefined || s.unit === options.unit)) {
    sum.addRow([xmlSafe(s.unit), s.tasks, s.done, s.overdue]);
  }
  sum.getRow(1).eachCell(cell => {
    cell.font = { name: FONT, bold: true, size: 11 };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = border;
  });
  if (options.report) options.report.removedCharacters += removed.removed;
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export interface LedgerFile { unit: string; fileName: string; data: Uint8Array }

/** One ledger per unit named in the plan (or the one unit asked for), to send out and fill. */
export async function exportUnitLedgers(doc: PlanDocument, options: Omit<LedgerOptions, 'unit'> & { unit?: string }): Promise<LedgerFile[]> {
  const units = [...new Set(itemsOf(doc).flatMap(i => i.units.map(u => u.name)))];
  const wanted = options.unit !== undefined ? units.filter(u => u === options.unit) : units;
  const out: LedgerFile[] = [];
  for (const unit of wanted) out.push({ unit, fileName: unitFileName(`台账-${unit}`, 'xlsx'), data: await exportLedger(doc, { ...options, unit }) });
  return out;
}
