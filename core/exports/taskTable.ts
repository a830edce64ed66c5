// The 任务分解表: one row per item, shared by the XLSX, CSV and per-unit exports.
import type { Block, BlockKind, Item, Part, PlanDocument, PlanNode, Section } from '../model';
import { itemsOf } from '../model';
import { sectionLabel as sectionHeading } from '../domain/numbering';

export const TASK_TABLE_COLUMNS = ['序号', '所属部分', '工作任务', '目标任务', '工作措施', '牵头单位', '责任单位', '配合单位', '完成时限'] as const;
export type TaskTableColumn = typeof TASK_TABLE_COLUMNS[number];

export interface TaskRow {
  /** 序号: the item's number as the document numbers it. */
  number: number;
  /** 所属部分: `一、…`, or `第一篇 … / 一、…` when the document has parts. */
  part: string;
  /** 工作任务: the item title (without an inline `(责任单位:…)` note). */
  task: string;
  /** 目标任务: the text of the item's 目标任务 block(s). */
  target: string;
  /** 工作措施: the text of the item's 工作措施 block(s). */
  measures: string;
  /** 牵头单位: the item's lead unit. */
  lead: string;
  /** 责任单位: units of the 责任股室/责任单位 block(s), joined with 、 ('' when empty). */
  responsible: string;
  /** 配合单位: units of the 配合单位 block(s), written or read from prose (Y、Z配合). */
  cooperate: string;
  /** 完成时限. */
  deadline: string;
  /** Every unit named by the item, in order, with its role. */
  units: { name: string; role: '牵头' | '参与' }[];
  /** 0-based source line of the item. */
  line: number;
}

function blockText(blocks: Block[], kind: BlockKind): string {
  return blocks.filter(b => b.blockKind === kind).map(b => b.text.split('\n').map(s => s.trim()).filter(Boolean).join('\n')).filter(Boolean).join('\n');
}

function unitNames(blocks: Block[], kind: BlockKind): string[] | undefined {
  const of = blocks.filter(b => b.blockKind === kind);
  if (!of.length) return undefined;
  const names: string[] = [];
  for (const b of of) {
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

function rowOf(item: Item, partText: string): TaskRow {
  const responsible = unitNames(item.blocks, 'responsible') ?? [];
  const cooperate = unitNames(item.blocks, 'cooperate') ?? [];
  // Every leading unit (X、Y牵头), the first one first.
  const lead = item.units.filter(u => u.lead).map(u => u.name).join('、') || (item.lead?.name ?? '');
  const deadline = item.deadline ?? blockText(item.blocks, 'deadline');
  const units: TaskRow['units'] = [];
  const seen = new Set<string>();
  const add = (name: string, role: '牵头' | '参与') => { if (!name || seen.has(name)) return; seen.add(name); units.push({ name, role }); };
  for (const u of item.units) add(u.name, u.lead ? '牵头' : '参与');
  return {
    number: item.number,
    part: partText,
    task: item.title,
    target: blockText(item.blocks, 'target'),
    measures: blockText(item.blocks, 'measures'),
    lead,
    responsible: responsible.join('、'),
    cooperate: cooperate.join('、'),
    deadline: deadline.trim(),
    units,
    line: item.selectionRange.start.line,
  };
}

/** The 任务分解表 rows, in document order. */
export function taskTableOf(doc: PlanDocument): TaskRow[] {
  const rows: TaskRow[] = [];
  // 所属部分 names the part and the section an item sits in.
  const visit = (children: readonly PlanNode[], part: string) => {
    for (const c of children) {
      if (c.kind === 'item') rows.push(rowOf(c, part));
      else if (c.kind === 'part') visit(c.children, partLabel(c));
      else if (c.kind === 'section') for (const it of itemsOf(c)) rows.push(rowOf(it, part ? `${part} / ${sectionLabel(c)}` : sectionLabel(c)));
    }
  };
  visit(doc.children, '');
  return rows;
}

/** A row as the nine cells of the table, in column order. */
export function rowCells(row: TaskRow): (string | number)[] {
  return [row.number, row.part, row.task, row.target, row.measures, row.lead, row.responsible, row.cooperate, row.deadline];
}

export interface UnitAssignment {
  unit: string;
  /** Rows the unit leads (牵头). */
  leads: TaskRow[];
  /** Rows the unit joins (参与). */
  joins: TaskRow[];
}

/** For each unit, what it leads and joins; units in order of first appearance. */
export function unitAssignments(rows: TaskRow[]): UnitAssignment[] {
  const byUnit = new Map<string, UnitAssignment>();
  for (const row of rows) {
    for (const u of row.units) {
      let a = byUnit.get(u.name);
      if (!a) { a = { unit: u.name, leads: [], joins: [] }; byUnit.set(u.name, a); }
      (u.role === '牵头' ? a.leads : a.joins).push(row);
    }
  }
  return [...byUnit.values()];
}
