// Per-unit lists: for one unit or every unit, the items it leads (牵头) and joins (参与),
// as Markdown, DOCX (same 公文 layout as the document) or XLSX; one file per unit.
import type { PlanDocument } from '../model';
import { titleOf, type FlowNode } from './flow';
import { markdownOfFlow } from './markdown';
import { buildDocx, docxParagraphs, packDocx, type DocxOptions } from './docx';
import { taskTableOf, unitAssignments, type TaskRow, type UnitAssignment } from './taskTable';
import { buildWorkbook, workbookBytes } from './xlsx';
import { xmlSafe } from './xmlText';

import type { UnitListFormat } from './formats';
import { unitListResolver, type UnitListNaming } from './unitNames';

export { unitListResolver };

export interface UnitListFile {
  unit: string;
  /** Suggested file name: the unit name made safe for file systems, plus the extension. */
  fileName: string;
  data: Uint8Array | string;
}

const CHINESE_NUMERALS = ['一', '二', '三'];

/** Longest file-name stem kept from a unit name (UTF-8: 3 bytes a Chinese character, 255 at most). */
const MAX_STEM = 60;

/** FNV-1a of a string, as 8 hex digits: a stable suffix for a name that had to change. */
function stableHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(16).padStart(8, '0');
}

/**
 * A unit name as a file name: path separators, reserved and control characters replaced,
 * reserved device names and over-long names avoided. A name that had to change ends with a
 * short hash of the unit name, so two units never share a file and the same unit always
 * gets the same file.
 */
export function unitFileName(unit: string, extension: string): string {
  let base = unit.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  if (!base) base = 'unit';
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `_${base}`;
  if (base !== unit || [...base].length > MAX_STEM) base = `${[...base].slice(0, MAX_STEM).join('')}-${stableHash(unit).slice(0, 6)}`;
  return `${base}.${extension}`;
}

export interface UnitListOptions extends DocxOptions, UnitListNaming {
  /** One unit (a name or an alias); omitted = every unit. */
  unit?: string;
}

/** Every list the document gives, in order of first appearance (aliases merged, groups as chosen). */
export function unitsOf(doc: PlanDocument, options: Pick<UnitListOptions, 'units' | 'groups'> = {}): string[] {
  return unitAssignments(taskTableOf(doc), unitListResolver(options)).map(a => a.unit);
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
      const sheet = xmlSafe(a.unit).replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || '任务清单';
      // Each file counts what it removed (an item in two units' lists is counted in both files).
      const removed = { removed: 0 };
      const wb = buildWorkbook([{ name: sheet, title: listTitle(a.unit), header: XLSX_COLUMNS, widths: XLSX_WIDTHS, rows, centred: [1, 2, 7, 9], removed }], listTitle(a.unit));
      if (options.report) options.report.removedCharacters += removed.removed;
      return workbookBytes(wb);
    }
  }
}

/** A list to write: its unit, its file name and its rows (not yet rendered). */
export interface PlannedUnitList {
  unit: string;
  fileName: string;
  assignment: UnitAssignment;
}

/**
 * The lists for one unit (`options.unit`) or for every unit, with their file names, without
 * rendering them (an editor asks before replacing files). Throws when the unit is not named.
 */
export function planUnitLists(doc: PlanDocument, format: UnitListFormat, options: Pick<UnitListOptions, 'unit' | 'units' | 'groups'> = {}): PlannedUnitList[] {
  const resolve = unitListResolver(options);
  const all = unitAssignments(taskTableOf(doc), resolve);
  let chosen = all;
  if (options.unit !== undefined) {
    const unit = options.unit.trim();
    // The unit as written, or any name of it (an alias, a member's group expanded).
    const names = new Set([unit, ...resolve(unit)]);
    chosen = all.filter(a => names.has(a.unit));
    if (!chosen.length) throw new UnitNotFoundError(unit, all.map(a => a.unit));
  }
  const used = new Set<string>();
  return chosen.map(a => {
    let fileName = unitFileName(a.unit, format);
    // Names equal but for case (a case-insensitive file system): the second gets a hash too.
    if (used.has(fileName.toLowerCase())) fileName = `${fileName.slice(0, -format.length - 1)}-${stableHash(a.unit).slice(0, 6)}.${format}`;
    used.add(fileName.toLowerCase());
    return { unit: a.unit, fileName, assignment: a };
  });
}

/** One planned list rendered (`options.report` counts the characters XML cannot hold it removed). */
export function renderUnitList(doc: PlanDocument, list: PlannedUnitList, format: UnitListFormat, options: DocxOptions = {}): Promise<Uint8Array | string> {
  return renderOne(list.assignment, titleOf(doc), format, options);
}

/** Lists for one unit (`options.unit`) or for every unit. Throws when the unit is not named in the document. */
export async function exportUnitLists(doc: PlanDocument, format: UnitListFormat, options: UnitListOptions = {}): Promise<UnitListFile[]> {
  const out: UnitListFile[] = [];
  for (const list of planUnitLists(doc, format, options)) out.push({ unit: list.unit, fileName: list.fileName, data: await renderUnitList(doc, list, format, options) });
  return out;
}

export class UnitNotFoundError extends Error {
  constructor(readonly unit: string, readonly known: string[]) {
    super(`unit not found: ${unit}`);
  }
}
