// Reads a returned ledger (XLSX with exceljs, loaded when needed; or CSV) into rows for the
// merge: the columns are found by their headers (序号, 工作任务, 状态, 完成情况) wherever the
// unit moved them; the unit is the one the ledger was written for (the workbook's subject),
// else a 填报单位/单位 column, else the file name (`台账-办公室.xlsx`).
import { LEDGER_SHEET } from '../exports/ledger';
import type { ReturnedLedger, ReturnedRow } from './merge';

export class LedgerReadError extends Error {
  constructor(readonly source: string, readonly reason: 'not-a-ledger' | 'unreadable', detail = '') {
    super(`${source}: ${reason === 'not-a-ledger' ? 'no sheet with the columns 序号, 工作任务 and 状态 or 完成情况' : `cannot be read${detail ? ` (${detail})` : ''}`}`);
  }
}

const HEADERS = { index: ['序号'], title: ['工作任务', '任务', '重点任务'], status: ['状态', '完成状态'], progress: ['完成情况', '落实情况', '进展情况'], unit: ['填报单位'] };

function columnsOf(header: string[]): Record<keyof typeof HEADERS, number> | undefined {
  const norm = header.map(h => h.replace(/[\s\u00A0\u3000]+/g, ''));
  const find = (names: string[]) => norm.findIndex(h => names.includes(h));
  const cols = { index: find(HEADERS.index), title: find(HEADERS.title), status: find(HEADERS.status), progress: find(HEADERS.progress), unit: find(HEADERS.unit) };
  if (cols.index < 0 || cols.title < 0 || (cols.status < 0 && cols.progress < 0)) return undefined;
  return cols;
}

function rowsFrom(table: string[][], source: string): { rows: ReturnedRow[]; unit?: string } {
  const headerAt = table.findIndex(r => columnsOf(r));
  if (headerAt < 0) throw new LedgerReadError(source, 'not-a-ledger');
  const cols = columnsOf(table[headerAt])!;
  const rows: ReturnedRow[] = [];
  let unit: string | undefined;
  for (let i = headerAt + 1; i < table.length; i++) {
    const r = table[i];
    const cell = (c: number) => (c >= 0 ? (r[c] ?? '').trim() : '');
    if (!r.some(v => v && v.trim())) continue;
    const n = cell(cols.index);
    rows.push({ row: i + 1, index: /^\d+$/.test(n) ? Number(n) : undefined, title: cell(cols.title), status: cell(cols.status), progress: cell(cols.progress) });
    if (!unit && cell(cols.unit)) unit = cell(cols.unit);
  }
  return { rows, unit };
}

function unitFromName(source: string): string {
  const base = source.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const m = /台账[-_—]?(.+)$/.exec(base);
  return m ? m[1] : base;
}

/** The text of an exceljs cell value: rich text joined, formula results, dates as ISO. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const o = v as { richText?: { text: string }[]; text?: string; result?: unknown };
  if (o.richText) return o.richText.map(t => t.text).join('');
  if (o.text !== undefined) return String(o.text);
  if (o.result !== undefined) return cellText(o.result);
  return '';
}

/** RFC 4180 CSV (a BOM, quoted fields with "" and line breaks, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') { if (s[i + 1] === '"') { field += '"'; i++; } else quoted = false; } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Reads a returned ledger: `.csv` as text, anything else as an XLSX workbook. */
export async function readReturnedLedger(source: string, data: Uint8Array): Promise<ReturnedLedger> {
  if (/\.csv$/i.test(source)) {
    const { rows, unit } = rowsFrom(parseCsv(Buffer.from(data).toString('utf8')), source);
    return { source, unit: unit ?? unitFromName(source), rows };
  }
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch (e) {
    throw new LedgerReadError(source, 'unreadable', (e as Error).message);
  }
  const sheets = [...wb.worksheets].sort((a, b) => Number(b.name === LEDGER_SHEET) - Number(a.name === LEDGER_SHEET));
  for (const ws of sheets) {
    const table: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, 1); c++) values.push(cellText(row.getCell(c).value));
      table[n - 1] = values;
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
    try {
      const { rows, unit } = rowsFrom(table, source);
      return { source, unit: wb.subject || unit || unitFromName(source), rows };
    } catch (e) {
      if (!(e instanceof LedgerReadError)) throw e;
    }
  }
  throw new LedgerReadError(source, 'not-a-ledger');
}
