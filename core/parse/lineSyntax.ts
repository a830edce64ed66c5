// Classifies single lines with the grammar's `line` rule, caching by line text so
// that re-parsing an edited document only runs Ohm on lines it has not seen.
import type * as ohm from 'ohm-js';
import type { DirectiveKind, LabeledLine, LineSyntax } from '../model';
import { detach } from '../text/detach';
import { GenerationCache } from './cache';
import { getGrammars } from './grammar';
import { quickLine } from './quickLine';
import { chineseToNumber, circledToNumber, digitsToNumber } from '../domain/numerals';

type Node = ohm.Node;

let semantics: ohm.Semantics | undefined;

function end(node: Node): number { return node.source.endIdx; }
function start(node: Node): number { return node.source.startIdx; }

function getSemantics(): ohm.Semantics {
  if (semantics) return semantics;
  const { Plan } = getGrammars();
  semantics = Plan.createSemantics().addOperation<LineSyntax>('lineSyntax', {
    line(alt: Node) { return alt.lineSyntax(); },
    blank(indent: Node, _eol: Node) {
      return { kind: 'blank', indent: end(indent), textStart: end(indent) };
    },
    fence(indent: Node, dashes: Node, _more: Node, _trail: Node, _eol: Node) {
      return { kind: 'fence', indent: end(indent), markerStart: start(dashes), markerEnd: end(_more), textStart: end(_more) };
    },
    directive(indent: Node, slashes: Node, _s: Node, _p: Node, name: Node, _s2: Node, ids: Node, text: Node) {
      const ruleIds = ids.sourceString.split(/[\s,\uFF0C\u00A0\u3000]+/).filter(Boolean);
      return {
        kind: 'directive', indent: end(indent), markerStart: start(slashes), markerEnd: end(slashes),
        textStart: start(text), directive: name.sourceString as DirectiveKind, ruleIds,
      };
    },
    comment(indent: Node, slashes: Node, text: Node) {
      return { kind: 'comment', indent: end(indent), markerStart: start(slashes), markerEnd: end(slashes), textStart: start(text) };
    },
    part(indent: Node, di: Node, num: Node, word: Node, text: Node) {
      return {
        kind: 'part', indent: end(indent), marker: di.sourceString + num.sourceString + word.sourceString,
        markerStart: start(di), markerEnd: end(word), value: chineseToNumber(num.sourceString), textStart: start(text),
      };
    },
    section(indent: Node, num: Node, _s: Node, sep: Node, text: Node) {
      return {
        kind: 'section', indent: end(indent), marker: num.sourceString, markerStart: start(num), markerEnd: end(sep),
        value: chineseToNumber(num.sourceString), separator: sep.sourceString, textStart: start(text),
      };
    },
    subsection(indent: Node, lp: Node, _s: Node, num: Node, _s2: Node, rp: Node, text: Node) {
      return {
        kind: 'subsection', indent: end(indent), marker: `${lp.sourceString}${num.sourceString}${rp.sourceString}`, markerStart: start(lp), markerEnd: end(rp),
        value: chineseToNumber(num.sourceString), separator: lp.sourceString + rp.sourceString, textStart: start(text),
      };
    },
    item(indent: Node, digits: Node, _s: Node, sep: Node, text: Node) {
      // Spaces after the separator (`25. 强化…`) are not part of the title.
      const raw = text.sourceString;
      const lead = raw.length - raw.replace(/^[\s\u00A0\u3000]+/, '').length;
      return {
        kind: 'item', indent: end(indent), marker: digits.sourceString, markerStart: start(digits), markerEnd: end(sep),
        value: digitsToNumber(digits.sourceString), separator: sep.sourceString, textStart: start(text) + lead,
      };
    },
    subitem(indent: Node, num: Node, text: Node) {
      const marker = num.sourceString;
      const digits = marker.replace(/[^0-9\uFF10-\uFF19]/g, '');
      return {
        kind: 'subitem', indent: end(indent), marker, markerStart: start(num), markerEnd: end(num),
        value: digits ? digitsToNumber(digits) : circledToNumber(marker), textStart: start(text),
      };
    },
    labeled(indent: Node, key: Node, _s: Node, qualifier: Node, _s2: Node, colon: Node, text: Node) {
      const labeled: LabeledLine = {
        kind: 'labeled', indent: end(indent), marker: key.sourceString.trim(), markerStart: start(key),
        markerEnd: start(key) + key.sourceString.trimEnd().length, separator: colon.sourceString, textStart: start(text),
      };
      return qualifier.sourceString ? { ...labeled, qualifier: qualifier.sourceString } : labeled;
    },
    paragraph(text: Node) {
      return { kind: 'paragraph', indent: 0, textStart: start(text) };
    },
  });
  return semantics;
}

