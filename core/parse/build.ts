// Assembles classified lines into the document tree. One pass, O(lines): the
// nesting follows the numbering levels (part > section > subsection > item).
import type {
  Block, Comment, Directive, FrontMatter, Item, LineSyntax, Part, PlanDocument, Range, Section,
  SubItem, Subsection, TextSpan,
} from '../model';
import { blockKindOf, isContinuingKind, isUnitKind } from '../blocks';
import { isNoiseLine } from '../text/noise';
import { findEnumerations } from './inline';
import { parseInlineResponsibility } from './inlineFields';
import { LINE_HEAD } from './lineSyntax';
import { parseUnitList, type UnitListToken } from './unitList';
import type { GenerationCache } from './cache';

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

/** The fields every numbered heading (part, section, subsection) has. */
function heading(lines: string[], i: number, s: LineSyntax) {
  const title = span(lines, i, s.textStart);
  return {
    marker: s.marker!, value: s.value!, title: title.text, titleRange: title.range,
    range: range(i, s.indent, i, lines[i].length), selectionRange: range(i, s.markerStart!, i, lines[i].length),
  };
}

function extend(node: { range: Range }, line: number, character: number): void {
  const end = node.range.end;
  if (line > end.line || (line === end.line && character > end.character)) node.range.end = { line, character };
}

/** Finds the 落款 (issuer + date) lines at the very end, after the last structure line. */
function findClosing(lines: string[], syntax: LineSyntax[]): Set<number> {
  const closing = new Set<number>();
  let i = lines.length - 1;
  while (i >= 0 && (syntax[i].kind === 'blank' || syntax[i].kind === 'comment' || syntax[i].kind === 'directive')) i--;
  if (i < 0 || !DATE_LINE.test(lines[i])) return closing;
  closing.add(i);
  let j = i - 1;
  while (j >= 0 && syntax[j].kind === 'blank') j--;
  const issuer = j >= 0 ? lines[j].trim() : '';
  if (j >= 0 && syntax[j].kind === 'paragraph' && issuer.length > 0 && issuer.length <= 30 && !/[。;\uFF1B,\uFF0C:\uFF1A]/.test(issuer)) closing.add(j);
  return closing;
}

// Lines before the first section that are not the title: disclosure headers,
// 文号 lines, notice wrappers.
const NOT_TITLE = /^[-\s]*(索\s*引\s*号|备注|文号|发布机构|发文机关|公文生成日期|成文日期|发布日期|分类|主题分类|主送)|〔\d{4}〕\s*\d+\s*号\s*$|^关于|[:\uFF1A]\s*$/;
const PLAN_WORD = /要点|计划|规划|方案|思路|总结|安排|意见|任务/;

function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 60 && !/[。;\uFF1B]$/.test(t) && !isNoiseLine(t) && !NOT_TITLE.test(t);
}

/** The title: the first title-like line that names a plan, else the first title-like line. */
function pickTitle(candidates: TextSpan[]): TextSpan | undefined {
  const titleLike = candidates.filter(c => looksLikeTitle(c.text));
  return titleLike.find(c => PLAN_WORD.test(c.text)) ?? titleLike[0];
}

