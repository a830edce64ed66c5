// XLSX with exceljs: sheet 任务分解表 (a title row, the issuer and date, the header, then a
// merged row for each part and section and one row per item) and sheet 按单位 (one row per
// unit, item and role; a unit's aliases are one unit and groups follow unitListGroups, as in
// the per-unit lists). Printed on A4 landscape, fit to the page width with the body at 9 pt
// or more, the header row repeated on every page, borders, page numbers in the footer.
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../model';
import { wrappedLines, xmlSafe, type XmlCleanCount } from './xmlText';
import type { ExportReport } from './report';
import { unitListResolver, type UnitListNaming } from './unitNames';
import { rowCells, taskTableLayout, unitAssignments, type TaskTable, type UnitAssignment } from './taskTable';

export const SHEET_TASKS = '任务分解表';
export const SHEET_BY_UNIT = '按单位';
export const BY_UNIT_COLUMNS = ['单位', '角色', '序号', '所属部分', '工作任务', '完成时限'] as const;

const BY_UNIT_WIDTHS = [16, 6, 6, 30, 46, 14];
const MAX_CELL = 32767; // Excel's limit on characters in a cell

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '宋体';
const TITLE_FONT = '黑体';

/** Body font size (pt) and the height of one wrapped line at that size. */
export const BODY_SIZE = 10.5;
const LINE_HEIGHT = 14;
/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;
/** The smallest body size a printed page may show, in points. */
export const MIN_PRINTED_SIZE = 9;

/** A4 landscape, left and right margins of 0.5 inch: the printable width in pixels (96 dpi). */
const MARGIN_INCH = 0.5;
const PRINTABLE_PX = ((297 / 25.4) - 2 * MARGIN_INCH) * 96;

/** A column's width in pixels as Excel and LibreOffice draw it (Calibri 11: 7 px a character, 5 px padding). */
function columnPx(width: number): number {
  return Math.round(width * 7 + 5);
}

/** The scale a fit-to-width print uses for these column widths (1 when they fit as they are). */
export function printScale(widths: readonly number[]): number {
  const total = widths.reduce((s, w) => s + columnPx(w), 0);
  return Math.min(1, PRINTABLE_PX / total);
}

/** Widths widened in proportion to fill the printable width (a narrow table would leave the page half empty). */
export function fillPageWidth(widths: readonly number[]): number[] {
  const sum = widths.reduce((a, w) => a + w, 0);
  const factor = (0.98 * PRINTABLE_PX - 5 * widths.length) / (7 * sum);
  return factor > 1 ? widths.map(w => Math.round(w * factor * 10) / 10) : [...widths];
}

export interface XlsxOptions extends UnitListNaming {
  /** Workbook title (document property); defaults to the document title. */
  title?: string;
  /** Filled by the export: the characters XML cannot hold that were removed (`removedCharacters`). */
  report?: ExportReport;
}

function cellValue(v: string | number, removed?: XmlCleanCount): string | number {
  if (typeof v !== 'string') return v;
  const s = xmlSafe(v, removed);
  return s.length > MAX_CELL ? s.slice(0, MAX_CELL - 1) + '…' : s;
}

/**
 * A row's height for its wrapped text: LibreOffice and Excel keep the default height of a
 * row written with text (they do not grow it on open), so the exporter sets each one.
 */
export function rowHeightFor(cells: (string | number)[], widths: number[], lineHeight = LINE_HEIGHT): number {
  let lines = 1;
  cells.forEach((v, i) => { lines = Math.max(lines, wrappedLines(String(v), widths[i] ?? 16)); });
  return Math.min(MAX_ROW_HEIGHT, lines * lineHeight + 4);
}

/** A heading row merged across the table (第一篇…, 一、…, (一)…). */
export interface HeadingRow { heading: string; level: 'part' | 'section' | 'subsection' }
export type SheetRow = (string | number)[] | HeadingRow;

export interface SheetSpec {
  name: string;
  /** A title row above the header, merged across (the plan title). */
  title?: string;
  /** A line under the title, merged across and set right (the issuer and the date). */
  subtitle?: string;
  header: readonly string[];
  widths: number[];
  rows: SheetRow[];
  /** 1-based columns whose body cells are centred. */
  centred: number[];
  /** Counts the characters XML cannot hold removed from this sheet's text (title, header, cells). */
  removed?: XmlCleanCount;
}

const isHeading = (r: SheetRow): r is HeadingRow => !Array.isArray(r);

