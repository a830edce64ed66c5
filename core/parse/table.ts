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
import { simplified, simplifiedChar } from '../text/simplified';
import type { GenerationCache } from './cache';
import { getGrammars } from './grammar';
import type * as ohm from 'ohm-js';

const TASK_LIKE: ReadonlySet<TableColumn> = new Set<TableColumn>(['task', 'target', 'measures']);
const NOTE_IN_NAME = /[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]$/;

const byName: ReadonlyMap<string, TableColumn> = new Map(
  (data as { columns: { column: TableColumn; names: string[] }[] }).columns.flatMap(c => c.names.map(n => [n, c.column] as const)));

/** The column a header cell names, if any: 牵头单位, 牵头单位（领导）, 完 成 时 限 alike. */
export function columnOf(header: string): TableColumn | undefined {
  const name = simplified(header.replace(/[\s\u00A0\u3000]+/g, '').replace(NOTE_IN_NAME, '').replace(/[:\uFF1A]$/, ''));
  return byName.get(name);
}

/** The first character of every column name: a header cell starts with one (after white space). */
const NAME_STARTS: ReadonlySet<string> = new Set([...byName.keys()].map(n => n[0]));
const FIRST_VISIBLE = /[^\s\u00A0\u3000]/;

/**
 * The column a line names as a one-cell-a-line header (`牵头单位|`). Asked of every line:
 * a line whose first visible character starts no column name is answered at once (the
 * name columnOf reads starts with that character, white space being dropped).
 */
function headerColumnOf(line: string): TableColumn | undefined {
  const first = FIRST_VISIBLE.exec(line);
  if (!first || !NAME_STARTS.has(simplifiedChar(first[0]))) return undefined;
  if (!mayNameColumn(line, first.index)) return undefined;
  return columnOf(line.replace(/[|\uFF5C]\s*$/, ''));
}

const LONGEST_NAME = Math.max(...[...byName.keys()].map(n => n.length));
const WHITE = /[\s\u00A0\u3000]/;
const OPEN_NOTE: ReadonlySet<string> = new Set(['(', '\uFF08']);
const PARENS: ReadonlySet<string> = new Set(['(', ')', '\uFF08', '\uFF09']);
const CLOSE_NOTE: ReadonlySet<string> = new Set([')', '\uFF09']);
const COLON: ReadonlySet<string> = new Set([':', '\uFF1A']);
const CELL_END: ReadonlySet<string> = new Set(['|', '\uFF5C']);

/**
 * False when columnOf cannot name a column in `line` (from its first visible character
 * `from`). columnOf reads the visible characters (white space dropped) as a column name,
 * then optionally a colon, a note in parentheses and one cell separator, and nothing
 * else; this reads them in that order and stops at the first character that cannot
 * follow, so that a body line starting like a column name (目标任务：…) is answered
 * after a few characters instead of simplifying the whole line. A necessary condition
 * only: columnOf decides.
 */
export function mayNameColumn(line: string, from: number): boolean {
  let name = '';
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    if (WHITE.test(ch)) continue;
    if (name.length && byName.has(name) && nameEndsAt(line, i)) return true;
    if (name.length >= LONGEST_NAME) return false;
    name += simplifiedChar(ch);
  }
  return byName.has(name);
}

