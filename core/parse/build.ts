// Assembles classified lines into the document tree. One pass, O(lines): the nesting
// follows the numbering levels (part > section > subsection > item > sub-item/block),
// and every container receives its children in reading order.
import { splitMetaLine } from '../text/metaLine';
import { detach } from '../text/detach';
import type {
  Block, BlockKind, FrontMatter, Item, ItemChild, LineSyntax, Notice as PlanNotice, Paragraph, Part, PlanDocument, Range, Section,
  SubItem, Subsection, TextSpan, UnitRef,
} from '../model';
import { digitsToNumber } from '../domain/numerals';
import { chooseTitle } from '../domain/title';
import { noticeWindowEnd, readImprint, readNotice, type Notice as ReadNotice, type NoticeField } from '../domain/notice';
import { itemsOf } from '../model';
import { blockKindOf, isContinuingKind, isUnitKind } from '../domain/blocks';
import { isNoiseLine } from '../text/noise';
import { annotateItems, annotateTracking, PROGRESS_KINDS } from '../domain/progress';
import { planYear } from '../domain/deadlines';
import type { Calendar } from '../domain/deadlines';
import type { GenerationCache } from './cache';
import { findEnumerations } from './inline';
import { parseInlineResponsibility } from './inlineFields';
import { LINE_HEAD } from './lineSyntax';
import { parseUnitList, type UnitListToken } from './unitList';
import { hasCellSeparator, readTables, type LineCells, type ReadTable, type TableRow } from './table';
import { classifyLine } from './lineSyntax';
import { proseResponsibility } from './prose';
import { trailingParenthesis } from './parens';

const SPACE = /[\s\u00A0\u3000\uFEFF]/;
const DATE_LINE = /^[\s\u00A0\u3000]*(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$/;

function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** Trims white space from a slice of a line, returning the trimmed span. */
function span(lines: string[], line: number, from: number, to = lines[line].length): TextSpan {
  const text = lines[line];
  while (from < to && SPACE.test(text[from])) from++;
  while (to > from && SPACE.test(text[to - 1])) to--;
  return { text: text.slice(from, to), range: range(line, from, line, to) };
}

function paragraph(s: TextSpan): Paragraph {
  return { kind: 'paragraph', text: s.text, range: s.range };
}

type HeadingLine = Extract<LineSyntax, { kind: 'part' | 'section' | 'subsection' }>;

/** Where a heading that runs on ends: its first `。`, `：` or `:` (the rest is body text). */
const HEADING_END = /[。\uFF1A:]/;

/**
 * The fields every numbered heading (part, section, subsection) has, and its run-on text:
 * `(一)以推进X为重点，稳步改善Y。一是……` is the heading `以推进X为重点，稳步改善Y` and a
 * paragraph `一是……`. A heading written in a table cell lies between `from` and `to` of its
 * line, and the line syntax `s` was read from that cell (offsets relative to `from`).
 */
function heading(lines: string[], i: number, s: HeadingLine, from = 0, to = lines[i].length) {
  const textStart = from + s.textStart;
  const stop = HEADING_END.exec(lines[i].slice(textStart, to));
  const titleEnd = stop ? textStart + stop.index : to;
  const title = span(lines, i, textStart, titleEnd);
  const rest = stop ? span(lines, i, titleEnd + 1, to) : undefined;
  return {
    fields: {
      marker: s.marker, value: s.value, title: title.text, titleRange: title.range,
      range: range(i, from + s.indent, i, to), selectionRange: range(i, from + s.markerStart, i, to),
    },
    children: rest?.text ? [paragraph(rest)] : [],
  };
}

function extend(node: { range: Range }, line: number, character: number): void {
  const end = node.range.end;
  if (line > end.line || (line === end.line && character > end.character)) node.range.end = { line, character };
}

/** Finds the 落款 (issuer + date) lines at the very end, after the last structure line (and before a 版记). */
function findClosing(lines: string[], syntax: readonly LineSyntax[], imprint: readonly { lines: number[] }[]): Set<number> {
  const closing = new Set<number>();
  let i = imprint.length ? Math.min(...imprint.flatMap(f => f.lines)) - 1 : lines.length - 1;
  while (i >= 0 && (syntax[i].kind === 'blank' || syntax[i].kind === 'comment' || syntax[i].kind === 'directive')) i--;
  if (i < 0 || !DATE_LINE.test(lines[i])) return closing;
  closing.add(i);
  let j = i - 1;
  while (j >= 0 && syntax[j].kind === 'blank') j--;
  const issuer = j >= 0 ? lines[j].trim() : '';
  if (j >= 0 && syntax[j].kind === 'paragraph' && issuer.length > 0 && issuer.length <= 30 && !/[。;\uFF1B,\uFF0C:\uFF1A]/.test(issuer)) closing.add(j);
  return closing;
}

// Lines before the first section that are not the title: disclosure headers, 文号 lines,
// notice wrappers, page chrome (breadcrumbs, bullets, bylines, site labels in 【】, 版头).
const NOT_TITLE = /^[-\s]*(索\s*引\s*号|备注|文号|发布机构|发文机关|公文生成日期|成文日期|发布日期|分类|主题分类|主送|来源|作者|发布时间|时间)|〔\d{4}〕\s*\d+\s*号\s*$|^关于|[:\uFF1A]\s*$|(?:^|\s)[>\uFF1E»›]|^[•·]|^【[^】]*】|文\s*件$|^附\s*件|的通知$|^(?:<\/?[A-Za-z][^<>]*>|&[a-z]+;|\s)+$|[|\uFF5C\t]/;
const YEAR = /((?:19|20)\d{2})\s*年/;

function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  // A site's category label (计划总结, 工作计划) is short and names no year.
  if (t.length < 6 && !YEAR.test(t)) return false;
  return t.length <= 60 && !/[。;\uFF1B]$/.test(t) && !isNoiseLine(t) && !NOT_TITLE.test(t);
}

