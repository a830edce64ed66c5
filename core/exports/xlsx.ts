// XLSX with exceljs: sheet 任务分解表 (one row per item) and sheet 按单位 (one row per unit,
// item and role), styled headers, wrapped text, frozen header, A4 landscape print setup.
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../model';
import { titleOf } from './flow';
import { wrappedLines, xmlSafe } from './xmlText';
import { TASK_TABLE_COLUMNS, rowCells, taskTableOf, unitAssignments, type TaskRow, type UnitAssignment } from './taskTable';

export const SHEET_TASKS = '任务分解表';
export const SHEET_BY_UNIT = '按单位';
export const BY_UNIT_COLUMNS = ['单位', '角色', '序号', '所属部分', '工作任务', '完成时限'] as const;

/** Column widths in Excel character units (a Chinese character takes about two). */
const TASK_WIDTHS = [6, 22, 28, 48, 64, 12, 30, 30, 14];
const BY_UNIT_WIDTHS = [18, 6, 6, 24, 40, 14];
const MAX_CELL = 32767; // Excel's limit on characters in a cell

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '宋体';

export interface XlsxOptions {
  /** Workbook title (document property and page header); defaults to the document title. */
  title?: string;
}

function cellValue(v: string | number): string | number {
  if (typeof v !== 'string') return v;
  const s = xmlSafe(v);
  return s.length > MAX_CELL ? s.slice(0, MAX_CELL - 1) + '…' : s;
}

/** Body font size (pt) and the height of one wrapped line at that size. */
const BODY_SIZE = 10.5;
const LINE_HEIGHT = 14;
/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * A row's height for its wrapped text: LibreOffice and Excel keep the default height of a
 * row written with text (they do not grow it on open), so the exporter sets each one.
 */
export function rowHeightFor(cells: (string | number)[], widths: number[]): number {
  let lines = 1;
  cells.forEach((v, i) => { lines = Math.max(lines, wrappedLines(String(v), widths[i] ?? 16)); });
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 4);
}

/** Excel header/footer text: `&` is a code character there. */
function headerText(s: string): string {
  return s.replace(/&/g, '&&');
}

function addSheet(wb: ExcelJS.Workbook, name: string, header: readonly string[], widths: number[], rows: (string | number)[][], title: string, centred: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true, printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: title ? `&C${headerText(xmlSafe(title))}` : '',
      oddFooter: '&C第 &P 页,共 &N 页',
    },
  });
  ws.columns = header.map((h, i) => ({ header: h, key: `c${i}`, width: widths[i] ?? 16 }));
  for (const r of rows) {
    const cells = r.map(cellValue);
    ws.addRow(cells).height = rowHeightFor(cells, widths);
  }
  const headerRow = ws.getRow(1);
  headerRow.height = 22;
  headerRow.eachCell(cell => {
    cell.font = { name: FONT, bold: true, size: 11 };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= header.length; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: BODY_SIZE };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: centred.includes(c) ? 'center' : 'left' };
      cell.border = BORDER;
    }
  }
  if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return ws;
}

/** Rows of the 按单位 sheet: one per (unit, item, 牵头/参与), leads first within a unit. */
export function byUnitRows(assignments: UnitAssignment[]): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (const a of assignments) {
    for (const r of a.leads) out.push([a.unit, '牵头', r.number, r.part, r.task, r.deadline]);
    for (const r of a.joins) out.push([a.unit, '参与', r.number, r.part, r.task, r.deadline]);
  }
  return out;
}

/** Builds the workbook (exposed so the per-unit export can reuse the styling). */
export function buildWorkbook(sheets: { name: string; header: readonly string[]; widths: number[]; rows: (string | number)[][]; centred: number[] }[], title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planmark';
  wb.title = title;
  // fixed dates keep exports reproducible
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const s of sheets) addSheet(wb, s.name, s.header, s.widths, s.rows, title, s.centred);
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export async function taskTableXlsx(rows: TaskRow[], title: string): Promise<Uint8Array> {
  const wb = buildWorkbook([
    { name: SHEET_TASKS, header: TASK_TABLE_COLUMNS, widths: TASK_WIDTHS, rows: rows.map(rowCells), centred: [1, 6, 9] },
    { name: SHEET_BY_UNIT, header: BY_UNIT_COLUMNS, widths: BY_UNIT_WIDTHS, rows: byUnitRows(unitAssignments(rows)), centred: [2, 3] },
  ], title);
  return workbookBytes(wb);
}

export async function exportXlsx(doc: PlanDocument, options: XlsxOptions = {}): Promise<Uint8Array> {
  return taskTableXlsx(taskTableOf(doc), options.title ?? titleOf(doc));
}

export { TASK_WIDTHS, BY_UNIT_WIDTHS };
