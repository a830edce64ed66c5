// Changes to a `.planmark.json` text that quick fixes ask for (add a unit, turn a rule
// off), made with jsonc-parser so that the file keeps its formatting and comments. Pure:
// the adapters read and write the file.
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree } from 'jsonc-parser';
import type { ConfigChange } from '../lint/types';

const FORMAT = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** The indentation a file uses (its first indented line), so that new entries match it. */
function formattingOf(text: string): typeof FORMAT {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!indent) return { ...FORMAT, eol };
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

/**
 * The text of `.planmark.json` after `change`: `text` undefined means the file does not
 * exist yet (a new file is written). Returns the text unchanged when there is nothing to do
 * (the unit is listed already, the rule is off already); undefined when the file is not an
 * object that can take the change.
 */
export function applyConfigChange(text: string | undefined, change: ConfigChange): string | undefined {
  const source = text === undefined || !text.trim() ? '{}\n' : text;
  const tree = parseTree(source);
  if (!tree || tree.type !== 'object') return undefined;
  const formattingOptions = formattingOf(source);
  if (change.kind === 'add-unit') {
    const units = findNodeAtLocation(tree, ['units']);
    if (units && units.type !== 'array') return undefined;
    const listed = (units ? getNodeValue(units) as unknown[] : []).some(u => u === change.name || (typeof u === 'object' && u !== null && (u as { name?: unknown }).name === change.name));
    if (listed) return source;
    const path = units ? ['units', units.children?.length ?? 0] : ['units'];
    const value = units ? change.name : [change.name];
    return applyEdits(source, modify(source, path, value, { formattingOptions, isArrayInsertion: !!units }));
  }
  const rules = findNodeAtLocation(tree, ['rules']);
  if (rules && rules.type !== 'object') return undefined;
  if (rules && findNodeAtLocation(rules, [change.rule]) && getNodeValue(findNodeAtLocation(rules, [change.rule])!) === 'off') return source;
  return applyEdits(source, modify(source, ['rules', change.rule], 'off', { formattingOptions }));
}