/** Whether `line` from `i` on holds only what may follow a column name: [colon] [note] [separator], white space aside. */
function nameEndsAt(line: string, i: number): boolean {
  let stage = 0; // 0: a colon may come; 1: a note may come; 2: in the note; 3: a separator may come; 4: nothing more
  for (; i < line.length; i++) {
    const ch = line[i];
    if (WHITE.test(ch)) continue;
    if (stage === 2) {
      if (CLOSE_NOTE.has(ch)) stage = 3;
      else if (PARENS.has(ch)) return false;
      continue;
    }
    if (stage === 0 && COLON.has(ch)) stage = 1;
    else if (stage <= 1 && OPEN_NOTE.has(ch)) stage = 2;
    else if (stage <= 3 && CELL_END.has(ch)) stage = 4;
    else return false;
  }
  return stage !== 2;
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
const SEPARATORS = /[|\uFF5C\t]/g;

/**
 * Whether a line holds a cell separator. Every task table has one in its header (a row of
 * cells, or cells one a line closed or parted by separators): a stretch of lines without any
 * starts no table.
 */
export function hasCellSeparator(text: string): boolean {
  return SEPARATOR.test(text);
}
/**
 * More separators than a task table has columns (a run of `|` pasted from a web page):
 * not a row. Keeps the grammar from matching, cell by cell, a line of 100 000 pipes.
 */
const MAX_SEPARATORS = 64;

function tooManySeparators(text: string): boolean {
  SEPARATORS.lastIndex = 0;
  let n = 0;
  while (SEPARATORS.exec(text)) if (++n > MAX_SEPARATORS) return true;
  return false;
}

/** The cells of a line with a separator (the grammar's `tableCells`), or undefined. */
export function lineCells(text: string, cache?: GenerationCache<LineCells | undefined>): LineCells | undefined {
  if (!SEPARATOR.test(text) || tooManySeparators(text)) return undefined;
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

/** A row of a table, or a heading written among its rows (a line, a one-cell row, a 类别 cell). */
export type TableRow =
  | { kind: 'row'; cells: Cell[]; range: Range }
  | { kind: 'heading'; cell: Cell };

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
  /** True when a text (a cell) reads as a heading: 一、…, (一)…, 第一篇. */
  isHeading(text: string): boolean;
  /** The heading(s) the last row's 类别 cell named, by column: a repeat opens nothing. */
  lastHeading: Map<number, string[]>;
}

const blank = (s: Scan, i: number) => s.syntax[i]?.kind === 'blank';
const onlySeparators = (s: Scan, i: number) => /^[\s|\uFF5C]*[|\uFF5C][\s|\uFF5C]*$/.test(s.lines[i] ?? '');
const emptyAt = (at: Range['end']): Cell => ({ text: '', range: { start: at, end: at } });
const span = (first: { range: Range }, last: { range: Range }): Range => ({ start: first.range.start, end: last.range.end });

function mapHeader(cells: Cell[]): { columns: (TableColumn | undefined)[]; mapped: boolean } {
  const columns = cells.map(c => columnOf(c.text));
  const known = columns.filter(c => c !== undefined && c !== 'number').length;
  return { columns, mapped: known >= 2 && columns.some(c => c !== undefined && TASK_LIKE.has(c)) };
}

/**
 * Cells of one row, fitted to the header: a row without its merged 类别 cell gets an empty
 * one there; cells beyond the header's width join the last column.
 */
function fitRow(cells: Cell[], width: number, sectionColumn: number): Cell[] {
  const row = [...cells];
  if (sectionColumn >= 0 && row.length === width - 1) row.splice(sectionColumn, 0, emptyAt(row[0].range.start));
  while (row.length > width) {
    const extra = row.pop()!;
    row[row.length - 1] = continued(row[row.length - 1], extra);
  }
  while (row.length < width) row.push(emptyAt(row[row.length - 1].range.end));
  return row;
}

/**
 * A row, or its 类别 cell as a heading followed by the rest of the row. A cell that repeats
 * the heading of the row above (every row of an exported table names its 所属部分) opens
 * nothing new; `第一篇 … / 一、…` names a part and a section.
 */
function pushRow(s: Scan, rows: TableRow[], cells: Cell[], sectionColumn: number): void {
  const section = sectionColumn >= 0 ? cells[sectionColumn] : undefined;
  if (section?.text) {
    let at = section.range.start.character;
    const line = section.range.start.line;
    const last = s.lastHeading.get(sectionColumn) ?? [];
    let changed = false; // once a heading changes, the ones below it open again
    section.text.split(' / ').forEach((piece, depth) => {
      const start = at;
      at += piece.length + 3;
      if (!s.isHeading(piece)) return;
      changed ||= last[depth] !== piece;
      if (changed) rows.push({ kind: 'heading', cell: { text: piece, range: { start: { line, character: start }, end: { line, character: start + piece.length } } } });
    });
    if (section.text.split(' / ').some(p => s.isHeading(p))) s.lastHeading.set(sectionColumn, section.text.split(' / '));
    cells = cells.map((c, k) => (k === sectionColumn ? emptyAt(c.range.start) : c));
  }
  if (cells.some((c, k) => c.text && k !== sectionColumn)) rows.push({ kind: 'row', cells, range: span(cells[0], cells[cells.length - 1]) });
}

/** A header written across one line, and the rows below it, one a line. */
function readRows(s: Scan, start: number): ReadTable | undefined {
  const head = s.cellsOf(start)!;
  const header = head.cells.map(c => trimmedCell(s.lines, start, c.start, c.end));
  if (header.filter(c => c.text).length < 2) return undefined;
  const { columns, mapped } = mapHeader(header);
  const width = header.length;
  const sectionColumn = columns.indexOf('section');
  const rows: TableRow[] = [];
  let open: Cell[] | undefined; // a row whose last cell goes on on the next line
  let end = start;
  const close = () => { if (open) pushRow(s, rows, fitRow(open, width, sectionColumn), sectionColumn); open = undefined; };
  for (let i = start + 1; i < s.lines.length; i++) {
    if (blank(s, i)) { close(); continue; }
    const cells = s.cellsOf(i);
    const line = trimmedCell(s.lines, i, 0, s.lines[i].length);
    if (!cells) {
      if (open) { open[open.length - 1] = continued(open[open.length - 1], line); end = i; continue; }
      // A heading among the rows: the table goes on under it with the same header.
      if (HEADING.has(s.syntax[i].kind)) { rows.push({ kind: 'heading', cell: line }); end = i; continue; }
      break;
    }
    const read = cells.cells.map(c => trimmedCell(s.lines, i, c.start, c.end));
    const filled = read.filter(c => c.text);
    end = i;
    if (filled.length === 1 && s.isHeading(filled[0].text)) { close(); rows.push({ kind: 'heading', cell: filled[0] }); continue; }
    if (open && !cells.leading) {
      // The rest of a row whose line broke inside a cell.
      open[open.length - 1] = continued(open[open.length - 1], read[0]);
      open.push(...read.slice(1));
    } else {
      close();
      open = read;
    }
    // With separators at both ends, a row is complete on the line that ends with one.
    if (!head.trailing || cells.trailing) close();
  }
  close();
  if (!mapped && !rows.some(r => r.kind === 'row')) return undefined;
  const last = rows.length ? rows[rows.length - 1] : undefined;
  return {
    info: { range: span(header[0], last ? (last.kind === 'row' ? last : last.cell) : header[width - 1]), header, columns, mapped, shape: 'rows' },
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
 * A header written one cell a line, and the rows below it, a blank line between rows and
 * headings among them. Either each cell ends in `|` (a cell without one goes on to the next
 * line), or a line holding only `|` stands between cells (the lines between two are one cell).
 */
function readCells(s: Scan, start: number): ReadTable | undefined {
  const first = cellLine(s, start);
  if (!first) return undefined;
  const closedCells = first.closed;
  const header: Cell[] = [];
  let separated = closedCells;
  let i = start;
  for (; i < s.lines.length && !blank(s, i); i++) {
    if (onlySeparators(s, i)) { if (closedCells) break; separated = true; continue; }
    const c = cellLine(s, i);
    if (!c || c.closed !== closedCells || !columnOf(c.cell.text)) break;
    header.push(c.cell);
  }
  const { columns, mapped } = mapHeader(header);
  // Without separators these would be ordinary lines that happen to read like column names.
  if (!mapped || !separated) return undefined;
  const width = header.length;
  const sectionColumn = columns.indexOf('section');
  const rows: TableRow[] = [];
  let end = i - 1;
  while (i < s.lines.length) {
    while (i < s.lines.length && blank(s, i)) i++;
    // One group: the lines up to the next blank line.
    let j = i;
    while (j < s.lines.length && !blank(s, j)) j++;
    if (i >= j) break;
    const hasSeparator = (k: number) => onlySeparators(s, k) || !!s.cellsOf(k)?.trailing;
    const groupHasSeparators = Array.from({ length: j - i }, (_, k) => hasSeparator(i + k)).some(Boolean);
    if (!groupHasSeparators) {
      // A heading between row groups; anything else ends the table.
      if (j === i + 1 && HEADING.has(s.syntax[i].kind)) { rows.push({ kind: 'heading', cell: trimmedCell(s.lines, i, 0, s.lines[i].length) }); end = i; i = j; continue; }
      break;
    }
    const cells: Cell[] = [];
    let cell: Cell | undefined;
    for (let k = i; k < j; k++) {
      if (onlySeparators(s, k)) { cells.push(cell ?? emptyAt({ line: k, character: 0 })); cell = undefined; continue; }
      const c = cellLine(s, k);
      if (!c) continue;
      cell = continued(cell, c.cell);
      if (closedCells && c.closed) { cells.push(cell); cell = undefined; }
    }
    if (cell) cells.push(cell);
    for (let k = 0; k < cells.length; k += width) pushRow(s, rows, fitRow(cells.slice(k, k + width), width, sectionColumn), sectionColumn);
    end = j - 1;
    i = j;
  }
  const last = rows.length ? rows[rows.length - 1] : undefined;
  return {
    info: { range: span(header[0], last ? (last.kind === 'row' ? last : last.cell) : header[width - 1]), header, columns, mapped, shape: 'cells' },
    rows, startLine: start, endLine: end,
  };
}

/**
 * The task tables of a document, from line `from` on, in reading order. Linear: each line
 * is looked at a bounded number of times.
 */
export function readTables(lines: string[], syntax: readonly LineSyntax[], from: number, isHeading: (text: string) => boolean,
  cache?: GenerationCache<LineCells | undefined>): ReadTable[] {
  const scan: Scan = { lines, syntax, cellsOf: i => lineCells(lines[i], cache), isHeading, lastHeading: new Map() };
  const out: ReadTable[] = [];
  for (let i = from; i < lines.length; i++) {
    if (blank(scan, i)) continue;
    const cells = scan.cellsOf(i);
    let table: ReadTable | undefined;
    if (cells && cells.cells.length >= 2) table = readRows(scan, i);
    else if (headerColumnOf(lines[i]) !== undefined) table = readCells(scan, i);
    if (!table) continue;
    out.push(table);
    i = table.endLine;
  }
  return out;
}
