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

/** The grammar's `unitList` rule, by Ohm (the reference scanUnitList is tested against). */
export function tokenizeWithGrammar(text: string): Token[] {
  const match = getGrammars().Plan.match(text, 'unitList');
  return match.succeeded() ? tokenSemantics()(match).tokens() as Token[] : [];
}

/** The literals of unitList's lexical rules, read from the grammar. */
interface Lexicon { separator: Set<string>; end: Set<string>; space: Set<string>; lparen: Set<string>; rparen: Set<string>; noteWords: string[] }

let lexicon: Lexicon | null | undefined;

/** A rule's literals when its body is an alternation of string literals (as `separator = "、" | …`). */
function literalsOf(rule: string): string[] | undefined {
  const body = getGrammars().Plan.rules[rule]?.body as unknown as { terms?: { obj?: unknown }[] } | undefined;
  return body?.terms?.every(t => typeof t.obj === 'string' && t.obj.length > 0) ? body.terms.map(t => t.obj as string) : undefined;
}

/**
 * unitList's lexicon from grammar/plan.ohm (`separator`, `listEnd`, `listSpace`, `lparen`,
 * `rparen`: one character each; `noteWord`), or null when the grammar's rules no longer
 * have that shape (then Ohm tokenizes every list).
 */
function getLexicon(): Lexicon | null {
  if (lexicon !== undefined) return lexicon;
  const [separator, end, space, lparen, rparen, noteWords] = ['separator', 'listEnd', 'listSpace', 'lparen', 'rparen', 'noteWord'].map(literalsOf);
  const single = (l: string[] | undefined) => l && l.every(s => s.length === 1) ? new Set(l) : undefined;
  const sets = [single(separator), single(end), single(space), single(lparen), single(rparen)];
  lexicon = sets.every(Boolean) && noteWords
    ? { separator: sets[0]!, end: sets[1]!, space: sets[2]!, lparen: sets[3]!, rparen: sets[4]!, noteWords }
    : null;
  return lexicon;
}

/**
 * The grammar's `unitList` without Ohm: the same tokens, in one pass over the text with the
 * grammar's own literals (test/core/parse/unitList.test.ts holds it equal to Ohm's on real and
 * random lists). The rules it follows, from grammar/plan.ohm:
 *   listToken = unitNote | unitName | separator | listEnd | listSpace | stray
 *   unitNote  = lparen &noteWord (~rparen any)* rparen?
 *   unitName  = (nameChar | nameParen)+
 *   nameParen = ~unitNote lparen (~rparen ~lparen any)* rparen
 *   nameChar  = ~(separator | listEnd | lparen | rparen | listSpace) any
 */
export function scanUnitList(text: string, lx: Lexicon): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const noteAt = (at: number) => lx.lparen.has(text[at]) && lx.noteWords.some(w => text.startsWith(w, at + 1));
  const plain = (ch: string) => !(lx.separator.has(ch) || lx.end.has(ch) || lx.lparen.has(ch) || lx.rparen.has(ch) || lx.space.has(ch));
  const push = (type: Token['type'], start: number, end: number) => tokens.push({ type, start, end, text: text.slice(start, end) });
  let i = 0;
  while (i < n) {
    if (noteAt(i)) {
      let j = i + 1;
      while (j < n && !lx.rparen.has(text[j])) j++;
      push('note', i, j < n ? j + 1 : j);
      i = j < n ? j + 1 : j;
      continue;
    }
    let j = i;
    while (j < n) {
      // (By UTF-16 units: the literals are single units, so a surrogate pair is two plain ones.)
      if (plain(text[j])) { j++; continue; }
      if (!lx.lparen.has(text[j]) || noteAt(j)) break;
      let k = j + 1;
      while (k < n && !lx.rparen.has(text[k]) && !lx.lparen.has(text[k])) k++;
      if (k >= n || !lx.rparen.has(text[k])) break;
      j = k + 1;
    }
    if (j > i) { push('name', i, j); i = j; continue; }
    // Not a name: a literal, or a parenthesis that opens or closes nothing (`stray`).
    const ch = text[i];
    push(lx.separator.has(ch) ? 'separator' : lx.end.has(ch) ? 'end' : lx.space.has(ch) ? 'space' : 'stray', i, i + 1);
    i++;
  }
  return tokens;
}

function tokenize(text: string): Token[] {
  const lx = getLexicon();
  // Tokens may be cached beyond the document: their texts are copies, not slices of it.
  return (lx ? scanUnitList(text, lx) : tokenizeWithGrammar(text)).map(t => ({ ...t, text: detach(t.text) }));
}

/** The lexicon scanUnitList reads (for tests). */
export function unitListLexicon(): Lexicon | null {
  return getLexicon();
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
