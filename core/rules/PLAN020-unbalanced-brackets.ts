// 《》 “” () 〔〕 【】 that do not pair up within a line; reported at the unmatched one.
// One defect, one finding: a reversed pair (`”双减“`) and a mismatched pair (`（试行】`)
// are reported once, over both characters; the brackets of a 文号 that PLAN021 reports,
// and brackets inside web residue (PLAN018), are left to those rules.
import type { LineReport, Message, Rule } from '../lint/types';
import { misbracketedDocNumbers } from './PLAN021-document-number-brackets';
import { checkLines, inResidue, type ScanLine } from './shared';

/** Opening and closing characters by pair; ASCII ( and full-width \uFF08 count as the same bracket. */
const OPEN: Record<string, number> = { '《': 0, '“': 1, '(': 2, '\uFF08': 2, '〔': 3, '【': 4 };
const CLOSE: Record<string, number> = { '》': 0, '”': 1, ')': 2, '\uFF09': 2, '〕': 3, '】': 4 };
const PAIRS = [['《', '》'], ['“', '”'], ['\uFF08', '\uFF09'], ['〔', '〕'], ['【', '】']];
const ANY = /[《》“”()\uFF08\uFF09〔〕【】]/;
const EACH = /[《》“”()\uFF08\uFF09〔〕【】]/g;
/** `1)` `a)` as a list marker at the start of a line. */
const LIST_MARKER = /^[\s\u3000]*[0-9A-Za-z]{1,2}[)\uFF09]/;

const MESSAGES: Record<'no-open' | 'no-close' | 'reversed' | 'mismatched', Message> = {
  'no-open': { en: 'Unmatched {0}: no {1} before it on this line', zh: '“{0}”缺少与之配对的“{1}”' },
  'no-close': { en: 'Unmatched {0}: no {1} after it on this line', zh: '“{0}”缺少与之配对的“{1}”' },
  'reversed': { en: 'Reversed {0}…{1}: the closing {0} comes before the opening {1} (write {1}…{0})', zh: '“{0}…{1}”前后颠倒，应为“{1}…{0}”' },
  'mismatched': { en: 'Mismatched {0}…{1}: {0} closes with {2}, {1} opens with {3}', zh: '“{0}…{1}”不配对：“{0}”应与“{2}”配对，“{1}”应与“{3}”配对' },
};

/** A bracket left without its partner: where, which pair, and whether it opens. */
interface Unmatched { at: number; pair: number; opens: boolean }

/** The unmatched brackets of a line, in order, leaving out the brackets of `own` (a 文号's) and of web residue. */
function unmatchedIn(s: ScanLine, own: ReadonlySet<number> | undefined): Unmatched[] {
  const text = s.text;
  const stacks: number[][] = [[], [], [], [], []];
  const closes: Unmatched[] = [];
  const marker = LIST_MARKER.exec(text);
  const listMarker = marker ? marker[0].length - 1 : -1;
  const residue = s.residue.phrases.length > 0;
  let open = 0;
  EACH.lastIndex = s.from;
  for (let m = EACH.exec(text); m; m = EACH.exec(text)) {
    const i = m.index;
    if (own?.has(i) || (residue && inResidue(s, i, i + 1))) continue;
    const opening = OPEN[m[0]];
    if (opening !== undefined) { stacks[opening].push(i); open++; continue; }
    const close = CLOSE[m[0]];
    if (close === undefined || i === listMarker) continue;
    if (stacks[close].length) { stacks[close].pop(); open--; }
    else closes.push({ at: i, pair: close, opens: false });
  }
  if (!open) return closes;
  const all = closes;
  stacks.forEach((stack, pair) => { for (const at of stack) all.push({ at, pair, opens: true }); });
  return all.sort((a, b) => a.at - b.at);
}

/** The findings on one scanned line, leaving out the brackets of `own` (a 文号's). */
function scanBrackets(s: ScanLine, own: ReadonlySet<number> | undefined, report: LineReport): void {
  const text = s.text;
  if (!ANY.test(text) || s.residue.line) return;
  const events = unmatchedIn(s, own);
  for (let k = 0; k < events.length; k++) {
    const a = events[k];
    const b = events[k + 1];
    const ch = text[a.at];
    if (b && !a.opens && b.opens && a.pair === b.pair) {
      // `”双减“`: one pair written the wrong way round.
      report(a.at, b.at + 1, MESSAGES.reversed, [ch, text[b.at]]);
      k++;
    } else if (b && a.opens && !b.opens && a.pair !== b.pair) {
      // `（试行】`: an opening bracket closed by another kind.
      report(a.at, b.at + 1, MESSAGES.mismatched, [ch, text[b.at], PAIRS[a.pair][1], PAIRS[b.pair][0]]);
      k++;
    } else if (a.opens) {
      report(a.at, a.at + 1, MESSAGES['no-close'], [ch, PAIRS[a.pair][1]]);
    } else {
      report(a.at, a.at + 1, MESSAGES['no-open'], [ch, PAIRS[a.pair][0]]);
    }
  }
}

export const unbalancedBrackets: Rule = {
  id: 'PLAN020',
  name: 'unbalanced-brackets',
  defaultSeverity: 'warning',
  description: {
    en: 'Brackets and quotes 《》 “” () 〔〕 【】 pair up within a line.',
    zh: '同一行内书名号、引号、括号（《》“”（）〔〕【】）应成对出现。',
  },
  check: ctx => checkLines(unbalancedBrackets)(ctx),
  // A line's brackets pair up or not by that line alone, except the brackets of a 文号 that
  // PLAN021 reports (a few lines of the front matter and preamble).
  scanLine: (s, report) => scanBrackets(s, undefined, report),
  lineExceptions(doc) {
    const docNumberBrackets = new Map<number, Set<number>>();
    for (const { line, number: n } of misbracketedDocNumbers(doc)) {
      const set = docNumberBrackets.get(line) ?? new Set<number>();
      set.add(n.bracketStart).add(n.bracketEnd - 1);
      docNumberBrackets.set(line, set);
    }
    return new Map([...docNumberBrackets].map(([line, own]) => [line, (s: ScanLine, report: LineReport) => scanBrackets(s, own, report)]));
  },
};