function mergedRow(ws: ExcelJS.Worksheet, text: string, width: number, removed?: XmlCleanCount): ExcelJS.Row {
  const row = ws.addRow([cellValue(text, removed)]);
  ws.mergeCells(row.number, 1, row.number, width);
  return row;
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const width = spec.header.length;
  const headerAt = 1 + (spec.title ? 1 : 0) + (spec.subtitle ? 1 : 0);
  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerAt, topLeftCell: `A${headerAt + 1}`, activeCell: `A${headerAt + 1}` }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true, printTitlesRow: `${headerAt}:${headerAt}`, firstPageNumber: 1,
      margins: { left: MARGIN_INCH, right: MARGIN_INCH, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    // 第 1 页: each sheet counts from 1 (&N, the total, would count every sheet of the workbook).
    headerFooter: { oddFooter: '&C第 &P 页' },
  });
  ws.columns = spec.widths.slice(0, width).map((w, i) => ({ key: `c${i}`, width: w }));
  const totalWidth = spec.widths.slice(0, width).reduce((s, w) => s + w, 0);
  if (spec.title) {
    const row = mergedRow(ws, spec.title, width, spec.removed);
    row.height = rowHeightFor([spec.title], [totalWidth / 1.6], 24);
    const cell = row.getCell(1);
    cell.font = { name: TITLE_FONT, size: 16, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  if (spec.subtitle) {
    const row = mergedRow(ws, spec.subtitle, width, spec.removed);
    row.height = 20;
    const cell = row.getCell(1);
    cell.font = { name: FONT, size: 11 };
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  }
  const headerRow = ws.addRow(spec.header.map(h => cellValue(h, spec.removed)));
  headerRow.height = 24;
  headerRow.eachCell(cell => {
    cell.font = { name: FONT, bold: true, size: 11 };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  for (const r of spec.rows) {
    if (isHeading(r)) {
      const row = mergedRow(ws, r.heading, width, spec.removed);
      row.height = rowHeightFor([r.heading], [totalWidth], 16);
      const cell = row.getCell(1);
      cell.font = { name: r.level === 'subsection' ? FONT : TITLE_FONT, size: r.level === 'part' ? 12 : 11, bold: r.level !== 'subsection' };
      cell.alignment = { horizontal: r.level === 'part' ? 'center' : 'left', vertical: 'middle', wrapText: true };
      if (r.level !== 'subsection') cell.fill = SECTION_FILL;
      for (let c = 1; c <= width; c++) row.getCell(c).border = BORDER;
      continue;
    }
    const cells = r.map(v => cellValue(v, spec.removed));
    const row = ws.addRow(cells);
    row.height = rowHeightFor(cells, spec.widths);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: BODY_SIZE };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: spec.centred.includes(c) ? 'center' : 'left' };
      cell.border = BORDER;
    }
  }
  if (spec.rows.length && !spec.rows.some(isHeading)) ws.autoFilter = { from: { row: headerAt, column: 1 }, to: { row: headerAt, column: width } };
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
export function buildWorkbook(sheets: SheetSpec[], title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planmark';
  wb.title = xmlSafe(title);
  // fixed dates keep exports reproducible
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const s of sheets) addSheet(wb, s);
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** The 任务分解表 sheet of a table. */
export function taskSheet(table: TaskTable, title = table.title): SheetSpec {
  const keys = table.columns.map(c => c.key);
  const rows: SheetRow[] = table.entries.map(e => (e.kind === 'row' ? rowCells(e.row, keys) : { heading: e.text, level: e.kind }));
  const centred = keys.flatMap((k, i) => (k === 'number' || k === 'deadline' || k === 'lead' ? [i + 1] : []));
  return { name: SHEET_TASKS, title, subtitle: table.issuerLine || undefined, header: table.columns.map(c => c.header), widths: fillPageWidth(table.columns.map(c => c.width)), rows, centred };
}

/**
 * The task-table workbook. `report.removedCharacters` grows by the characters XML cannot hold
 * that were removed from the plan's text: counted on the title and the 任务分解表 sheet only,
 * since the 按单位 sheet repeats that sheet's text (a character is counted once, not per copy).
 * The 按单位 sheet has the units of the per-unit lists: aliases as one, groups as `naming` says.
 */
export async function taskTableXlsx(table: TaskTable, title = table.title, report?: ExportReport, naming: UnitListNaming = {}): Promise<Uint8Array> {
  const removed: XmlCleanCount = { removed: 0 };
  const cleanTitle = xmlSafe(title, removed);
  const wb = buildWorkbook([
    { ...taskSheet(table, cleanTitle), removed },
    { name: SHEET_BY_UNIT, title: cleanTitle ? `${cleanTitle}（按单位）` : undefined, header: BY_UNIT_COLUMNS, widths: BY_UNIT_WIDTHS, rows: byUnitRows(unitAssignments(table.rows, unitListResolver(naming))), centred: [2, 3] },
  ], cleanTitle);
  if (report) report.removedCharacters += removed.removed;
  return workbookBytes(wb);
}

export async function exportXlsx(doc: PlanDocument, options: XlsxOptions = {}): Promise<Uint8Array> {
  const table = taskTableLayout(doc);
  return taskTableXlsx(table, options.title ?? table.title, options.report, options);
}
