// The 任务分解表: one row per item (or per `(一)` subsection when a plan's tasks are
// subsections), with a row for each part and section heading before its items. Shared by the
// XLSX, CSV and per-unit exports. Its columns and their header names are data
// (core/data/tableColumns.json, `export`).
import type { Block, BlockKind, Item, Part, PlanDocument, PlanNode, Section, Subsection } from '../model';
import { itemsOf, paragraphsOf } from '../model';
import { sectionLabel as sectionHeading } from '../domain/numbering';
import { metaValue } from '../domain/meta';
import { titleOf } from './flow';
import data from '../data/tableColumns.json';

/** A column of the exported table. */
export type TaskColumn = 'number' | 'task' | 'target' | 'measures' | 'lead' | 'cooperate' | 'deadline' | 'leader' | 'note';

interface ExportData {
  columns: { column: string; names: string[] }[];
  export: { columns: TaskColumn[]; optional: TaskColumn[]; contentHeader: string; widths: Record<TaskColumn, number> };
}
const DATA = data as unknown as ExportData;

/** The header a column is written with: its first name in tableColumns.json. */
export function columnHeader(column: TaskColumn): string {
  const entry = DATA.columns.find(c => c.column === column);
  if (!entry) throw new Error(`tableColumns.json has no column ${column}`);
  return entry.names[0];
}

/** Every column the export may write, in order (optional ones included). */
export const TASK_TABLE_COLUMNS: readonly TaskColumn[] = DATA.export.columns;
/** The header of the measures column when no item has a 目标任务 or 工作措施 block. */
export const CONTENT_HEADER = DATA.export.contentHeader;

export interface TaskRow {
  /** 序号: the item's number as the document numbers it (`(一)` for a subsection row). */
  number: number | string;
  /** `一、…`, or `第一篇 … / 一、…` when the document has parts (per-unit lists). */
  part: string;
  /** 工作任务: the item title (without an inline `(责任单位:…)` note). */
  task: string;
  /** 目标任务: the text of the item's 目标任务 block(s). */
  target: string;
  /** 工作措施: the 工作措施 block(s); an item with neither block: its own text after the title. */
  measures: string;
  /** 牵头单位: the item's lead unit(s), joined with 、. */
  lead: string;
  /** Units of the 责任股室/责任单位 block(s), joined with 、 ('' when empty). */
  responsible: string;
  /** 配合单位: every unit of the item after the lead (never the lead again), joined with 、. */
  cooperate: string;
  /** 完成时限. */
  deadline: string;
  /** 责任领导. */
  leader: string;
  /** 备注: left for the bureau to fill. */
  note: string;
  /** Every unit named by the item, in order, with its role. */
  units: { name: string; role: '牵头' | '参与' }[];
  /** 0-based source line of the item. */
  line: number;
}

/** One line of the table: a part or section heading (merged across), or a task row. */
export type TableEntry =
  | { kind: 'part' | 'section' | 'subsection'; text: string; line: number }
  | { kind: 'row'; row: TaskRow };

export interface TaskTable {
  /** The plan title ('' when it has none). */
  title: string;
  /** The issuer and the date (发文机关, 成文日期, or the closing lines), '' when unknown. */
  issuerLine: string;
  /** The columns written, in order, with their headers. */
  columns: { key: TaskColumn; header: string; width: number }[];
  entries: TableEntry[];
  rows: TaskRow[];
}

function blockText(blocks: Block[], kind: BlockKind): string {
  return blocks.filter(b => b.blockKind === kind).map(b => b.text.split('\n').map(s => s.trim()).filter(Boolean).join('\n')).filter(Boolean).join('\n');
}

function unitNames(blocks: Block[], kind: BlockKind): string[] {
  const names: string[] = [];
  for (const b of blocks.filter(x => x.blockKind === kind)) {
    const units = b.unitList?.units.map(u => u.name) ?? b.text.split(/[、,\uFF0C;\uFF1B]/).map(s => s.trim()).filter(Boolean);
    for (const n of units) if (!names.includes(n)) names.push(n);
  }
  return names;
}

