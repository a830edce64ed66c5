// Task tables (重点工作任务分解表), the third way plans state responsibility. They reach a
// .plan in four text shapes, all read here into rows of cells under a header:
//   序号 | 工作任务 | 牵头单位 | 完成时限        cells between `|` (or `｜`), ends optional
//   序号<TAB>工作任务<TAB>牵头单位             cells between tabs (Excel, WPS, Word)
//   序号 / | / 工作任务 / | / …                one cell a line, a line holding only `|` between
//   序号| / 工作任务| / …                      one cell a line, each ending in `|`
// The header names the columns (core/data/tableColumns.json); a row whose first cell is a
// heading (四、教育文化) starts that section. The builder makes items of the rows.
import type { LineSyntax, Range, TableColumn, TableInfo, TextSpan } from '../model';
import data from '../data/tableColumns.json';
import type { GenerationCache } from './cache';
import { getGrammars } from './grammar';
import type * as ohm from 'ohm-js';

const TASK_LIKE: ReadonlySet<TableColumn> = new Set<TableColumn>(['task', 'target', 'measures']);
const NOTE_IN_NAME = /[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]$/;

const byName: ReadonlyMap<string, TableColumn> = new Map(
  (data as { columns: { column: TableColumn; names: string[] }[] }).columns.flatMap(c => c.names.map(n => [n, c.column] as const)));

/** The column a header cell names, if any: 牵头单位, 牵头单位（领导）, 完 成 时 限 alike. */
export function columnOf(header: string): TableColumn | undefined {
  const name = header.replace(/[\s\u00A0\u3000]+/g, '').replace(NOTE_IN_NAME, '').replace(/[:\uFF1A]$/, '');
  return byName.get(name);
}

/** A cell: its text (trimmed) and where it is. */
export interface Cell extends TextSpan {}

/** One line split at its separators. */
export interface LineCells {
  cells: { start: number; end: number }[];
  leading: boolean;
  trailing: boolean;
}

let semantics: ohm.Semantics | undefined;

function cellSemantics(): ohm.Semantics {
  if (semantics) return semantics;
  type Span = { start: number; end: number };
  semantics = getGrammars().Plan.createSemantics().addOperation<Span[] | Span>('cells', {
    tableCells(_lead: ohm.Node, first: ohm.Node, _seps: ohm.Node, rest: ohm.Node) {
      return [first.cells() as Span, ...rest.children.map(c => c.cells() as Span)];
    },
    cell(this: ohm.Node, _chars: ohm.Node) { return { start: this.source.startIdx, end: this.source.endIdx }; },
  });
  return semantics;
}

const SEPARATOR = /[|\uFF5C\t]/;

/** The cells of a line with a separator (the grammar's `tableCells`), or undefined. */
export function lineCells(text: string, cache?: GenerationCache<LineCells | undefined>): LineCells | undefined {
  if (!SEPARATOR.test(text)) return undefined;
  const compute = (): LineCells | undefined => {
    const body = text.trimEnd();
    const indent = body.length - body.trimStart().length;
    const match = getGrammars().Plan.match(body.slice(indent), 'tableCells');
    if (match.failed()) return undefined;
    let cells = (cellSemantics()(match).cells() as { start: number; end: number }[]).map(c => ({ start: c.start + indent, end: c.end + indent }));
    const leading = SEPARATOR.test(body[indent]);
    const trailing = SEPARATOR.test(body[body.length - 1]);
    if (trailing && cells.length > 1) cells = cells.slice(0, -1);
    return { cells, leading, trailing };
  };
  return cache ? cache.get(text, compute) : compute();
}

function trimmedCell(lines: string[], line: number, start: number, end: number): Cell {
  const text = lines[line];
  while (start < end && /[\s\u00A0\u3000]/.test(text[start])) start++;
  while (end > start && /[\s\u00A0\u3000]/.test(text[end - 1])) end--;
  return { text: text.slice(start, end), range: { start: { line, character: start }, end: { line, character: end } } };
}

/** Joins a cell continued on a further line (a line break inside a cell). */
function continued(cell: Cell | undefined, next: Cell): Cell {
  if (!cell || !cell.text) return next;
  if (!next.text) return cell;
  return { text: `${cell.text}\n${next.text}`, range: { start: cell.range.start, end: next.range.end } };
}

export interface TableRow {
  /** The row's cells, one per column (empty cells have empty text). */
  cells: Cell[];
  range: Range;
}

export interface ReadTable {
  info: TableInfo;
  rows: TableRow[];
  /** The lines the table takes (its rows are read from them; they are not text of their own). */
  startLine: number;
  endLine: number;
}

type Kind = LineSyntax['kind'];
const HEADING: ReadonlySet<Kind> = new Set<Kind>(['part', 'section', 'subsection']);

interface Scan {
  lines: string[];
  syntax: readonly LineSyntax[];
  cellsOf(line: number): LineCells | undefined;
}

const blank = (s: Scan, i: number) => s.syntax[i]?.kind === 'blank';
const onlySeparators = (s: Scan, i: number) => /^[\s|\uFF5C]*[|\uFF5C][\s|\uFF5C]*$/.test(s.lines[i] ?? '');

function mapHeader(cells: Cell[]): { columns: (TableColumn | undefined)[]; mapped: boolean } {
  const columns = cells.map(c => columnOf(c.text));
  const known = columns.filter(Boolean).length;
  return { columns, mapped: known >= 2 && columns.some(c => c !== undefined && TASK_LIKE.has(c)) };
}

const span = (first: Cell, last: Cell): Range => ({ start: first.range.start, end: last.range.end });