/** The title among the preamble's first lines, and its variants with other years (core/domain/title.ts decides). */
function pickTitle(candidates: Paragraph[], rest: readonly TextSpan[]): { title?: Paragraph; variants: Paragraph[] } {
  const titleLike = candidates.filter(c => looksLikeTitle(c.text));
  const chosen = chooseTitle(titleLike.map(c => c.text), rest);
  if (!chosen) return { variants: [] };
  return { title: titleLike[chosen.title], variants: chosen.variants.map(i => titleLike[i]) };
}

function readFrontMatter(doc: PlanDocument, lines: string[], syntax: readonly LineSyntax[], first: number): number {
  const fm: FrontMatter = { range: range(first, 0, first, lines[first].length), entries: [], closed: false };
  let i = first + 1;
  for (; i < lines.length; i++) {
    const s = syntax[i];
    extend(fm, i, lines[i].length);
    if (s.kind === 'fence') { fm.closed = true; i++; break; }
    if (s.kind === 'labeled' && s.textStart - s.indent <= LINE_HEAD) {
      // `标题:… 文号:…` on one line is two entries (core/text/metaLine.ts).
      const parts = splitMetaLine(lines[i], s.markerStart);
      if (parts.length < 2) {
        const key = s.marker.replace(/[\s\u00A0\u3000]+/g, '');
        const value = span(lines, i, s.textStart);
        fm.entries.push({ key, value: value.text, keyRange: range(i, s.markerStart, i, s.markerEnd), valueRange: value.range });
        if (!(key in doc.meta)) doc.meta[key] = value.text;
        continue;
      }
      for (const p of parts) {
        fm.entries.push({ key: p.key, value: p.value, keyRange: range(i, p.keyStart, i, p.keyEnd), valueRange: range(i, p.valueStart, i, p.valueEnd) });
        if (!(p.key in doc.meta)) doc.meta[p.key] = p.value;
      }
    } else if (s.kind === 'comment') {
      doc.comments.push(span(lines, i, s.textStart));
    }
  }
  doc.frontMatter = fm;
  const titled = fm.entries.find(e => e.key === '标题' && e.value);
  if (titled) {
    doc.title = { text: titled.value, range: titled.valueRange };
    doc.titleSource = 'front-matter';
  }
  return i;
}

export interface BuildCaches {
  unitLists?: GenerationCache<UnitListToken[]>;
  tableCells?: GenerationCache<LineCells | undefined>;
}

/** What a parse depends on beyond the text: the calendar deadlines are read with (the configuration's). */
export interface ParseOptions { calendar?: Calendar }

