// .xlsx → lines: a task table (任务分解表) from Excel or WPS, or the one `planmark export
// --to xlsx` writes, read with exceljs. The sheet whose header row names task columns
// (core/data/tableColumns.json) becomes `| a | b |` rows that the parser reads as a task
// table; a title above the header (a merged title row, or the workbook's title) goes first.
import type ExcelJS from 'exceljs';
import { columnOf } from '../parse/table';
import type { ImportReportEntry, WorkLine } from './report';
import { checkZipLimits } from './limits';
import { isNoiseLine } from '../text/noise';

/** A cell's text: rich text joined, formulas by their result, dates as written dates. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: string };
    if (Array.isArray(o.richText)) return o.richText.map(r => r.text).join('');
    if ('result' in o) return String(o.result ?? '');
    if (typeof o.text === 'string') return o.text;
    if (v instanceof Date) return `${v.getFullYear()}年${v.getMonth() + 1}月${v.getDate()}日`;
  }
  return String(v);
}

/** A line under the title that ends with a date: `某县教育局　2024年3月1日` (issuer optional). */
const ISSUER_AND_DATE = /^(?:(.*?)[\s\u3000]+)?(\S{2,6}年\S{1,3}月\S{1,3}日)$/;

const clean = (t: string) => t.replace(/\s*\r?\n\s*/g, ' ').replace(/[|\uFF5C]/g, '\u00A6').trim();

/** HTML debris that stood for a line break inside a cell. */
const BREAK_TAG = /<\/?(?:p|br|div)\b[^>]*>/gi;

/**
 * A body cell's text on one line: the lines of a cell that are web chrome as a whole (a
 * plan copied from a web page: 上一篇…, 【打印本页】) are dropped and reported, here, because
 * once the cell is one line of a `|` row the import's cleaning could only drop the whole row.
 */
function bodyCell(text: string, row: number, report: ImportReportEntry[]): string {
  const lines = text.replace(BREAK_TAG, '\n').split(/\r?\n/);
  const kept = lines.filter(l => !isNoiseLine(l.trim()));
  if (kept.length < lines.length) {
    report.push({ line: row, action: 'removed', text: lines.filter(l => isNoiseLine(l.trim())).join(' '), reason: 'web page residue inside a table cell', reasonZh: '表格单元格中的网页残留' });
  }
  return clean(kept.join('\n'));
}

/** The row (1-based) whose cells name at least two task columns, one of them the task, in the first rows. */
function headerRow(sheet: ExcelJS.Worksheet): number | undefined {
  for (let r = 1; r <= Math.min(sheet.rowCount, 20); r++) {
    const names = (sheet.getRow(r).values as unknown[]).slice(1).map(v => (v === null || v === undefined ? '' : String(v)));
    const columns = names.map(n => columnOf(n));
    if (columns.filter(Boolean).length >= 2 && columns.some(c => c === 'task' || c === 'target' || c === 'measures')) return r;
  }
  return undefined;
}

export async function xlsxToLines(bytes: Uint8Array, report: ImportReportEntry[]): Promise<WorkLine[]> {
  checkZipLimits(bytes); // before exceljs inflates anything
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets.find(ws => headerRow(ws) !== undefined);
  if (!sheet) {
    report.push({ line: 1, action: 'removed', text: workbook.worksheets.map(ws => ws.name).join('、'), reason: 'no sheet has a task-table header (序号, 工作任务, 牵头单位 …): nothing to import', reasonZh: '没有工作表带有任务表表头（序号、工作任务、牵头单位……）：无可导入的内容' });
    return [];
  }
  const header = headerRow(sheet)!;
  const width = sheet.getRow(header).cellCount;
  const lines: WorkLine[] = [];
  // The 落款 (issuer and date) the export writes under its title, read back after the table.
  const closing: WorkLine[] = [];
  // A title row above the header (the export writes one), else the workbook's title.
  for (let r = 1; r < header; r++) {
    const texts = [...new Set(Array.from({ length: width }, (_, c) => clean(cellText(sheet.getRow(r).getCell(c + 1)))).filter(Boolean))];
    if (!texts.length) continue;
    const text = texts.join(' ');
    const signed = lines.length ? ISSUER_AND_DATE.exec(text) : null;
    if (signed) {
      if (signed[1]) closing.push({ text: signed[1], line: r });
      closing.push({ text: signed[2], line: r });
    } else lines.push({ text, line: r });
  }
  if (!lines.length && workbook.title) lines.push({ text: workbook.title, line: 1 });
  for (let r = header; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    // A merged cell holds its text once, in its first cell (exceljs repeats it in every one).
    const cells = Array.from({ length: width }, (_, c) => {
      const cell = row.getCell(c + 1);
      return cell.isMerged && cell.master !== cell && cell.master.row === cell.row ? '' : bodyCell(cellText(cell), r, report);
    });
    if (!cells.some(Boolean)) continue;
    // A row merged across the table (四、教育文化) is a heading row of one cell.
    const text = cells.slice(1).some(Boolean) ? `| ${cells.join(' | ')} |` : `| ${cells[0]} |`;
    lines.push({ text, line: r });
  }
  if (closing.length) lines.push({ text: '', line: sheet.rowCount }, ...closing);
  report.push({ line: header, action: 'numbered', text: sheet.name, reason: `task table of sheet ${sheet.name}: ${lines.length} rows read`, reasonZh: `工作表 ${sheet.name} 的任务表：读取 ${lines.length} 行` });
  return lines;
}