/**
 * How much of a line after its indent the grammar needs to see. Every line form is a
 * bounded prefix (marker, label, qualifier, colon) followed by `text`, which accepts
 * anything; so matching the head gives the same form as matching the whole line.
 * The exceptions are forms that must reach the end of the line (blank, fence) or read
 * a list (directive): those are matched again in full. Labels whose prefix does not
 * fit in the head are not labels (see build.ts).
 */
export const LINE_HEAD = 32;
const INDENT = /^[\t \u00A0\u3000\uFEFF]*/;

let matcher: ohm.Matcher | undefined;

function matchLine(input: string): LineSyntax {
  // Most lines' form is plain without Ohm (quickLine.ts, checked against the grammar).
  const quick = quickLine(input);
  if (quick) return detachStrings(quick);
  return matchLineWithGrammar(input);
}

/** The grammar's `line` rule and its semantics, always (the reference quickLine is tested against). */
export function matchLineWithGrammar(input: string): LineSyntax {
  // One reused matcher: creating a new one per line costs more than the match.
  matcher ??= getGrammars().Plan.matcher();
  matcher.setInput(input);
  const match = matcher.match('line');
  const syntax: LineSyntax = match.failed()
    // The grammar accepts every line; this only guards against a grammar bug.
    ? { kind: 'paragraph', indent: 0, textStart: 0 }
    : getSemantics()(match).lineSyntax() as LineSyntax;
  matcher.setInput(''); // the matcher would otherwise keep the line (and its document) alive
  return detachStrings(syntax);
}

/** Line syntax is cached across documents: its strings must be copies, not slices of a line. */
function detachStrings(syntax: LineSyntax): LineSyntax {
  switch (syntax.kind) {
    case 'directive': return { ...syntax, ruleIds: syntax.ruleIds.map(detach) };
    case 'labeled': return syntax.qualifier === undefined ? { ...syntax, marker: detach(syntax.marker) }
      : { ...syntax, marker: detach(syntax.marker), qualifier: detach(syntax.qualifier) };
    case 'part': case 'section': case 'subsection': case 'item': case 'subitem':
      return { ...syntax, marker: detach(syntax.marker) };
    default: return syntax;
  }
}

/**
 * Indents longer than this are not shown to the grammar (Ohm costs per character): the
 * line is matched without its indent and the positions are shifted back.
 */
const MAX_MATCHED_INDENT = 64;
/**
 * A directive's rule ids are read from at most this many characters after the indent
 * (a list of every rule id is about 250); the rest of a longer directive line is text.
 */
export const MAX_DIRECTIVE_LENGTH = 1024;
/** A fence is `---` and more dashes, then only white space (the grammar's `fence`). */
const FENCE_LINE = /^---+[\t \u00A0\u3000\uFEFF]*$/;

interface Head { head: string; indent: number; shift: number; rest: string }

/**
 * The part of a line the grammar needs: its indent and LINE_HEAD characters more; a long
 * indent is cut off (`shift` is what was cut), `rest` is the line from there.
 */
function headOf(text: string): Head {
  const indent = INDENT.exec(text)![0].length;
  const shift = indent > MAX_MATCHED_INDENT ? indent : 0;
  const rest = shift ? text.slice(shift) : text;
  const end = indent - shift + LINE_HEAD;
  return { head: rest.length > end ? rest.slice(0, end) : rest, indent, shift, rest };
}

/** Forms whose meaning depends on the whole line, not only its head. */
function needsWholeLine(syntax: LineSyntax): boolean {
  return syntax.kind === 'blank' || syntax.kind === 'fence' || syntax.kind === 'directive';
}

