// The 任务分解表: one row per item, shared by the XLSX, CSV and per-unit exports.
import type { Block, BlockKind, Item, Part, PlanDocument, Section } from '../model';

export const TASK_TABLE_COLUMNS = ['序号', '所属部分', '工作任务', '目标任务', '工作措施', '牵头单位', '责任单位', '完成时限'] as const;
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

/** The item title without a trailing inline `(责任单位:…;完成时限:…)` written on the same line. */
export function itemTaskTitle(item: Item): string {
  const titleLine = item.titleRange.start.line;
  const inline = item.blocks.filter(b => b.inline && b.range.start.line === titleLine && b.range.start.character >= item.titleRange.start.character);
  let title = item.title;
  if (inline.length) {
    const cut = Math.min(...inline.map(b => b.range.start.character)) - item.titleRange.start.character;
    if (cut >= 0 && cut <= title.length) {
      const open = Math.max(title.lastIndexOf('(', cut), title.lastIndexOf('(', cut));
      title = title.slice(0, open >= 0 ? open : cut);
    }
  }
  return title.replace(/[。.]\s*$/, '').trim();
}

export function sectionLabel(s: Section): string {
  return `${s.marker}、${s.title}`.trim();
}

export function partLabel(p: Part): string {
  return p.title ? `${p.marker} ${p.title}` : p.marker;
}

function rowOf(item: Item, partText: string): TaskRow {
  const responsible = unitNames(item.blocks, 'responsible') ?? unitNames(item.blocks, 'cooperate') ?? [];
  const lead = item.lead?.name ?? '';
  const deadline = item.deadline ?? blockText(item.blocks, 'deadline');
  const units: TaskRow['units'] = [];
  const seen = new Set<string>();
  const add = (name: string, role: '牵头' | '参与') => { if (!name || seen.has(name)) return; seen.add(name); units.push({ name, role }); };
  if (lead) add(lead, '牵头');
  for (const u of item.units) add(u.name, u.lead || u.name === lead ? '牵头' : '参与');
  return {
    number: item.number,
    part: partText,
    task: itemTaskTitle(item),
    target: blockText(item.blocks, 'target'),
    measures: blockText(item.blocks, 'measures'),
    lead,
    responsible: responsible.join('、'),
    deadline: deadline.trim(),
    units,
    line: item.selectionRange.start.line,
  };
}

/** The 任务分解表 rows, in document order. */
export function taskTableOf(doc: PlanDocument): TaskRow[] {
  const rows: TaskRow[] = [];
  const fromSection = (s: Section, prefix: string) => {
    const label = prefix ? `${prefix} / ${sectionLabel(s)}` : sectionLabel(s);
    for (const it of s.items) rows.push(rowOf(it, label));
    for (const sub of s.subsections) for (const it of sub.items) rows.push(rowOf(it, label));
  };
  for (const it of doc.looseItems) rows.push(rowOf(it, ''));
  for (const s of doc.sections) fromSection(s, '');
  for (const p of doc.parts) {
    for (const it of p.items) rows.push(rowOf(it, partLabel(p)));
    for (const s of p.sections) fromSection(s, partLabel(p));
  }
  return rows.sort((a, b) => a.line - b.line);
}

/** A row as the eight cells of the table, in column order. */
export function rowCells(row: TaskRow): (string | number)[] {
  return [row.number, row.part, row.task, row.target, row.measures, row.lead, row.responsible, row.deadline];
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