export function buildDocument(lines: string[], syntax: LineSyntax[], unitCache?: GenerationCache<UnitListToken[]>): PlanDocument {
  const doc: PlanDocument = {
    lines, syntax, meta: {}, preamble: [], parts: [], sections: [], looseItems: [], comments: [], directives: [], closing: [],
  };
  const comments: Comment[] = doc.comments;
  const directives: Directive[] = doc.directives;

  let i = 0;
  // Front matter: a fence as the first non-blank line, key:value lines, a closing fence.
  let first = 0;
  while (first < lines.length && syntax[first].kind === 'blank') first++;
  if (first < lines.length && syntax[first].kind === 'fence') {
    const fm: FrontMatter = { range: range(first, 0, first, lines[first].length), entries: [], closed: false };
    i = first + 1;
    for (; i < lines.length; i++) {
      const s = syntax[i];
      extend(fm, i, lines[i].length);
      if (s.kind === 'fence') { fm.closed = true; i++; break; }
      if (s.kind === 'labeled' && s.textStart - s.indent <= LINE_HEAD) {
        const key = (s.marker ?? '').replace(/[\s\u00A0\u3000]+/g, '');
        const value = span(lines, i, s.textStart);
        fm.entries.push({ key, value: value.text, keyRange: range(i, s.markerStart!, i, s.markerEnd!), valueRange: value.range });
        if (!(key in doc.meta)) doc.meta[key] = value.text;
      } else if (s.kind === 'comment') {
        comments.push(span(lines, i, s.textStart));
      }
    }
    doc.frontMatter = fm;
  }
  if (doc.meta['标题']) {
    const entry = doc.frontMatter!.entries.find(e => e.key === '标题')!;
    doc.title = { text: entry.value, range: entry.valueRange };
    doc.titleSource = 'front-matter';
  }

  const closing = findClosing(lines, syntax);
  let part: Part | undefined;
  let section: Section | undefined;
  let subsection: Subsection | undefined;
  let item: Item | undefined;
  let subitem: SubItem | undefined;
  let block: Block | undefined;

  const openNodes = (): { range: Range }[] => [part, section, subsection, item, subitem, block].filter(Boolean) as { range: Range }[];
  const extendOpen = (line: number) => { for (const node of openNodes()) extend(node, line, lines[line].length); };

  for (; i < lines.length; i++) {
    const s = syntax[i];
    const text = lines[i];
    if (closing.has(i)) { doc.closing.push(span(lines, i, 0)); continue; }
    switch (s.kind) {
      case 'blank':
      case 'fence':
        continue;
      case 'comment':
        comments.push(span(lines, i, s.textStart));
        continue;
      case 'directive':
        directives.push({ kind: s.directive!, ruleIds: s.ruleIds ?? [], line: i, range: range(i, s.indent, i, text.length) });
        continue;
      case 'part': {
        part = { kind: 'part', ...heading(lines, i, s), paragraphs: [], sections: [], items: [] };
        doc.parts.push(part);
        section = subsection = item = subitem = block = undefined;
        continue;
      }
      case 'section': {
        section = { kind: 'section', ...heading(lines, i, s), paragraphs: [], subsections: [], items: [] };
        (part ? part.sections : doc.sections).push(section);
        if (part) extend(part, i, text.length);
        subsection = item = subitem = block = undefined;
        continue;
      }
      case 'subsection':
        if (section) {
          subsection = { kind: 'subsection', ...heading(lines, i, s), paragraphs: [], items: [] };
          section.subsections.push(subsection);
          item = subitem = block = undefined;
          extendOpen(i);
          continue;
        }
        break; // a (一) with no section above it is text
      case 'item': {
        const titleEnd = text.indexOf('。', s.textStart);
        const title = span(lines, i, s.textStart, titleEnd < 0 ? text.length : titleEnd);
        item = {
          kind: 'item', number: s.value!, numberText: s.marker!, separator: s.separator!,
          numberRange: range(i, s.markerStart!, i, s.markerStart! + s.marker!.length),
          title: title.text, titleRange: title.range,
          range: range(i, s.indent, i, text.length), selectionRange: range(i, s.markerStart!, i, text.length),
          body: [], blocks: [], subitems: [], enumerations: [], units: [],
        };
        if (titleEnd >= 0) {
          const rest = span(lines, i, titleEnd + 1);
          if (rest.text) item.body.push(rest);
        }
        if (subsection) subsection.items.push(item);
        else if (section) section.items.push(item);
        else if (part) part.items.push(item);
        else doc.looseItems.push(item);
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
            kind: 'subitem', marker: s.marker!, value: s.value!, title: titleText,
            titleRange: range(i, start, i, start + titleText.length), text: content.text,
            range: range(i, s.indent, i, text.length), selectionRange: range(i, s.markerStart!, i, text.length),
          };
          item.subitems.push(subitem);
          block = undefined;
          extendOpen(i);
          continue;
        }
        break;
      case 'labeled': {
        // A label prefix longer than the matched head is text (see LINE_HEAD).
        const kind = s.textStart - s.indent <= LINE_HEAD ? blockKindOf(s.marker ?? '') : undefined;
        if (kind && item) {
          const content = span(lines, i, s.textStart);
          const label = text.slice(s.markerStart!, s.textStart - s.separator!.length).trim();
          block = {
            kind: 'block', blockKind: kind, label,
            labelRange: range(i, s.markerStart!, i, s.markerStart! + label.length),
            text: content.text, textRange: content.range,
            range: range(i, s.indent, i, text.length), selectionRange: range(i, s.markerStart!, i, s.markerStart! + label.length),
            enumerations: [],
          };
          if (isUnitKind(kind)) block.unitList = parseUnitList(content.text, i, content.range.start.character, unitCache);
          item.blocks.push(block);
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
      extendOpen(i);
    } else if (item) {
      item.body.push(para);
      extendOpen(i);
    } else if (subsection) {
      subsection.paragraphs.push(para);
      extendOpen(i);
    } else if (section) {
      section.paragraphs.push(para);
      extendOpen(i);
    } else if (part) {
      part.paragraphs.push(para);
      extendOpen(i);
    } else {
      doc.preamble.push(para);
    }
  }
  const firstStructure = firstStructureLine(doc);
  if (doc.titleSource === 'front-matter') {
    // The title written again as the first line of the text is that title, not preamble.
    const repeated = doc.preamble.find(p => p.range.start.line < firstStructure);
    if (repeated && repeated.text === doc.title!.text) {
      doc.title = repeated;
      doc.preamble = doc.preamble.filter(p => p !== repeated);
    }
  }
  if (!doc.title) {
    const title = pickTitle(doc.preamble.filter(p => p.range.start.line < firstStructure));
    if (title) {
      doc.title = title;
      doc.titleSource = 'text';
      doc.preamble = doc.preamble.filter(p => p !== title);
    }
  }

  for (const it of allItemsOf(doc)) finishItem(it, lines, unitCache);
  return doc;
}

function firstStructureLine(doc: PlanDocument): number {
  const starts = [...doc.parts, ...doc.sections, ...doc.looseItems].map(n => n.range.start.line);
  return starts.length ? Math.min(...starts) : Infinity;
}

/** Fills an item's derived fields: enumerations, inline responsibility, units, lead, deadline. */
function finishItem(item: Item, lines: string[], unitCache?: GenerationCache<UnitListToken[]>): void {
  // An inline `(责任单位:…;完成时限:…)` at the item's end is the same as blocks.
  const lastSpan = item.body.length ? item.body[item.body.length - 1] : { text: item.title, range: item.titleRange };
  if (!item.blocks.length || !item.blocks.some(b => !b.inline)) {
    const inline = parseInlineResponsibility(lastSpan, unitCache);
    if (inline.length) {
      item.blocks.push(...inline);
      // The parenthesis is the blocks now, not part of the title or body text.
      const cut = inline.cut;
      const trimmed = lastSpan.text.slice(0, cut).trimEnd();
      const end = { line: lastSpan.range.start.line, character: lastSpan.range.start.character + trimmed.length };
      if (lastSpan.range === item.titleRange) {
        item.title = trimmed;
        item.titleRange = { start: item.titleRange.start, end };
      } else if (trimmed) {
        item.body[item.body.length - 1] = { text: trimmed, range: { start: lastSpan.range.start, end } };
      } else {
        item.body.pop();
      }
    }
  }
  for (const spanOf of [{ text: item.title, range: item.titleRange }, ...item.body]) {
    item.enumerations.push(...findEnumerations(spanOf.text, spanOf.range.start.line, spanOf.range.start.character));
  }
  for (const b of item.blocks) {
    if (!b.inline) b.enumerations = findBlockEnumerations(b, lines);
  }
  const seen = new Set<string>();
  const leadBlock = item.blocks.find(b => b.blockKind === 'lead' && b.unitList?.units.length);
  for (const b of item.blocks) {
    for (const u of b.unitList?.units ?? []) {
      if (seen.has(u.name)) continue;
      seen.add(u.name);
      item.units.push(u);
    }
  }
  const leadUnit = leadBlock ? leadBlock.unitList!.units[0]
    : item.blocks.find(b => b.blockKind === 'responsible' && b.unitList?.units.length)?.unitList!.units[0];
  if (leadUnit) {
    leadUnit.lead = true;
    item.lead = leadUnit;
  }
  const deadline = item.blocks.find(b => b.blockKind === 'deadline' && b.text);
  if (deadline) item.deadline = deadline.text;
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

/** Every item in document order. */
export function allItemsOf(doc: PlanDocument): Item[] {
  const out: Item[] = [...doc.looseItems];
  const fromSection = (s: Section) => { out.push(...s.items); for (const sub of s.subsections) out.push(...sub.items); };
  doc.sections.forEach(fromSection);
  for (const p of doc.parts) { out.push(...p.items); p.sections.forEach(fromSection); }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