function shifted(syntax: LineSyntax, shift: number): LineSyntax {
  if (!shift) return syntax;
  const moved: Record<string, unknown> = { ...syntax };
  for (const key of ['indent', 'textStart', 'markerStart', 'markerEnd'] as const) {
    if (typeof moved[key] === 'number') moved[key] = (moved[key] as number) + shift;
  }
  return moved as unknown as LineSyntax;
}

function classifyHead(head: string, indent: number, shift: number): LineSyntax {
  const syntax = matchLine(head);
  // The grammar's paragraph takes the whole line as text; its text starts after the indent.
  return syntax.kind === 'paragraph' ? { kind: 'paragraph', indent, textStart: indent } : shifted(syntax, shift);
}

/**
 * A line whose head looks like a fence, a directive or a blank line, matched in full —
 * in linear time: a fence by a regular expression, a directive up to MAX_DIRECTIVE_LENGTH.
 */
function classifyWhole(h: Head, headSyntax: LineSyntax): LineSyntax {
  if (headSyntax.kind === 'fence') {
    const body = h.rest.slice(h.indent - h.shift);
    if (!FENCE_LINE.test(body)) return { kind: 'paragraph', indent: h.indent, textStart: h.indent };
    const dashesEnd = h.indent + /^-+/.exec(body)![0].length;
    return { ...headSyntax, markerEnd: dashesEnd, textStart: dashesEnd } as LineSyntax;
  }
  const limit = h.indent - h.shift + MAX_DIRECTIVE_LENGTH;
  return classifyHead(h.rest.length > limit ? h.rest.slice(0, limit) : h.rest, h.indent, h.shift);
}

function classify(text: string): LineSyntax {
  const h = headOf(text);
  const syntax = classifyHead(h.head, h.indent, h.shift);
  return h.head !== h.rest && needsWholeLine(syntax) ? classifyWhole(h, syntax) : syntax;
}

/**
 * Line classifications cached by line head (see LINE_HEAD: the head decides the form),
 * so typing in the body of a long line never runs Ohm again; two generations, see
 * cache.ts. Results are shared between lines and documents: read-only.
 */
export class LineSyntaxCache {
  private readonly cache = new GenerationCache<LineSyntax>();
  /** Lines with a long indent, keyed by the indent's length and the head after it. */
  private readonly indented = new GenerationCache<LineSyntax>();

  get hits(): number { return this.cache.hits + this.indented.hits; }
  get misses(): number { return this.cache.misses + this.indented.misses; }

  beginParse(): void {
    this.cache.nextGeneration();
    this.indented.nextGeneration();
  }

  get(text: string): LineSyntax {
    const h = headOf(text);
    const cache = h.shift ? this.indented : this.cache;
    const key = h.shift ? `${h.shift}:${h.head}` : h.head;
    const syntax = cache.get(key, () => classifyHead(h.head, h.indent, h.shift));
    // A truncated head that looks like a fence, a directive or a blank line must be
    // matched in full (cached under the whole line, which never equals a head).
    if (h.head === h.rest || !needsWholeLine(syntax)) return syntax;
    const whole = h.rest.length > h.indent - h.shift + MAX_DIRECTIVE_LENGTH && syntax.kind === 'directive'
      ? h.rest.slice(0, h.indent - h.shift + MAX_DIRECTIVE_LENGTH) : h.rest;
    return cache.get(h.shift ? `${h.shift}:${whole}` : whole, () => classifyWhole(h, syntax));
  }
}

/**
 * classifyLine's memo. The import steps (wraps, split, clean, numbering, title) classify
 * every line of a copy several times, outside any parser's cache; a directive or comment
 * line, which goes to Ohm, cost ~0.2 ms each time. Bounded: a new generation every
 * MEMO_GENERATION lookups, so it holds at most twice that many heads; lines longer than
 * MEMO_MAX_LINE are classified without it (a key is a copy of the line for fences).
 */
const memo = new LineSyntaxCache();
const MEMO_GENERATION = 8192;
const MEMO_MAX_LINE = 256;
let memoLookups = 0;

/** The syntax of one line, for callers without a parser of their own (import, table cells). */
export function classifyLine(text: string): LineSyntax {
  if (text.length > MEMO_MAX_LINE) return classify(text);
  if (++memoLookups >= MEMO_GENERATION) { memoLookups = 0; memo.beginParse(); }
  return memo.get(text);
}
