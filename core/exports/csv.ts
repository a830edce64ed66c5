// CSV of the 任务分解表: RFC 4180 (CRLF, quoted fields), UTF-8 with a BOM so Excel reads it as UTF-8.
// The same columns as the XLSX; a part or section heading is a row with its text in the first cell.
import type { PlanDocument } from '../model';
import { rowCells, taskTableLayout, type TaskTable } from './taskTable';

export interface CsvOptions {
  /** Prefix cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) with `'`. Default true. */
  formulaGuard?: boolean;
  /** Leave out the BOM (default: include it). */
  noBom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number, formulaGuard = true): string {
  let s = String(value);
  if (formulaGuard && typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function csvOfRows(header: readonly string[], rows: (string | number)[][], options: CsvOptions = {}): string {
  const guard = options.formulaGuard !== false;
  const lines = [header.map(h => csvField(h, guard)).join(',')];
  for (const r of rows) lines.push(r.map(c => csvField(c, guard)).join(','));
  return (options.noBom ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

export function taskTableCsv(table: TaskTable, options: CsvOptions = {}): string {
  const keys = table.columns.map(c => c.key);
  const rows = table.entries.map(e => (e.kind === 'row' ? rowCells(e.row, keys) : [e.text, ...keys.slice(1).map(() => '')]));
  return csvOfRows(table.columns.map(c => c.header), rows, options);
}

/** The 任务分解表 as CSV text (starts with U+FEFF; write it as UTF-8). */
export function exportCsv(doc: PlanDocument, options: CsvOptions = {}): string {
  return taskTableCsv(taskTableLayout(doc), options);
}