export function sectionLabel(s: Section): string {
  return sectionHeading(s).trim();
}

export function partLabel(p: Part): string {
  return p.title ? `${p.marker} ${p.title}` : p.marker;
}

/** A heading line as written, without its indentation: `(一)加强党建`. */
function headingText(doc: PlanDocument, node: Subsection): string {
  return (doc.lines[node.selectionRange.start.line] ?? '').trim() || `(${node.marker})${node.title}`;
}

/** An item's own text after its title: its paragraphs and sub-items, as written. */
function itemBody(doc: PlanDocument, item: Item): string {
  const out: string[] = [];
  const titleLine = item.selectionRange.start.line;
  for (const c of item.children) {
    if (c.kind === 'paragraph') {
      let t = c.text.trim();
      // The rest of the title line starts with the title's closing full stop.
      if (c.range.start.line === titleLine) t = t.replace(/^[。.；;，,:：\s]+/, '');
      if (t) out.push(t);
    } else if (c.kind === 'subitem') {
      out.push((doc.lines[c.selectionRange.start.line] ?? c.text).trim());
      for (const p of c.children) if (p.text.trim()) out.push(p.text.trim());
    }
  }
  return out.join('\n');
}

function rowOf(doc: PlanDocument, item: Item, partText: string): TaskRow {
  const leads = item.units.filter(u => u.lead).map(u => u.name);
  if (!leads.length && item.lead) leads.push(item.lead.name);
  const target = blockText(item.blocks, 'target');
  let measures = blockText(item.blocks, 'measures');
  if (!target && !measures) measures = itemBody(doc, item);
  const units: TaskRow['units'] = [];
  const seen = new Set<string>();
  const add = (name: string, role: '牵头' | '参与') => { if (!name || seen.has(name)) return; seen.add(name); units.push({ name, role }); };
  for (const u of item.units) add(u.name, leads.includes(u.name) ? '牵头' : '参与');
  return {
    number: item.number,
    part: partText,
    task: item.title,
    target,
    measures,
    lead: leads.join('、'),
    responsible: unitNames(item.blocks, 'responsible').join('、'),
    cooperate: units.filter(u => !leads.includes(u.name)).map(u => u.name).join('、'),
    deadline: (item.deadline ?? blockText(item.blocks, 'deadline')).trim(),
    leader: blockText(item.blocks, 'leader'),
    note: '',
    units,
    line: item.selectionRange.start.line,
  };
}

/** A `(一)` subsection that holds no items is a task of its own. */
function subsectionRow(doc: PlanDocument, s: Subsection, partText: string): TaskRow {
  return {
    number: s.marker, part: partText, task: s.title,
    target: '', measures: paragraphsOf(s).map(p => p.text.trim()).filter(Boolean).join('\n').replace(/^[。.；;，,:：\s]+/, ''),
    lead: '', responsible: '', cooperate: '', deadline: '', leader: '', note: '', units: [], line: s.selectionRange.start.line,
  };
}

/** The entries of the table in document order: headings and rows. */
export function taskEntries(doc: PlanDocument): TableEntry[] {
  const out: TableEntry[] = [];
  const visit = (children: readonly PlanNode[], part: string) => {
    for (const c of children) {
      if (c.kind === 'item') out.push({ kind: 'row', row: rowOf(doc, c, part) });
      else if (c.kind === 'part') {
        out.push({ kind: 'part', text: partLabel(c), line: c.selectionRange.start.line });
        visit(c.children, partLabel(c));
      } else if (c.kind === 'section') {
        const label = part ? `${part} / ${sectionLabel(c)}` : sectionLabel(c);
        out.push({ kind: 'section', text: sectionLabel(c), line: c.selectionRange.start.line });
        for (const sc of c.children) {
          if (sc.kind === 'item') out.push({ kind: 'row', row: rowOf(doc, sc, label) });
          else if (sc.kind === 'subsection') {
            const items = itemsOf(sc);
            if (!items.length) { out.push({ kind: 'row', row: subsectionRow(doc, sc, label) }); continue; }
            out.push({ kind: 'subsection', text: headingText(doc, sc), line: sc.selectionRange.start.line });
            for (const it of items) out.push({ kind: 'row', row: rowOf(doc, it, label) });
          }
        }
      }
    }
  };
  visit(doc.children, '');
  return out;
}

