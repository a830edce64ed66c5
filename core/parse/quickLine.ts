// The grammar's `line` rule for the three forms most lines of a plan take — a labeled line
// (目标任务：…), an item (1.…), a section (一、…) — and for the prose lines that could only
// have been labeled, without running Ohm. A process starts with Ohm's code cold: a few
// hundred distinct line heads cost ~0.7 ms each there, more than the rest of a check.
//
// grammar/plan.ohm stays the definition: this answers only where the answer is plain from
// the first character after the indent (see quickLine), gives up (undefined) everywhere
// else, and test/core/parse/quickLine.test.ts checks on real and random lines (fast-check,
// over an alphabet of every character the grammar names) that whatever it answers equals
// what the grammar's `line` rule and its semantics (lineSyntax.ts) give.
import type { LabeledLine, LineSyntax } from '../model';
import { chineseToNumber, digitsToNumber } from '../domain/numerals';

/** `indent`: ("\t" | " " | "\u00A0" | "\u3000" | "\uFEFF")*. */
const INDENT = /^[\t \u00A0\u3000\uFEFF]*/;
/** `cnum`: one or more of 一…千, 〇, 零 (a section's numeral). */
const CNUM = /[一二三四五六七八九十〇零百千]/;
/** `section`: cnum spaces0 sectionSep, after the indent. */
const SECTION = /([一二三四五六七八九十〇零百千]+)([ \u00A0\u3000]*)(、)/y;
/** `item`: digits spaces0 itemSep ~asciiDigit, after the indent. */
const ITEM = /([0-9\uFF10-\uFF19]+)[ \u00A0\u3000]*([.\uFF0E、])(?![0-9])/y;
/** Where an item's title starts after its separator (lineSyntax.ts: spaces are not the title). */
const ITEM_LEAD = /^[\s\u00A0\u3000]+/;
/** `labeled`: labelKey spaces0 qualifier? spaces0 colon, after the indent. */
const LABELED = /([\u4E00-\u9FFFa-zA-Z][\u4E00-\u9FFFa-zA-Z0-9_\-/ \u00A0\u3000]*)[ \u00A0\u3000]*([(\uFF08][^)\uFF09:\uFF1A]*[)\uFF09])?[ \u00A0\u3000]*([:\uFF1A])/y;
/** First characters after which `line` can only be `labeled` or `paragraph` (labelKey's first, but not 第 of `part`). */
const LABEL_OR_PROSE = /[\u4E00-\u9FFFa-zA-Z]/;

/** `re` (sticky) matched at `at`. */
function sticky(re: RegExp, input: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(input);
}

/**
 * What the grammar's `line` rule (with lineSyntax.ts's semantics) gives for `input`, when
 * that is a section, an item, a labeled line, or prose that starts like a label; undefined
 * when the grammar must decide.
 */
export function quickLine(input: string): LineSyntax | undefined {
  const indent = INDENT.exec(input)![0].length;
  const first = input[indent];
  if (first === undefined || first === '第') return undefined;
  if (CNUM.test(first)) {
    const m = sticky(SECTION, input, indent);
    if (m) {
      return {
        kind: 'section', indent, marker: m[1], markerStart: indent, markerEnd: indent + m[0].length,
        value: chineseToNumber(m[1]), separator: m[3], textStart: indent + m[0].length,
      };
    }
    // Not a section: after a numeral character only labeled or prose remain (below).
  } else if (/[0-9\uFF10-\uFF19]/.test(first)) {
    const m = sticky(ITEM, input, indent);
    if (!m) return undefined; // a sub-item such as 1) or prose: the grammar decides
    const end = indent + m[0].length;
    const lead = ITEM_LEAD.exec(input.slice(end))?.[0].length ?? 0;
    return {
      kind: 'item', indent, marker: m[1], markerStart: indent, markerEnd: end,
      value: digitsToNumber(m[1]), separator: m[2], textStart: end + lead,
    };
  } else if (!LABEL_OR_PROSE.test(first)) {
    return undefined;
  }
  const m = sticky(LABELED, input, indent);
  if (!m) return { kind: 'paragraph', indent: 0, textStart: 0 };
  const key = m[1];
  const end = indent + m[0].length;
  const labeled: LabeledLine = {
    kind: 'labeled', indent, marker: key.trim(), markerStart: indent, markerEnd: indent + key.trimEnd().length,
    separator: m[3], textStart: end,
  };
  return m[2] ? { ...labeled, qualifier: m[2] } : labeled;
}