export function buildDocument(lines: string[], syntax: readonly LineSyntax[], caches: BuildCaches = {}, options: ParseOptions = {}): PlanDocument {
  const unitCache = caches.unitLists;
  const tableCache = caches.tableCells;
  const doc: PlanDocument = {
    kind: 'document', lines, syntax, meta: {}, preamble: [], children: [], tables: [], comments: [], directives: [], closing: [],
  };

  // Front matter: a fence as the first non-blank line, key:value lines, a closing fence.
  let i = 0;
  let first = 0;
  while (first < lines.length && syntax[first].kind === 'blank') first++;
  if (first < lines.length && syntax[first].kind === 'fence') i = readFrontMatter(doc, lines, syntax, first);

  const imprint = readImprint(lines);
  const imprintLines = new Set(imprint.flatMap(f => f.lines));
  if (imprint.length) doc.imprint = noticeOf(lines, imprint, [...imprintLines].sort((a, b) => a - b));
  const closing = findClosing(lines, syntax, imprint);
  const hasSections = syntax.some(l => l.kind === 'section');
  // A notice wrapped around the plan (印发通知): its lines are its fields, never text or items.
  const notice = readNotice(lines, i);
  const noticeLines = new Set(notice?.lines ?? []);
  if (notice) readNoticeFields(doc, lines, notice);
  const tables = readTables(lines, syntax, i, text => {
    const kind = classifyLine(text).kind;
    return kind === 'part' || kind === 'section' || (kind === 'subsection' && !hasSections);
  }, tableCache);
  doc.tables = tables.map(t => t.info);
  const tableAt = new Map(tables.filter(t => t.info.mapped).map(t => [t.startLine, t]));
  readLines({ doc, lines, syntax, hasSections, closing, noticeLines, imprintLines, tableAt, unitCache }, i, lines.length);
  for (const f of doc.imprint?.fields ?? []) if (!(f.key in doc.meta)) doc.meta[f.key] = f.value;
  findTitle(doc, notice?.planTitle);
  for (const it of itemsOf(doc)) finishItem(it, lines, unitCache);
  annotateTracking(doc, options.calendar);
  return doc;
}

/** Line forms an edit may change (from and to) inside a section, leaving the rest of the document as it was. */
const IN_SECTION: ReadonlySet<LineSyntax['kind']> = new Set(['blank', 'paragraph', 'labeled', 'item', 'subitem', 'subsection']);
const NO_LINES: ReadonlySet<number> = new Set();
const NO_TABLES: ReadonlyMap<number, ReadTable> = new Map();

/**
 * The tree of `lines` made from `previous`, the tree of the text before an edit that changed
 * lines `first`..`last` and kept every line where it was (as many lines, each at its index),
 * by building again only the top-level section the edit lies in: equal to
 * `buildDocument(lines, syntax)`, which every other edit needs (undefined then).
 *
 * Everything outside that section depends on lines the edit did not reach: the front matter
 * and the notice are above it (the notice's title window too), the 版记 and the 落款 are read
 * from the end up to the next top-level heading at most, titles come from the preamble. The
 * edit must keep each changed line's form among those that live inside a section (a
 * changed heading, fence, comment or directive, or a line turning blank or not, builds
 * the whole document), and neither the section nor the edit may hold a task table.
 * The other sections are the previous tree's nodes, shared: trees are never changed once built.
 */