/** The 任务分解表 rows, in document order. */
export function taskTableOf(doc: PlanDocument): TaskRow[] {
  return taskEntries(doc).flatMap(e => (e.kind === 'row' ? [e.row] : []));
}

/** 发文机关 and 成文日期 from the front matter, else the closing lines (落款), on one line. */
export function issuerLineOf(doc: PlanDocument): string {
  const closing = doc.closing.map(c => c.text.trim()).filter(Boolean);
  const issuer = metaValue(doc, '发文机关') ?? closing.find(c => !/\d{4}\s*年|[〇零一二三四五六七八九]{4}年/.test(c)) ?? '';
  const date = metaValue(doc, '日期') ?? metaValue(doc, '成文日期') ?? closing.find(c => /年.*月.*日$/.test(c)) ?? '';
  return [issuer, date].map(s => s.trim()).filter(Boolean).join('\u3000');
}

/** The table: title, issuer line, columns (optional and content columns chosen by the rows) and entries. */
export function taskTableLayout(doc: PlanDocument): TaskTable {
  const entries = taskEntries(doc);
  const rows = entries.flatMap(e => (e.kind === 'row' ? [e.row] : []));
  const items = itemsOf(doc);
  const hasBlock = (kind: BlockKind) => items.some(i => i.blocks.some(b => b.blockKind === kind));
  const written = hasBlock('target') || hasBlock('measures');
  const columns = TASK_TABLE_COLUMNS
    .filter(c => !(c === 'target' && !hasBlock('target')))
    .filter(c => !DATA.export.optional.includes(c) || rows.some(r => r[c as keyof TaskRow]))
    .map(key => ({ key, header: key === 'measures' && !written ? CONTENT_HEADER : columnHeader(key), width: DATA.export.widths[key] }));
  return { title: titleOf(doc), issuerLine: issuerLineOf(doc), columns, entries, rows };
}

/** A row's cells for the given columns. */
export function rowCells(row: TaskRow, columns: readonly TaskColumn[]): (string | number)[] {
  return columns.map(c => row[c]);
}

export interface UnitAssignment {
  unit: string;
  /** Rows the unit leads (牵头). */
  leads: TaskRow[];
  /** Rows the unit joins (参与). */
  joins: TaskRow[];
}

/**
 * For each unit, what it leads and joins; units in order of first appearance. `canonical`
 * names the list a written name belongs to (aliases → one list); it may give several names
 * (a group expanded to its members).
 */
export function unitAssignments(rows: TaskRow[], canonical: (name: string) => string[] = n => [n]): UnitAssignment[] {
  const byUnit = new Map<string, UnitAssignment>();
  for (const row of rows) {
    const done = new Set<string>();
    // Leads first, so a unit named as lead and again (as alias) joins nothing twice.
    for (const u of [...row.units].sort((a, b) => (a.role === b.role ? 0 : a.role === '牵头' ? -1 : 1))) {
      for (const name of canonical(u.name)) {
        if (done.has(name)) continue;
        done.add(name);
        let a = byUnit.get(name);
        if (!a) { a = { unit: name, leads: [], joins: [] }; byUnit.set(name, a); }
        (u.role === '牵头' ? a.leads : a.joins).push(row);
      }
    }
  }
  return [...byUnit.values()];
}
