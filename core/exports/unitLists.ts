// Per-unit lists: for one unit or every unit, the items it leads (牵头) and joins (参与),
// as Markdown, DOCX (same 公文 layout as the document) or XLSX; one file per unit.
import type { PlanDocument } from '../model';
import { titleOf, type FlowNode } from './flow';
import { markdownOfFlow } from './markdown';
import { buildDocx, docxParagraphs, packDocx, type DocxOptions } from './docx';
import { taskTableOf, unitAssignments, type TaskRow, type UnitAssignment } from './taskTable';
import { buildWorkbook, workbookBytes } from './xlsx';

import type { UnitListFormat } from './formats';

export interface UnitListFile {
  unit: string;
  /** Suggested file name: the unit name made safe for file systems, plus the extension. */
  fileName: string;
  data: Uint8Array | string;
}

const CHINESE_NUMERALS = ['一', '二', '三'];

/** Every unit named in the document, in order of first appearance. */
export function unitsOf(doc: PlanDocument): string[] {
  return unitAssignments(taskTableOf(doc)).map(a => a.unit);
}

/** A unit name as a file name: no path separators, reserved or control characters. */
export function unitFileName(unit: string, extension: string): string {
  let base = unit.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  if (!base) base = 'unit';
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `_${base}`;
  return `${base.slice(0, 100)}.${extension}`;
}

function listTitle(unit: string): string {
  return `${unit}工作任务清单`;
}

function rowNodes(row: TaskRow, role: '牵头' | '参与'): FlowNode[] {
  const nodes: FlowNode[] = [{ kind: 'heading', level: 'item', prefix: `${row.number}.`, title: row.task, rest: '', line: row.line }];
  const field = (label: string, text: string) => { if (text) nodes.push({ kind: 'block', label, colon: ':', paragraphs: text.split('\n'), line: row.line }); };
  field('所属部分', row.part);
  field('目标任务', row.target);
  field('工作措施', row.measures);
  if (role === '参与') field('牵头单位', row.lead);
  field('配合单位', row.cooperate);
  field('完成时限', row.deadline);
  return nodes;
}

/** The list of one unit as printable nodes. */
export function unitListFlow(a: UnitAssignment, docTitle: string): FlowNode[] {
  const nodes: FlowNode[] = [{ kind: 'title', text: listTitle(a.unit) }];
  const intro = `${docTitle ? `根据《${docTitle}》,` : ''}${a.unit}牵头${a.leads.length}项、参与${a.joins.length}项工作任务。`;
  nodes.push({ kind: 'paragraph', text: intro, line: 0, role: 'preamble' });
  const groups: [string, '牵头' | '参与', TaskRow[]][] = [['牵头任务', '牵头', a.leads], ['参与任务', '参与', a.joins]];
  let n = 0;
  for (const [label, role, rows] of groups) {
    if (!rows.length) continue;
    nodes.push({ kind: 'heading', level: 'section', prefix: `${CHINESE_NUMERALS[n++]}、`, title: `${label}(${rows.length}项)`, rest: '', line: 0 });
    for (const r of rows) nodes.push(...rowNodes(r, role));
  }
  return nodes;
}

const XLSX_COLUMNS = ['角色', '序号', '所属部分', '工作任务', '目标任务', '工作措施', '牵头单位', '配合单位', '完成时限'];
const XLSX_WIDTHS = [5, 5, 16, 20, 26, 40, 11, 16, 11];

async function renderOne(a: UnitAssignment, docTitle: string, format: UnitListFormat, options: DocxOptions): Promise<Uint8Array | string> {
  switch (format) {
    case 'md':
      return markdownOfFlow(unitListFlow(a, docTitle), false);
    case 'docx':
      return packDocx(buildDocx(docxParagraphs(unitListFlow(a, docTitle), options), listTitle(a.unit), options), options);
    case 'xlsx': {
      const rows = [
        ...a.leads.map(r => ['牵头', r.number, r.part, r.task, r.target, r.measures, r.lead, r.cooperate, r.deadline]),
        ...a.joins.map(r => ['参与', r.number, r.part, r.task, r.target, r.measures, r.lead, r.cooperate, r.deadline]),
      ];
      // Excel sheet names: at most 31 characters, none of []:*?/\
      const sheet = a.unit.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || '任务清单';
      return workbookBytes(buildWorkbook([{ name: sheet, title: listTitle(a.unit), header: XLSX_COLUMNS, widths: XLSX_WIDTHS, rows, centred: [1, 2, 7, 9] }], listTitle(a.unit)));
    }
  }
}

export interface UnitListOptions extends DocxOptions {
  /** One unit; omitted = every unit. */
  unit?: string;
}

/** Lists for one unit (`options.unit`) or for every unit. Throws when the unit is not named in the document. */
export async function exportUnitLists(doc: PlanDocument, format: UnitListFormat, options: UnitListOptions = {}): Promise<UnitListFile[]> {
  const all = unitAssignments(taskTableOf(doc));
  let chosen = all;
  if (options.unit !== undefined) {
    const unit = options.unit.trim();
    const found = all.find(a => a.unit === unit);
    if (!found) throw new UnitNotFoundError(unit, all.map(a => a.unit));
    chosen = [found];
  }
  const docTitle = titleOf(doc);
  const used = new Set<string>();
  const out: UnitListFile[] = [];
  for (const a of chosen) {
    let fileName = unitFileName(a.unit, format);
    for (let i = 2; used.has(fileName.toLowerCase()); i++) fileName = unitFileName(`${a.unit}-${i}`, format);
    used.add(fileName.toLowerCase());
    out.push({ unit: a.unit, fileName, data: await renderOne(a, docTitle, format, options) });
  }
  return out;
}

export class UnitNotFoundError extends Error {
  constructor(readonly unit: string, readonly known: string[]) {
    super(`unit not found: ${unit}`);
  }
}