/** A header written across one line, and the rows below it. */
function readRows(s: Scan, start: number): ReadTable | undefined {
  const head = s.cellsOf(start)!;
  const header = head.cells.map(c => trimmedCell(s.lines, start, c.start, c.end));
  if (header.filter(c => c.text).length < 2) return undefined;
  const { columns, mapped } = mapHeader(header);
  const width = header.length;
  const rows: TableRow[] = [];
  let open: Cell[] | undefined; // a row whose last cell goes on on the next line
  let end = start;
  for (let i = start + 1; i < s.lines.length; i++) {
    if (blank(s, i)) continue;
    const cells = s.cellsOf(i);
    if (!cells) {
      // A line without separators: the open row's last cell goes on, or the table ends.
      if (open && !HEADING.has(s.syntax[i].kind)) {
        open[open.length - 1] = continued(open[open.length - 1], trimmedCell(s.lines, i, 0, s.lines[i].length));
        rows[rows.length - 1].range.end = { line: i, character: s.lines[i].length };
        end = i;
        continue;
      }
      break;
    }
    const read = cells.cells.map(c => trimmedCell(s.lines, i, c.start, c.end));
    if (open && !cells.leading && read.length < width - open.length + 1) {
      // The rest of an open row: its first piece continues the open cell.
      open[open.length - 1] = continued(open[open.length - 1], read[0]);
      open.push(...read.slice(1));
    } else {
      open = read;
      rows.push({ cells: open, range: { start: { line: i, character: 0 }, end: { line: i, character: s.lines[i].length } } });
    }
    rows[rows.length - 1].range.end = { line: i, character: s.lines[i].length };
    end = i;
    // With separators at both ends a row is complete when its line ends with one.
    if (head.trailing ? cells.trailing && open.length >= width : true) open = undefined;
  }
  if (!mapped && rows.length === 0) return undefined;
  for (const r of rows) while (r.cells.length < width) r.cells.push({ text: '', range: { start: r.range.end, end: r.range.end } });
  return {
    info: { range: span(header[0], rows.length ? { text: '', range: rows[rows.length - 1].range } : header[header.length - 1]), header, columns, mapped, shape: 'rows' },
    rows, startLine: start, endLine: end,
  };
}

/** One cell a line: the text of line `i` (without a closing separator), and whether it has one. */
function cellLine(s: Scan, i: number): { cell: Cell; closed: boolean } | undefined {
  if (i >= s.lines.length || blank(s, i) || onlySeparators(s, i)) return undefined;
  const cells = s.cellsOf(i);
  // A line with cells between separators is a row, not one cell.
  if (cells && (cells.cells.length > 1 || cells.leading)) return undefined;
  const end = cells ? cells.cells[0].end : s.lines[i].length;
  return { cell: trimmedCell(s.lines, i, 0, end), closed: !!cells?.trailing };
}

/**
 * A header written one cell a line, and the rows below it in groups of the header's width.
 * Either each cell ends in `|` (a cell without one goes on to the next line), or a line
 * holding only `|` stands between cells (then each line is a cell). A blank line ends it.
 */
function readCells(s: Scan, start: number): ReadTable | undefined {
  const first = cellLine(s, start);
  if (!first) return undefined;
  const closedCells = first.closed;
  const header: Cell[] = [];
  let i = start;
  for (; i < s.lines.length; i++) {
    if (onlySeparators(s, i)) { if (closedCells) break; continue; }
    const c = cellLine(s, i);
    if (!c || c.closed !== closedCells || !columnOf(c.cell.text)) break;
    header.push(c.cell);
  }
  const { columns, mapped } = mapHeader(header);
  // Without separators these would be ordinary lines that happen to read like column names.
  if (!mapped || (!closedCells && !header.some((_, k) => k > 0 && onlySeparators(s, header[k].range.start.line - 1)))) return undefined;
  const width = header.length;
  const cells: Cell[] = [];
  let open: Cell | undefined;
  let end = header[width - 1].range.end.line;
  for (; i < s.lines.length && !blank(s, i); i++) {
    end = i;
    if (onlySeparators(s, i)) continue;
    const c = cellLine(s, i);
    if (!c) break;
    if (!closedCells) { cells.push(c.cell); continue; }
    open = continued(open, c.cell);
    if (c.closed) { cells.push(open); open = undefined; }
  }
  if (open) cells.push(open);
  const rows: TableRow[] = [];
  for (let k = 0; k < cells.length; k += width) {
    const row = cells.slice(k, k + width);
    const last = row[row.length - 1];
    while (row.length < width) row.push({ text: '', range: { start: last.range.end, end: last.range.end } });
    rows.push({ cells: row, range: span(row[0], last) });
  }
  return {
    info: { range: span(header[0], rows.length ? rows[rows.length - 1].cells[width - 1] : header[width - 1]), header, columns, mapped, shape: 'cells' },
    rows, startLine: start, endLine: end,
  };
}

/**
 * The task tables of a document, from line `from` on, in reading order. Linear: each line
 * is looked at a bounded number of times.
 */
export function readTables(lines: string[], syntax: readonly LineSyntax[], from: number, cache?: GenerationCache<LineCells | undefined>): ReadTable[] {
  const scan: Scan = { lines, syntax, cellsOf: i => lineCells(lines[i], cache) };
  const out: ReadTable[] = [];
  for (let i = from; i < lines.length; i++) {
    if (blank(scan, i)) continue;
    const cells = scan.cellsOf(i);
    let table: ReadTable | undefined;
    if (cells && cells.cells.length >= 2) table = readRows(scan, i);
    else if (columnOf(lines[i].replace(/[|\uFF5C]\s*$/, '')) !== undefined) table = readCells(scan, i);
    if (!table) continue;
    out.push(table);
    i = table.endLine;
  }
  return out;
}
