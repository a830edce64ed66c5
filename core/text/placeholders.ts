// Template placeholders (XX年, xx区, 20xx, **县, ***万元, X月X日) and masked text (***,
// ____, □□) in a line: one answer for the placeholder rule (PLAN016), the masked-text
// rule (PLAN019) and the rules that must not report the same characters again (unit
// names, dates). A run of asterisks or underscores before an amount or a place is a
// placeholder; any other long run is masking; never both.

/** What a placeholder stands before: a year, a date part, a place, an amount. */
export const PLACEHOLDER_FOLLOW = '(?:万元|亿元|元|万|亿|人次|人|名|所|个|%|\uFF05|[年月日号届次期县区市省州镇乡村街])';

const PLACEHOLDER = new RegExp([
  // X月X日, XX月XX日
  '(?<![A-Za-z])[xX×]{1,2}\\s*月\\s*[xX×]{1,2}\\s*日',
  // 20xx, 202x, 20XX年
  '(?<![0-9A-Za-z])(?:19|20)[0-9]?[xX×]{1,2}(?![A-Za-z])',
  // XX年, xx区, X月
  `(?<![0-9A-Za-z])[xX×]{1,4}(?=\\s*${PLACEHOLDER_FOLLOW})`,
  // **县, ***万元, ____年
  `(?<![*＊_＿])(?:[*＊]{2,}|[_＿]{2,})(?=\\s*${PLACEHOLDER_FOLLOW})`,
].join('|'), 'g');

const FOLLOW_AT = new RegExp(`\\s*${PLACEHOLDER_FOLLOW}`, 'y');
/** Date parts between two placeholders of one date: XX年XX月, 20XX年X月X日. */
const DATE_JOIN = /^\s*[年月日号]\s*$/;
const MASK = /[*＊]{3,}|[_＿]{3,}|□{2,}/g;
/** Characters a placeholder or a mask needs: lines without them are skipped cheaply. */
const CANDIDATE = /[xX×*＊_＿□]/;

export interface Placeholder {
  start: number;
  end: number;
  /** The placeholder with what it stands before (XX年, ***万元), for messages. */
  shown: string;
}

export interface TextSpan { start: number; end: number }

/** The placeholders in `text` from `from` on; the parts of one date are one placeholder. */
export function placeholdersIn(text: string, from = 0): Placeholder[] {
  if (!CANDIDATE.test(text)) return [];
  const out: Placeholder[] = [];
  PLACEHOLDER.lastIndex = from;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    FOLLOW_AT.lastIndex = end;
    const follow = FOLLOW_AT.exec(text);
    const shown = m[0] + (follow ? follow[0].trim() : '');
    const last = out[out.length - 1];
    if (last && DATE_JOIN.test(text.slice(last.end, start))) {
      last.end = end;
      last.shown = text.slice(last.start, end) + (follow ? follow[0].trim() : '');
    } else {
      out.push({ start, end, shown });
    }
  }
  return out;
}

/** Masked runs in `text` from `from` on that are not (part of) a placeholder; adjacent runs are one. */
export function maskedRunsIn(text: string, from = 0, placeholders: readonly TextSpan[] = placeholdersIn(text, from)): TextSpan[] {
  if (!CANDIDATE.test(text)) return [];
  const out: TextSpan[] = [];
  let k = 0; // placeholders are in order, and so are the runs
  MASK.lastIndex = from;
  for (let m = MASK.exec(text); m; m = MASK.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < placeholders.length && placeholders[k].end <= start) k++;
    if (k < placeholders.length && placeholders[k].start < end) continue;
    const last = out[out.length - 1];
    if (last && last.end === start) last.end = end;
    else out.push({ start, end });
  }
  return out;
}

/** True when `text` holds a placeholder or masked text (the rules that report them own those characters). */
export function hasPlaceholderOrMask(text: string): boolean {
  if (!CANDIDATE.test(text)) return false;
  const p = placeholdersIn(text);
  return p.length > 0 || maskedRunsIn(text, 0, p).length > 0;
}