export function rebuildSection(previous: PlanDocument, lines: string[], syntax: readonly LineSyntax[], first: number, last: number,
  caches: BuildCaches = {}, options: ParseOptions = {}): PlanDocument | undefined {
  if (lines.length !== previous.lines.length || first > last) return undefined;
  const top = previous.children;
  // The last top-level node starting at or before `first`; a later one must follow it.
  let lo = 0;
  let hi = top.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (top[mid].range.start.line <= first) { k = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (k < 0 || k + 1 >= top.length) return undefined;
  const old = top[k];
  const start = old.range.start.line;
  const end = top[k + 1].range.start.line;
  if (old.kind !== 'section' || first <= start || last >= end) return undefined;
  // A top-level section opens at a 一、 heading, or at (一) in a document without any 一、.
  const heading = syntax[start].kind;
  if (heading !== 'section' && heading !== 'subsection') return undefined;
  const hasSections = heading === 'section';
  for (let i = first; i <= last; i++) {
    const was = previous.syntax[i].kind;
    const is = syntax[i].kind;
    if (!IN_SECTION.has(was) || !IN_SECTION.has(is) || (was === 'blank') !== (is === 'blank')) return undefined;
    if (!hasSections && (was === 'subsection' || is === 'subsection')) return undefined;
    if (hasCellSeparator(previous.lines[i])) return undefined;
  }
  for (let i = start; i < end; i++) if (hasCellSeparator(lines[i])) return undefined;
  for (const t of previous.tables) if (t.range.start.line < end && t.range.end.line >= start) return undefined;
  const fm = previous.frontMatter;
  if (fm && (!fm.closed || fm.range.end.line >= start)) return undefined;
  const afterFrontMatter = fm ? fm.range.end.line + 1 : 0;
  if (!previous.notice && first < noticeWindowEnd(lines, afterFrontMatter)) return undefined;
  if (previous.notice && previous.notice.range.end.line >= start) return undefined;
  if (previous.imprint && previous.imprint.range.start.line < end) return undefined;
  if (previous.closing.some(c => c.range.start.line < end)) return undefined;

  // The section's strings are cut from copies of its lines: cut from the text, they would
  // keep this version of the whole text alive for as long as the section is shared, and
  // sections rebuilt at different edits would keep as many versions.
  const own = lines.slice(0);
  for (let i = start; i < end; i++) own[i] = detach(lines[i]);
  const scratch: PlanDocument = {
    kind: 'document', lines: own, syntax, meta: {}, preamble: [], children: [], tables: [], comments: [], directives: [], closing: [],
  };
  readLines({
    doc: scratch, lines: own, syntax, hasSections, closing: NO_LINES, noticeLines: NO_LINES, imprintLines: NO_LINES, tableAt: NO_TABLES,
    unitCache: caches.unitLists,
  }, start, end);
  const section = scratch.children[0];
  if (scratch.children.length !== 1 || section.kind !== 'section' || scratch.preamble.length) return undefined;
  const items = itemsOf(section);
  for (const it of items) finishItem(it, own, caches.unitLists);
  annotateItems(items, planYear(previous), options.calendar);
  const children = top.slice();
  children[k] = section;
  return { ...previous, lines, syntax, children };
}

/** What the line loop needs to know of the whole document (read before it runs). */
interface LineContext {
  doc: PlanDocument;
  lines: string[];
  syntax: readonly LineSyntax[];
  /** The document has 一、 sections (else (一) is the top level). */
  hasSections: boolean;
  /** The 落款 lines. */
  closing: ReadonlySet<number>;
  /** Lines of the notice and of the 版记: fields, never text. */
  noticeLines: ReadonlySet<number>;
  imprintLines: ReadonlySet<number>;
  /** Mapped task tables by their first line. */
  tableAt: ReadonlyMap<number, ReadTable>;
  unitCache?: GenerationCache<UnitListToken[]>;
}

/**
 * The tree of lines `from` to `to` (exclusive) into `ctx.doc`, in one pass: what is open
 * (part, section, subsection, item, sub-item, block) starts closed at `from`.
 */
function readLines(ctx: LineContext, from: number, to: number): void {
  const { doc, lines, syntax, hasSections, closing, noticeLines, imprintLines, tableAt, unitCache } = ctx;
  let part: Part | undefined;
  let section: Section | undefined;
  let subsection: Subsection | undefined;
  let item: Item | undefined;
  let subitem: SubItem | undefined;
  let block: Block | undefined;

  const extendOpen = (line: number, end = lines[line].length) => {
    for (const node of [part, section, subsection, item, subitem, block]) if (node) extend(node, line, end);
  };

  /** Opens a part, section or subsection written on line `i` (or in a cell of it); false when it is text. */
  const openHeading = (s: HeadingLine, i: number, from = 0, to = lines[i].length): boolean => {
    const h = heading(lines, i, s, from, to);
    if (s.kind === 'part') {
      part = { kind: 'part', ...h.fields, children: h.children };
      doc.children.push(part);
      section = subsection = item = subitem = block = undefined;
      return true;
    }
    // In a document with no 一、 at all, (一) is the top level: its headings are sections.
    if (s.kind === 'subsection' && hasSections) {
      if (!section) return false;
      subsection = { kind: 'subsection', ...h.fields, children: h.children };
      section.children.push(subsection);
      item = subitem = block = undefined;
      extendOpen(i, to);
      return true;
    }
    section = { kind: 'section', ...h.fields, children: h.children };
    (part ?? doc).children.push(section);
    if (part) extend(part, i, to);
    subsection = item = subitem = block = undefined;
    return true;
  };

  /** The rows of a task table: headings among them open sections, the others are items. */
  const readTable = (table: ReadTable) => {
    let previous = 0;
    for (const row of table.rows) {
      if (row.kind === 'heading') {
        const cell = row.cell;
        const s = classifyLine(cell.text);
        if (s.kind === 'part' || s.kind === 'section' || s.kind === 'subsection') openHeading(s, cell.range.start.line, cell.range.start.character, cell.range.end.character);
        continue;
      }
      item = tableItem(table, row, previous, lines, unitCache);
      previous = item.number;
      (subsection ?? section ?? part ?? doc).children.push(item);
      extendOpen(row.range.end.line, row.range.end.character);
    }
    item = subitem = block = undefined;
  };
  for (let i = from; i < to; i++) {
    const s = syntax[i];
    const text = lines[i];
    if (closing.has(i)) { doc.closing.push(span(lines, i, 0)); continue; }
    if (noticeLines.has(i) || imprintLines.has(i)) continue;
    const table = tableAt.get(i);
    if (table) { readTable(table); i = table.endLine; continue; }
    switch (s.kind) {
      case 'blank':
      case 'fence':
        continue;
      case 'comment':
        doc.comments.push(span(lines, i, s.textStart));
        continue;
      case 'directive':
        doc.directives.push({ kind: s.directive, ruleIds: s.ruleIds, line: i, range: range(i, s.indent, i, text.length) });
        continue;
      case 'part':
      case 'section':
      case 'subsection':
        if (openHeading(s, i)) continue;
        break; // a (一) with no section above it is text
      case 'item': {
        item = newItem(lines, i, s);
        (subsection ?? section ?? part ?? doc).children.push(item);
        subitem = block = undefined;
        extendOpen(i);
        continue;
      }
      case 'subitem':
        if (item) {
          const content = span(lines, i, s.textStart);
          const titleEnd = content.text.indexOf('。');
          const titleText = titleEnd < 0 ? content.text : content.text.slice(0, titleEnd);
          const start = content.range.start.character;
          subitem = {
            kind: 'subitem', marker: s.marker, value: s.value, title: titleText,
            titleRange: range(i, start, i, start + titleText.length), text: content.text, children: [],
            range: range(i, s.indent, i, text.length), selectionRange: range(i, s.markerStart, i, text.length),
          };
          item.children.push(subitem);
          block = undefined;
          extendOpen(i);
          continue;
        }
        break;
      case 'labeled': {
        // A label prefix longer than the matched head is text (see LINE_HEAD).
        const kind = s.textStart - s.indent <= LINE_HEAD ? blockKindOf(s.marker) : undefined;
        if (kind && item) {
          const content = span(lines, i, s.textStart);
          const label = text.slice(s.markerStart, s.textStart - s.separator.length).trim();
          const labelRange = range(i, s.markerStart, i, s.markerStart + label.length);
          block = {
            kind: 'block', blockKind: kind, label, labelRange, text: content.text, textRange: content.range,
            range: range(i, s.indent, i, text.length), selectionRange: labelRange, enumerations: [], origin: 'label',
          };
          if (isUnitKind(kind)) block.unitList = parseUnitList(content.text, i, content.range.start.character, unitCache);
          item.children.push(block);
          subitem = undefined;
          extendOpen(i);
          if (!isContinuingKind(kind)) block = undefined;
          continue;
        }
        break;
      }
      case 'paragraph':
        break;
    }
    // Anything else is a paragraph of whatever is open.
    const para = span(lines, i, s.kind === 'paragraph' ? s.textStart : s.indent);
    if (!para.text) continue;
    if (block) {
      block.text += '\n' + para.text;
      block.textRange = { start: block.textRange.start, end: para.range.end };
    } else {
      const container = subitem ?? item ?? subsection ?? section ?? part;
      if (container) (container.children as Paragraph[]).push(paragraph(para));
      else { doc.preamble.push(paragraph(para)); continue; }
    }
    extendOpen(i);
  }
}

function newItem(lines: string[], i: number, s: Extract<LineSyntax, { kind: 'item' }>): Item {
  const text = lines[i];
  const titleEnd = text.indexOf('。', s.textStart);
  let title = span(lines, i, s.textStart, titleEnd < 0 ? text.length : titleEnd);
  // A title is not a sentence: a full stop at the end of a title-only line is not part of it.
  const stop = /[.\uFF0E]+$/.exec(title.text);
  if (titleEnd < 0 && stop) title = span(lines, i, s.textStart, title.range.end.character - stop[0].length);
  const item: Item = {
    kind: 'item', origin: 'line', number: s.value, numberText: s.marker, separator: s.separator,
    numberRange: range(i, s.markerStart, i, s.markerStart + s.marker.length),
    title: title.text, titleRange: title.range,
    range: range(i, s.indent, i, text.length), selectionRange: range(i, s.markerStart, i, text.length),
    children: [], blocks: [], enumerations: [], units: [],
  };
  if (titleEnd >= 0) {
    // The rest of the item line is the item's first paragraph.
    const rest = span(lines, i, titleEnd + 1);
    if (rest.text) item.children.push(paragraph(rest));
  }
  return item;
}

/** A number written at the head of a task cell: `12.推进…`, `12、推进…`. */
const CELL_NUMBER = /^([0-9\uFF10-\uFF19]{1,4})\s*[.\uFF0E、]\s*(?![0-9])/;

/** An item from a task-table row: its number, title and one block per filled cell. */
function tableItem(table: ReadTable, row: Extract<TableRow, { kind: 'row' }>, previous: number, lines: string[], unitCache?: GenerationCache<UnitListToken[]>): Item {
  const { columns, header } = table.info;
  const cellOf = (column: string) => { const k = columns.indexOf(column as never); return k >= 0 ? row.cells[k] : undefined; };
  const task = cellOf('task') ?? cellOf('target') ?? cellOf('measures');
  const numberCell = cellOf('number');
  let number = numberCell && /^[0-9\uFF10-\uFF19]+$/.test(numberCell.text) ? digitsToNumber(numberCell.text) : NaN;
  let numberText = Number.isFinite(number) ? numberCell!.text : '';
  let numberRange = Number.isFinite(number) ? numberCell!.range : undefined;
  let titleFrom = task?.range.start.character ?? row.range.start.character;
  const titleLine = task?.range.start.line ?? row.range.start.line;
  const taskText = task?.text.split('\n')[0] ?? '';
  const own = CELL_NUMBER.exec(taskText);
  if (own) {
    // The task cell carries the item's own number (四、教育文化 | 12.推进…).
    if (!Number.isFinite(number)) {
      number = digitsToNumber(own[1]);
      numberText = own[1];
      numberRange = range(titleLine, titleFrom, titleLine, titleFrom + own[1].length);
    }
    titleFrom += own[0].length;
  }
  if (!Number.isFinite(number)) { number = previous + 1; numberText = String(number); }
  const lineText = lines[titleLine];
  const taskEnd = task && task.range.start.line === titleLine ? (task.range.start.line === task.range.end.line ? task.range.end.character : lineText.length) : titleFrom;
  const stop = lineText.slice(titleFrom, taskEnd).indexOf('。');
  const title = span(lines, titleLine, titleFrom, stop >= 0 ? titleFrom + stop : taskEnd);
  const item: Item = {
    kind: 'item', origin: 'table', number, numberText, separator: '',
    numberRange: numberRange ?? range(title.range.start.line, title.range.start.character, title.range.start.line, title.range.start.character),
    title: title.text, titleRange: title.range,
    range: { start: row.range.start, end: row.range.end }, selectionRange: { start: row.range.start, end: row.range.end },
    children: [], blocks: [], enumerations: [], units: [],
  };
  if (stop >= 0) {
    const rest = span(lines, titleLine, titleFrom + stop + 1, taskEnd);
    if (rest.text) item.children.push(paragraph(rest));
  }
  row.cells.forEach((cell, k) => {
    const column = columns[k];
    if (!cell.text || cell === task || column === undefined || column === 'number' || column === 'task' || column === 'section') return;
    if (column === 'note') { item.children.push({ kind: 'paragraph', text: cell.text, range: cell.range }); return; }
    const kind: BlockKind = column;
    const b: Block = {
      kind: 'block', blockKind: kind, label: header[k].text, labelRange: header[k].range, text: cell.text, textRange: cell.range,
      range: cell.range, selectionRange: cell.range, enumerations: [], origin: 'table',
    };
    if (isUnitKind(kind)) b.unitList = parseUnitList(cell.text, cell.range.start.line, cell.range.start.character, unitCache);
    item.children.push(b);
  });
  return item;
}

/** The notice's fields, with the range of the lines they were read from; doc.meta gains those the front matter does not give. */
function readNoticeFields(doc: PlanDocument, lines: string[], notice: ReadNotice): void {
  doc.notice = noticeOf(lines, notice.fields, notice.lines);
  for (const f of doc.notice.fields) if (!(f.key in doc.meta)) doc.meta[f.key] = f.value;
}

/** Notice or 版记 fields with the range of the lines they were read from. */
function noticeOf(lines: string[], read: readonly NoticeField[], taken: readonly number[]): PlanNotice {
  const fields = read.map(f => {
    const first = f.lines[0];
    const last = f.lines[f.lines.length - 1];
    return { key: f.key, value: f.value, range: range(first, 0, last, lines[last].length) };
  });
  const first = taken[0];
  const last = taken[taken.length - 1];
  return { range: range(first, 0, last, lines[last].length), fields };
}

/** The title, when the front matter gives none: a title-like line of the preamble. */
function findTitle(doc: PlanDocument, planTitle?: string): void {
  const firstStructure = doc.children.length ? doc.children[0].range.start.line : Infinity;
  const beforeStructure = doc.preamble.filter(p => p.range.start.line < firstStructure);
  if (doc.titleSource === 'front-matter') {
    // The title written again as the first line of the text is that title, not preamble.
    const repeated = beforeStructure[0];
    if (repeated && repeated.text === doc.title!.text) {
      doc.title = { text: repeated.text, range: repeated.range };
      doc.preamble = doc.preamble.filter(p => p !== repeated);
    }
    return;
  }
  // A notice names the plan (关于印发《X》的通知): X, usually written again above the plan.
  if (planTitle) {
    const written = beforeStructure.find(p => p.text === planTitle);
    if (written) {
      doc.title = { text: written.text, range: written.range };
      doc.titleSource = 'text';
      doc.preamble = doc.preamble.filter(p => p !== written);
    } else {
      const field = doc.notice!.fields.find(f => f.key === '通知')!;
      doc.title = { text: planTitle, range: field.range };
      doc.titleSource = 'notice';
    }
    return;
  }
  const { title, variants } = pickTitle(beforeStructure, doc.preamble);
  if (title) {
    doc.title = { text: title.text, range: title.range };
    doc.titleSource = 'text';
    doc.titleVariants = variants.map(v => ({ text: v.text, range: v.range }));
    // The title written again (the same line twice, as web copies do) is the title too.
    doc.preamble = doc.preamble.filter(p => p !== title && !(p.range.start.line < firstStructure && p.text === title.text));
  }
}

/** Fills an item's derived fields: inline responsibility, enumerations, blocks, units, lead, deadline. */
function finishItem(item: Item, lines: string[], unitCache?: GenerationCache<UnitListToken[]>): void {
  // 状态/完成情况/进展 lines record progress: an inline (责任单位：…) is still read beside them.
  if (!item.children.some(c => c.kind === 'block' && !PROGRESS_KINDS.has(c.blockKind))) readInlineResponsibility(item, unitCache);
  if (!item.children.some(c => c.kind === 'block' && c.unitList)) readProseResponsibility(item, unitCache);
  const texts: TextSpan[] = [{ text: item.title, range: item.titleRange }];
  for (const c of item.children) {
    if (c.kind === 'paragraph') texts.push(c);
    else if (c.kind === 'subitem') texts.push(...c.children);
  }
  for (const t of texts) item.enumerations.push(...findEnumerations(t.text, t.range.start.line, t.range.start.character));
  item.blocks = item.children.filter((c): c is Block => c.kind === 'block');
  for (const b of item.blocks) if (b.origin === 'label') b.enumerations = findBlockEnumerations(b, lines);

  // Who leads: a unit marked （牵头）, else the units of a 牵头单位 block (or 牵头 clause), else
  // the first responsible unit. The item's units list the leading ones first.
  const marked = item.blocks.map(b => b.unitList?.markedLead).filter((u): u is UnitRef => !!u);
  const leading = marked.length ? marked : item.blocks.filter(b => b.blockKind === 'lead').flatMap(b => b.unitList?.units ?? []);
  const seen = new Set<string>();
  for (const u of [...leading, ...item.blocks.flatMap(b => b.unitList?.units ?? [])]) {
    if (seen.has(u.name)) continue;
    seen.add(u.name);
    item.units.push(u);
  }
  const leadUnit = leading[0] ?? item.blocks.find(b => b.blockKind === 'responsible' && b.unitList?.units.length)?.unitList?.units[0];
  if (leadUnit) {
    // Every leading unit (X、Y牵头) is marked; the first is the item's lead.
    for (const u of leading.length ? leading : [leadUnit]) u.lead = true;
    for (const u of item.units) if (leading.some(l => l.name === u.name)) u.lead = true;
    item.lead = leadUnit;
  }
  const deadline = item.blocks.find(b => b.blockKind === 'deadline' && b.text);
  if (deadline) item.deadline = deadline.text;
}

/**
 * An inline `(责任单位:…;完成时限:…)` at the end of an item's text is the same as blocks: it
 * comes off the text it was written in (the title or the last paragraph) and its blocks
 * take its place among the item's children.
 */
function readInlineResponsibility(item: Item, unitCache?: GenerationCache<UnitListToken[]>): void {
  // The item's last paragraph of its own text: web residue glued below it (上一篇：…) is not.
  let lastIndex = -1;
  for (let k = item.children.length - 1; k >= 0; k--) {
    const c = item.children[k];
    if (c.kind === 'paragraph' && !isNoiseLine(c.text)) { lastIndex = k; break; }
  }
  const last: TextSpan = lastIndex >= 0 ? item.children[lastIndex] as Paragraph : { text: item.title, range: item.titleRange };
  const inline = parseInlineResponsibility(last, unitCache);
  if (!inline.length) return;
  const trimmed = last.text.slice(0, inline.cut).trimEnd();
  const end = { line: last.range.start.line, character: last.range.start.character + trimmed.length };
  const insertAt = lastIndex + 1;
  if (lastIndex < 0) {
    item.title = trimmed;
    item.titleRange = { start: item.titleRange.start, end };
  } else if (trimmed) {
    item.children[lastIndex] = { kind: 'paragraph', text: trimmed, range: { start: last.range.start, end } };
  } else {
    item.children.splice(lastIndex, 1);
    item.children.splice(lastIndex, 0, ...inline);
    return;
  }
  item.children.splice(insertAt, 0, ...(inline as ItemChild[]));
}

/**
 * Units named in the item's sentences (县教育局负责，县财政局配合), when no block names any:
 * each clause's blocks follow the text they were read from among the item's children.
 */
function readProseResponsibility(item: Item, unitCache?: GenerationCache<UnitListToken[]>): void {
  const fromTitle = proseResponsibility({ text: item.title, range: item.titleRange }, unitCache);
  // A note that names the units (推进改造（县住建局负责）) is not part of the title.
  const note = trailingParenthesis(item.title);
  if (note && fromTitle.some(b => b.range.start.character > item.titleRange.start.character + note.open)) {
    const title = item.title.slice(0, note.open).trimEnd();
    item.title = title;
    item.titleRange = { start: item.titleRange.start, end: { line: item.titleRange.start.line, character: item.titleRange.start.character + title.length } };
  }
  const children: ItemChild[] = [...fromTitle];
  for (const c of item.children) {
    children.push(c);
    if (c.kind === 'paragraph') children.push(...proseResponsibility(c, unitCache));
    else if (c.kind === 'subitem') for (const t of [{ text: c.text, range: c.titleRange }, ...c.children]) children.push(...proseResponsibility(t, unitCache));
  }
  if (children.length > item.children.length) item.children = children;
}

function findBlockEnumerations(block: Block, lines: string[]): ReturnType<typeof findEnumerations> {
  const out: ReturnType<typeof findEnumerations> = [];
  const { start, end } = block.textRange;
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    const to = line === end.line ? end.character : lines[line].length;
    out.push(...findEnumerations(lines[line].slice(from, to), line, from));
  }
  return out;
}

