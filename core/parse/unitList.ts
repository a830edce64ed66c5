// Parses the text of a unit block (责任股室, 牵头单位 …) with the grammar's `unitList`.
import type * as ohm from 'ohm-js';
import type { Range, UnitList } from '../model';
import { detach } from '../text/detach';
import type { GenerationCache } from './cache';
import { getGrammars } from './grammar';

export type UnitListToken = { type: 'name' | 'note' | 'separator' | 'end' | 'space' | 'stray'; start: number; end: number; text: string };
type Token = UnitListToken;

let semantics: ohm.Semantics | undefined;

function tokenSemantics(): ohm.Semantics {
  if (semantics) return semantics;
  const tok = (type: Token['type'], node: ohm.Node): Token =>
    ({ type, start: node.source.startIdx, end: node.source.endIdx, text: node.sourceString });
  semantics = getGrammars().Plan.createSemantics().addOperation<Token | Token[]>('tokens', {
    unitList(iter: ohm.Node) { return iter.children.map(c => c.tokens()); },
    listToken(alt: ohm.Node) { return alt.tokens(); },
    unitName(this: ohm.Node, _parts: ohm.Node) { return tok('name', this); },
    unitNote(this: ohm.Node, _l: ohm.Node, _w: ohm.Node, _t: ohm.Node, _r: ohm.Node) { return tok('note', this); },
    separator(this: ohm.Node, _s: ohm.Node) { return tok('separator', this); },
    listEnd(this: ohm.Node, _s: ohm.Node) { return tok('end', this); },
    listSpace(this: ohm.Node, _s: ohm.Node) { return tok('space', this); },
    stray(this: ohm.Node, _s: ohm.Node) { return tok('stray', this); },
  });
  return semantics;
}

function tokenize(text: string): Token[] {
  const match = getGrammars().Plan.match(text, 'unitList');
  // Tokens may be cached beyond the document: their texts are copies, not slices of it.
  return match.succeeded() ? (tokenSemantics()(match).tokens() as Token[]).map(t => ({ ...t, text: detach(t.text) })) : [];
}

/** The words that leave a list open (`县财政局等部门`): not part of the last name. */
const OPEN_ENDED = /等(?:单位|部门|股室)?$/;

/**
 * Parses a unit list that starts at `character` on `line` (single-line lists). A parser
 * passes its `cache` so that re-parsing an edited document re-tokenizes only changed lists.
 */
export function parseUnitList(text: string, line: number, character: number, cache?: GenerationCache<Token[]>): UnitList {
  const at = (start: number, end: number): Range => ({
    start: { line, character: character + start }, end: { line, character: character + end },
  });
  const list: UnitList = { units: [], notes: [], emptySlots: [], separators: [] };
  // Only the first line of a block is a unit list (unit blocks are one line).
  const firstLine = text.split('\n', 1)[0];
  let lastSeparatorEnd = -1; // end of a separator with no unit after it yet
  let sawUnit = false;
  for (const t of cache ? cache.get(firstLine, () => tokenize(firstLine)) : tokenize(firstLine)) {
    switch (t.type) {
      case 'name': {
        // 县财政局等 / 县财政局等部门: the list goes on in words; the unit is what precedes them.
        const open = OPEN_ENDED.exec(t.text);
        const end = open && open.index >= 2 ? t.end - open[0].length : t.end;
        list.units.push({ name: t.text.slice(0, end - t.start), range: at(t.start, end) });
        lastSeparatorEnd = -1;
        sawUnit = true;
        break;
      }
      case 'note':
        list.notes.push({ text: t.text, range: at(t.start, t.end) });
        // 县发展改革局（牵头）: the mark says which unit leads.
        if (/^[(\uFF08]\s*牵头\s*[)\uFF09]?$/.test(t.text) && lastSeparatorEnd < 0 && list.units.length && !list.markedLead) {
          list.markedLead = list.units[list.units.length - 1];
        }
        break;
      case 'separator':
        // The superfluous separator itself is the slot, so deleting it is the fix.
        if (lastSeparatorEnd >= 0 || !sawUnit) list.emptySlots.push(at(t.start, t.end));
        list.separators.push(t.text);
        lastSeparatorEnd = t.end;
        break;
      case 'end':
        // `办公室、。`: the dangling separator is the empty slot.
        if (lastSeparatorEnd >= 0) list.emptySlots.push(at(lastSeparatorEnd - 1, lastSeparatorEnd));
        lastSeparatorEnd = -1;
        break;
      default:
        break;
    }
  }
  if (lastSeparatorEnd >= 0) list.emptySlots.push(at(lastSeparatorEnd - 1, lastSeparatorEnd));
  return list;
}
