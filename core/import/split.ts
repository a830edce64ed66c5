// Splits one-line documents (a whole plan pasted as one paragraph) at their
// markers: 第一篇, 一、, (一), 1., and 一是 … sequences. A marker counts only after a
// sentence end or white space and only in sequence (一、 then 二、 …), so that
// `3.12万平方米`, `省、市、区` or `提升工程2.0` never split a line.
import { chineseToNumber } from '../domain/numerals';
import { classifyLine } from '../parse/lineSyntax';
import { splitClosing } from '../domain/notice';
import type { ImportReportEntry, WorkLine } from './report';

type Kind = 'part' | 'section' | 'subsection' | 'item' | 'enum';
interface Marker { index: number; kind: Kind; value: number }

/** A numeral up to 99 (九十九); bounded, so that a long run of numerals cannot make the search quadratic. */
const CNUM = '[一二三四五六七八九十]{1,3}';
const CANDIDATES: { kind: Kind; re: RegExp; value: (m: RegExpExecArray) => number }[] = [
  { kind: 'part', re: new RegExp(`第(${CNUM})(?:篇|部分)`, 'g'), value: m => chineseToNumber(m[1]) },
  { kind: 'section', re: new RegExp(`(${CNUM})\\s*、`, 'g'), value: m => chineseToNumber(m[1]) },
  { kind: 'subsection', re: new RegExp(`[(\uFF08]\\s*(${CNUM})\\s*[)\uFF09]`, 'g'), value: m => chineseToNumber(m[1]) },
  { kind: 'item', re: /(\d{1,3})\s*[.．.、](?![\d.．.])/g, value: m => Number(m[1]) },
  { kind: 'enum', re: new RegExp(`(${CNUM})是`, 'g'), value: m => chineseToNumber(m[1]) },
];

/** What may stand right before a marker: a line start, white space, or the end of a sentence or clause. */
const BOUNDARY = /[\s\u00A0\u3000。;\uFF1B!\uFF01?\uFF1F:\uFF1A”"’)」』]/;

function candidates(text: string): Marker[] {
  const out: Marker[] = [];
  for (const c of CANDIDATES) {
    c.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.re.exec(text))) {
      const i = m.index;
      if (i > 0 && !BOUNDARY.test(text[i - 1])) continue;
      // A closing quote counts only after a sentence end (`。”一是`).
      if (i > 1 && /[”"’)」』]/.test(text[i - 1]) && !/[。!?\uFF01\uFF1F;\uFF1B]/.test(text[i - 2])) continue;
      const value = c.value(m);
      if (!value) continue;
      out.push({ index: i, kind: c.kind, value });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Keeps the markers that form sequences. */
function accept(all: Marker[], text: string): Marker[] {
  const structural: Marker[] = [];
  let part = 0, section = 0, sub = 0, item = 0;
  let freshHeading = true;
  for (const m of all) {
    if (m.kind === 'part' && m.value === part + 1) {
      part = m.value; section = 0; sub = 0; item = 0; freshHeading = true; structural.push(m);
    } else if (m.kind === 'section' && m.value === section + 1) {
      section = m.value; sub = 0; freshHeading = true; structural.push(m);
    } else if (m.kind === 'subsection' && m.value === sub + 1) {
      sub = m.value; freshHeading = true; structural.push(m);
    } else if (m.kind === 'item' && (m.value === item + 1 || (m.value === 1 && freshHeading && item > 0))) {
      item = m.value; freshHeading = false; structural.push(m);
    }
  }
  // 一是 … 二是 sequences inside each stretch between structural markers.
  const bounds = [0, ...structural.map(m => m.index), text.length];
  const enums: Marker[] = [];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const inStretch = all.filter(m => m.kind === 'enum' && m.index > bounds[b] && m.index < bounds[b + 1]);
    let run: Marker[] = [];
    const close = () => { if (run.length >= 2) enums.push(...run); run = []; };
    for (const m of inStretch) {
      if (m.value === 1) { close(); run = [m]; }
      else if (run.length && m.value === run[run.length - 1].value + 1) run.push(m);
    }
    close();
  }
  return [...structural, ...enums].sort((a, b) => a.index - b.index);
}

const HEAD_CHUNK = /^([^\s。,\uFF0C;\uFF1B:\uFF1A!?\uFF01\uFF1F]{2,40})[\s\u00A0\u3000]+(?=\S)/;

/** Splits a heading line (`三、2018年工作思路 全面贯彻…`) where a short heading is followed by a space and text. */
function splitHeading(segment: string, kind: Kind): string[] {
  if (kind !== 'section' && kind !== 'part') return [segment];
  const m = /^(第[一二三四五六七八九十]+(?:篇|部分)|[一二三四五六七八九十]+\s*、)([^\s。,\uFF0C;\uFF1B!?\uFF01\uFF1F]{1,30})[\s\u00A0\u3000]+(?=\S)(.*)$/.exec(segment);
  if (!m) return [segment];
  return [m[1] + m[2], m[3]];
}

/** Lines with at least this many markers after their start are one-line documents. */
const MIN_MARKERS = 2;

export function splitOneLineDocuments(lines: WorkLine[], report: ImportReportEntry[]): WorkLine[] {
  const out: WorkLine[] = [];
  for (const l of lines) {
    if (l.comment || l.text.length < 40) { out.push(l); continue; }
    const markers = accept(candidates(l.text), l.text);
    const inner = markers.filter(m => m.index > 0 && m.kind !== 'enum');
    if (inner.length < MIN_MARKERS) { out.push(l); continue; }
    // (一)…(二)… or 1.…2.… inside a block or an item line are that line's own
    // enumeration; only section markers, or a long plain paragraph, make a one-line document.
    const kind = classifyLine(l.text).kind;
    if (!inner.some(m => m.kind === 'section' || m.kind === 'part') && (kind !== 'paragraph' || l.text.length < 200)) { out.push(l); continue; }
    const pieces: string[] = [];
    const cuts = markers.filter(m => m.index > 0).map(m => m.index);
    const starts = [0, ...cuts];
    for (let k = 0; k < starts.length; k++) {
      let segment = l.text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : l.text.length).trim();
      if (!segment) continue;
      if (k === 0) {
        // The head of a one-line document: titles repeated before the text.
        let m: RegExpExecArray | null;
        while ((m = HEAD_CHUNK.exec(segment))) {
          pieces.push(m[1]);
          segment = segment.slice(m[0].length);
        }
        if (segment) pieces.push(segment);
        continue;
      }
      const kind = markers.find(m => m.index === starts[k])!.kind;
      pieces.push(...splitHeading(segment, kind).map(s => s.trim()).filter(Boolean));
    }
    const names = [...new Set(markers.filter(m => m.index > 0).map(m => ({
      part: '第一篇', section: '一、', subsection: '(一)', item: '1.', enum: '一是',
    })[m.kind]))].join(' ');
    report.push({ line: l.line, action: 'split', text: l.text.slice(0, 40), reason: `one-line document split into ${pieces.length} lines at ${names}`, reasonZh: `单行文档在${names}处拆分为 ${pieces.length} 行` });
    // The 落款 glued after the last piece goes on lines of its own.
    const closing = splitClosing(pieces[pieces.length - 1]);
    if (closing) pieces.splice(pieces.length - 1, 1, closing.text, closing.issuer, closing.date);
    for (const p of pieces) out.push({ text: p, line: l.line });
  }
  return out;
}
