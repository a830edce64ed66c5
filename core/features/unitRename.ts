// Rename a unit in every plan and in `.planmark.json`. What is renamed is the name as
// written at the caret: renaming 人事股 renames every 人事股 and the configured entry's
// name, and keeps its aliases (人事师训股 stays, and stays an alias); renaming at an alias
// renames that alias everywhere it is written, and in the entry's aliases.
import { modify, parseTree, findNodeAtLocation, type Node } from 'jsonc-parser';
import type { PlanDocument, Position, Range } from '../model';
import { unitKey, type UnitLookup } from '../units/registry';
import { occurrencesOfUnit, type PlanIndex } from './planIndex';
import { unitAtPosition } from './unitReferences';
import type { Locale, Message } from './util';
import { msg } from './util';

export interface PlanTextEdit {
  range: Range;
  newText: string;
}

/** Edits by URI. */
export type PlanWorkspaceEdit = Map<string, PlanTextEdit[]>;

export const RENAME_MESSAGES = {
  notAUnit: { en: 'Only a unit name can be renamed here', zh: '此处不是单位名称，无法重命名' },
  emptyName: { en: 'A unit name cannot be empty', zh: '单位名称不能为空' },
  badName: { en: 'A unit name cannot contain separators (、，,；;) or line breaks', zh: '单位名称不能包含分隔符（、，,；;）或换行' },
} satisfies Record<string, Message>;

/** The written name at the caret and its range, or undefined where there is no unit. */
export function prepareUnitRename(doc: PlanDocument, pos: Position): { range: Range; placeholder: string } | undefined {
  const unit = unitAtPosition(doc, pos);
  if (!unit) return undefined;
  const r = unit.range;
  const line = doc.lines[r.start.line] ?? '';
  const placeholder = r.start.line === r.end.line ? line.slice(r.start.character, r.end.character) : unit.name;
  return { range: r, placeholder: placeholder || unit.name };
}

/** Why `newName` cannot be a unit's name (a message), or undefined when it can. */
export function checkUnitName(newName: string, locale: Locale): string | undefined {
  if (!newName.trim()) return msg(locale, RENAME_MESSAGES.emptyName);
  if (/[、，,；;\r\n]/.test(newName)) return msg(locale, RENAME_MESSAGES.badName);
  return undefined;
}

function add(edit: PlanWorkspaceEdit, uri: string, e: PlanTextEdit): void {
  const list = edit.get(uri) ?? [];
  list.push(e);
  edit.set(uri, list);
}

/**
 * The edits that rename the unit written at `pos` in every indexed plan: every occurrence
 * written as it is at the caret (by the registry's comparison: spaces and bracket widths
 * aside). Other aliases of the same unit are kept.
 */
export function renameUnitInPlans(index: PlanIndex, doc: PlanDocument, pos: Position, newName: string, units: UnitLookup): PlanWorkspaceEdit | undefined {
  const unit = unitAtPosition(doc, pos);
  if (!unit) return undefined;
  const key = unitKey(unit.name);
  const edit: PlanWorkspaceEdit = new Map();
  for (const o of occurrencesOfUnit(index, unit.name, units)) {
    if (unitKey(o.name) === key) add(edit, o.uri, { range: o.range, newText: newName.trim() });
  }
  return edit;
}

/** Offsets → positions of a text (0-based lines, UTF-16 characters). */
function positionsOf(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return offset => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

/** The JSON path of the configured unit `written` names (its name or one of its aliases) in `.planmark.json`. */
export function configUnitNode(configText: string, written: string): { path: (string | number)[]; node: Node; isAlias: boolean } | undefined {
  const root = parseTree(configText);
  const list = root && findNodeAtLocation(root, ['units']);
  if (!list || list.type !== 'array') return undefined;
  const key = unitKey(written);
  for (const [i, entry] of (list.children ?? []).entries()) {
    if (entry.type === 'string' && unitKey(String(entry.value)) === key) return { path: ['units', i], node: entry, isAlias: false };
    if (entry.type !== 'object') continue;
    const name = findNodeAtLocation(entry, ['name']);
    if (name?.type === 'string' && unitKey(String(name.value)) === key) return { path: ['units', i, 'name'], node: name, isAlias: false };
    const aliases = findNodeAtLocation(entry, ['aliases']);
    for (const [j, a] of (aliases?.children ?? []).entries()) {
      if (a.type === 'string' && unitKey(String(a.value)) === key) return { path: ['units', i, 'aliases', j], node: a, isAlias: true };
    }
  }
  return undefined;
}

/** The range of a node of `configText`. */
export function configNodeRange(configText: string, node: Node): Range {
  const at = positionsOf(configText);
  return { start: at(node.offset), end: at(node.offset + node.length) };
}

/** The edits of `.planmark.json` that rename the configured name or alias `written` (none when it is not configured). */
export function renameUnitInConfig(configText: string, written: string, newName: string): PlanTextEdit[] {
  const found = configUnitNode(configText, written);
  if (!found) return [];
  const at = positionsOf(configText);
  return modify(configText, found.path, newName.trim(), { formattingOptions: { insertSpaces: true, tabSize: 2 } })
    .map(e => ({ range: { start: at(e.offset), end: at(e.offset + e.length) }, newText: e.content }));
}
