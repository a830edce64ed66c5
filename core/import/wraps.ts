// Joins PDF-style hard wraps: text copied from a PDF or a fixed-width page breaks every
// line at the same width, inside sentences. The evidence has to be strong, because a
// wrong join merges two paragraphs: most of the longer lines stand at one width (±1),
// and at most of those breaks a sentence runs on into the next line. Then a line of that
// width that does not end a sentence is joined with the plain-text lines after it.
// Headings are never joined, neither as the line that runs on nor as its continuation:
// the title, numbered headings, notice lines (关于印发…的通知, 各乡镇中心校：), 文号 and
// date lines, issuer lines; nor are markers, labels, `一是` or blank lines.
import { isDocNumberLine } from '../domain/docNumber';
import { classifyLine } from '../parse/lineSyntax';
import { findNoise } from '../text/noise';
import { looksLikeOrganisation } from '../text/orgName';
import type { ImportReportEntry, WorkLine } from './report';
import { isTitleCandidate } from './title';

const SENTENCE_END = /[。!?\uFF01\uFF1F;\uFF1B:\uFF1A…”"’)」』》〕\]】]$/;
const ENUM_START = /^[一二三四五六七八九十]+是/;
/** Lines shorter than this say nothing about a wrap width. */
const LONG = 15;
/** How many breaks inside a sentence it takes to believe in a wrap width at all. */
const MIN_BREAKS = 3;

const NOTICE = /^关于.{2,80}的(?:通知|决定|意见|函|批复|报告|请示)$|^关于印发/;
/** The notice's forwarding sentence (现将…印发给你们): a sentence, whatever it names. */
const FORWARD = /^(?:现将|现把|兹将|特将)/;
const ADDRESSEE = /^[^。；;]{1,40}[:\uFF1A]$/;
const DATE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;
const HEADING_KINDS: ReadonlySet<string> = new Set(['part', 'section', 'subsection', 'fence', 'comment', 'directive']);
const STRUCTURE_KINDS: ReadonlySet<string> = new Set(['part', 'section', 'subsection', 'item']);

/**
 * True when a line is, or may be, a heading of its own: never part of a join. The notice
 * lines and the title stand before the plan's first heading; an issuer line stands there
 * or above a date line (the 落款).
 */
function isHeadingLine(text: string, beforeStructure: boolean, next: string): boolean {
  if (HEADING_KINDS.has(classifyLine(text).kind) || DATE.test(text) || isDocNumberLine(text)) return true;
  if ((beforeStructure || DATE.test(next)) && text.length <= 20 && looksLikeOrganisation(text)) return true;
  return beforeStructure && (NOTICE.test(text) || ADDRESSEE.test(text) || (isTitleCandidate(text) && !FORWARD.test(text)));
}

/** A page number of the copy (`－ 2 －`): it stands between the two halves of a sentence. */
const isPageNumber = (text: string) => findNoise(text)?.pattern.id === 'page-number';

interface Scan { text: string; heading: boolean; comment: boolean; pageNumber: boolean }

function scan(lines: WorkLine[]): Scan[] {
  let beforeStructure = true;
  const texts = lines.map(l => l.text.trim());
  return lines.map((l, i) => {
    const text = texts[i];
    const comment = !!l.comment;
    const pageNumber = !comment && isPageNumber(text);
    const heading = !comment && !pageNumber && !!text && isHeadingLine(text, beforeStructure, texts[i + 1] ?? '');
    if (!comment && STRUCTURE_KINDS.has(classifyLine(text).kind)) beforeStructure = false;
    return { text, heading, comment, pageNumber };
  });
}

const atWidth = (text: string, width: number) => Math.abs(text.length - width) <= 1;

const OPENING = /[(\uFF08]/g;
const CLOSING = /[)\uFF09]/g;
/** True when a text leaves a bracket open: `…（责任股` runs on whatever the next line looks like. */
const leavesBracketOpen = (text: string) => (text.match(OPENING)?.length ?? 0) > (text.match(CLOSING)?.length ?? 0);

/**
 * A line that can continue the sentence of the line before it (`before`). Inside an open
 * bracket even what reads as a label does: `（责任股` / `室：耕地保护股）`.
 */
function continues(s: Scan | undefined, before?: string): boolean {
  if (!s || !s.text || s.comment || s.heading || s.pageNumber || ENUM_START.test(s.text)) return false;
  const kind = classifyLine(s.text).kind;
  return kind === 'paragraph' || (kind === 'labeled' && before !== undefined && leavesBracketOpen(before));
}

/** A closing quote ends a sentence only after the sentence's own end: `实现“一张图”` runs on. */
const QUOTE_AFTER_TEXT = /[^。!?\uFF01\uFF1F…][”"’」』]$/;

/** A line that may run on into the next: at the width, not a heading, not ending a sentence. */
function runsOn(s: Scan, width: number): boolean {
  return !s.comment && !s.heading && !s.pageNumber && atWidth(s.text, width) && (!SENTENCE_END.test(s.text) || QUOTE_AFTER_TEXT.test(s.text));
}

/** The next line that is not a page number, from index i on. */
function nextText(scans: Scan[], i: number): Scan | undefined {
  while (i < scans.length && scans[i].pageNumber) i++;
  return scans[i];
}

/** The most common trimmed length among longer lines, when most of them share it (±1). */
export function wrapWidth(lines: WorkLine[]): number | undefined {
  const lengths = lines.filter(l => !l.comment).map(l => l.text.trim().length).filter(n => n >= LONG);
  if (lengths.length < MIN_BREAKS + 1) return undefined;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [n] of counts) {
    // A width band of ±1: justified lines with a half-width character differ by one.
    const c = (counts.get(n - 1) ?? 0) + (counts.get(n) ?? 0) + (counts.get(n + 1) ?? 0);
    if (c > bestCount || (c === bestCount && best !== undefined && n > best)) { best = n; bestCount = c; }
  }
  // A majority of the long lines, not a few that happen to be of equal length.
  if (best === undefined || bestCount < MIN_BREAKS || bestCount * 2 <= lengths.length) return undefined;
  return best;
}

/**
 * The wrap width when the text is hard-wrapped: most long lines at one width; at most of
 * the lines of that width a sentence running on into the next line; and at least one
 * paragraph wrapped over three lines or more (two breaks in a row). A plan whose item
 * titles happen to be of one length has the first, maybe the second, never the third.
 */
function hardWrapWidth(lines: WorkLine[], scans: Scan[]): number | undefined {
  const width = wrapWidth(lines);
  if (width === undefined) return undefined;
  const breakAt = (i: number) => runsOn(scans[i], width) && continues(nextText(scans, i + 1), scans[i].text);
  let atTheWidth = 0;
  let breaks = 0;
  let inARow = false;
  for (let i = 0; i < scans.length; i++) {
    const s = scans[i];
    if (s.comment || s.heading || !atWidth(s.text, width)) continue;
    atTheWidth++;
    if (!breakAt(i)) continue;
    breaks++;
    inARow ||= i + 1 < scans.length && breakAt(i + 1);
  }
  return inARow && breaks >= MIN_BREAKS && breaks * 2 >= atTheWidth ? width : undefined;
}

export function joinHardWraps(lines: WorkLine[], report: ImportReportEntry[]): WorkLine[] {
  const scans = scan(lines);
  const width = hardWrapWidth(lines, scans);
  if (width === undefined) return lines;
  const out: WorkLine[] = [];
  let current: WorkLine | undefined;
  lines.forEach((l, i) => {
    const s = scans[i];
    if (current) {
      if (s.pageNumber) {
        report.push({ line: l.line, action: 'removed', text: s.text, reason: 'page number inside a sentence', reasonZh: '句子中间的页码' });
        return;
      }
      if (continues(s, current.text)) {
        // A wrap in Chinese text is no space, even between digits (600 / 0亩); between words of Latin script it is.
        const glue = /[A-Za-z,.;:]$/.test(current.text) && /^[A-Za-z]/.test(s.text) ? ' ' : '';
        report.push({ line: l.line, action: 'joined', text: `${current.text.slice(-12)}⏎${s.text.slice(0, 12)}`, reason: `hard line break inside a sentence (wrap width ${width})`, reasonZh: `句子中间的硬换行（折行宽度 ${width}）` });
        current.text += glue + s.text;
        if (!atWidth(s.text, width) || SENTENCE_END.test(s.text)) { out.push(current); current = undefined; }
        return;
      }
      out.push(current);
      current = undefined;
    }
    if (runsOn(s, width) && continues(nextText(scans, i + 1), s.text)) { current = { ...l, text: s.text }; return; }
    out.push(l);
  });
  if (current) out.push(current);
  return out;
}
