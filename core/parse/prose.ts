// Responsibility written in prose, the second way plans name units (after label blocks):
//   县教育局负责，县财政局、县人社局配合。   由县卫健委负责。   市发改委牵头，各有关部门按职责分工负责。
//   县教育局、县财政局牵头。   县应急局牵头负责。   …完成改造任务（县住建局负责）。
// Each clause that names units before one of these verbs becomes a block of origin `prose`
// (lead, responsible or cooperating units), with a range for every unit; the text stays
// where it was written. The units must look like organisations (core/text/orgName.ts),
// so 学校负责人 or 实行校长负责制 never name a unit.
import type { Block, BlockKind, Range, TextSpan } from '../model';
import { looksLikeOrganisation, NOT_VERB_AFTER } from '../text/orgName';
import type { GenerationCache } from './cache';
import { parentheses } from './parens';
import { parseUnitList, type UnitListToken } from './unitList';

/** The verbs that end a clause naming units, and what they make the units. */
const CLAUSE = new RegExp(
  '^(由)?(.+?)(牵头负责|牵头|按职责分工负责|按职责负责|分工负责|共同负责|负责|配合|协助|协同|参与)(?!' + NOT_VERB_AFTER.join('|') + ')',
);

const ROLE: Record<string, BlockKind> = {
  牵头负责: 'lead', 牵头: 'lead', 负责: 'responsible', 按职责分工负责: 'responsible', 按职责负责: 'responsible',
  分工负责: 'responsible', 共同负责: 'responsible', 配合: 'cooperate', 协助: 'cooperate', 协同: 'cooperate', 参与: 'cooperate',
};

const RESPONSIBILITY_WORD = /负责|牵头|配合|协助|协同|参与/;

/** Clauses between commas, semicolons, colons and sentence ends. */
function clauses(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || /[，,；;。！？!?：:]/.test(text[i])) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** The blocks one clause names, if its text before the verb is a list of organisations. */
function clauseBlock(text: string, start: number, end: number, line: number, base: number, cache?: GenerationCache<UnitListToken[]>): Block | undefined {
  let s = start;
  while (s < end && /[\s\u3000]/.test(text[s])) s++;
  const clause = text.slice(s, end);
  const m = CLAUSE.exec(clause);
  if (!m) return undefined;
  const [, by, written, verb] = m;
  // 有关情况由专人负责: the units are what follows 由.
  const after = written.lastIndexOf('由');
  const units = after >= 0 ? written.slice(after + 1) : written;
  // After 负责 a verb phrase may follow (负责组织实施), after 牵头 and 配合 only the clause end.
  const rest = clause.slice(m[0].length);
  if (rest && !/负责$/.test(verb) && !/^[\s\u3000]*$/.test(rest)) return undefined;
  const names = units.split(/[、，,]/).map(n => n.trim()).filter(Boolean);
  if (!names.length || !names.every(looksLikeOrganisation)) return undefined;
  const unitsStart = s + (by ? by.length : 0) + (after >= 0 ? after + 1 : 0);
  const verbStart = unitsStart + units.length;
  const r = (a: number, b: number): Range => ({ start: { line, character: base + a }, end: { line, character: base + b } });
  const kind = ROLE[verb];
  return {
    kind: 'block', blockKind: kind, label: verb, labelRange: r(verbStart, verbStart + verb.length),
    text: units, textRange: r(unitsStart, verbStart),
    range: r(s, s + m[0].length), selectionRange: r(verbStart, verbStart + verb.length),
    unitList: parseUnitList(units, line, base + unitsStart, cache), enumerations: [], origin: 'prose',
  };
}

/**
 * The units a one-line text names in prose, in reading order: clauses of the text itself and
 * of its parenthesised notes (…完成改造（县住建局负责）。).
 */
export function proseResponsibility(span: TextSpan, cache?: GenerationCache<UnitListToken[]>): Block[] {
  const text = span.text;
  if (!RESPONSIBILITY_WORD.test(text)) return [];
  const line = span.range.start.line;
  const base = span.range.start.character;
  const out: Block[] = [];
  // Clauses outside notes, and inside each note, each cut at the note's edges. A parenthesis
  // that names no responsibility is part of the text (各县（市、区）人民政府).
  const notes = parentheses(text).filter(p => RESPONSIBILITY_WORD.test(text.slice(p.open + 1, p.close)));
  const pieces: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of notes) {
    pieces.push({ start: at, end: p.open }, { start: p.open + 1, end: p.close });
    at = p.close + 1;
  }
  pieces.push({ start: at, end: text.length });
  for (const piece of pieces) {
    for (const c of clauses(text, piece.start, piece.end)) {
      const block = clauseBlock(text, c.start, c.end, line, base, cache);
      if (block) out.push(block);
    }
  }
  return out;
}
