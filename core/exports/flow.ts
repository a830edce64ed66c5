// The document as a flat, ordered list of things to print: the one walk over the model that
// the DOCX, HTML and Markdown renderers share. Texts are as written in the source (markers,
// separators, labels, unit lists); comments are never part of it.
import type { Block, BlockKind, Item, Part, PlanDocument, Section, SubItem, Subsection, TextSpan } from '../model';

export type HeadingLevel = 'part' | 'section' | 'subsection' | 'item' | 'subitem';

export type FlowNode =
  | { kind: 'docNumber'; text: string }
  | { kind: 'title'; text: string; line?: number }
  | { kind: 'paragraph'; text: string; line: number; role: 'preamble' | 'body' }
  | {
      kind: 'heading'; level: HeadingLevel;
      /** Marker and separator as written: `一、`, `(一)`, `1.`, `(1)`, `第二篇 `. */
      prefix: string;
      title: string;
      /** Text on the heading line after the title (an item's body on its own line). */
      rest: string;
      line: number;
    }
  | {
      kind: 'block';
      /** Undefined for labelled paragraphs that are not plan blocks (per-unit lists). */
      blockKind?: BlockKind;
      /** The label as written, with its qualifier: `责任股室(单位)`. */
      label: string;
      /** The colon as written (`:` or `:`). */
      colon: string;
      /** The block text split into paragraphs (the first follows the label). */
      paragraphs: string[];
      line: number;
    }
  | { kind: 'closing'; text: string; line?: number };

const LEADING_SPACE = /^[\s\u00A0\u3000\uFEFF]+/;

function lineText(doc: PlanDocument, line: number): string {
  return (doc.lines[line] ?? '').replace(LEADING_SPACE, '').trimEnd();
}

/** Splits a heading line into its marker/separator prefix and the text after it. */
function splitHeading(doc: PlanDocument, line: number, title: string): { prefix: string; title: string; rest: string } {
  const raw = doc.lines[line] ?? '';
  const syntax = doc.syntax[line];
  const indent = syntax?.indent ?? 0;
  const textStart = syntax?.textStart ?? indent;
  const prefix = raw.slice(indent, textStart).replace(LEADING_SPACE, '');
  const text = raw.slice(textStart).trimEnd();
  if (title && text.startsWith(title)) return { prefix, title, rest: text.slice(title.length) };
  return { prefix, title: text, rest: '' };
}

function spans(list: TextSpan[], role: 'preamble' | 'body'): FlowNode[] {
  return list.filter(s => s.text.trim() !== '').map(s => ({ kind: 'paragraph' as const, text: s.text.trim(), line: s.range.start.line, role }));
}

function blockNode(doc: PlanDocument, b: Block): FlowNode {
  const line = b.labelRange.start.line;
  const raw = doc.lines[line] ?? '';
  const label = raw.slice(b.labelRange.start.character, b.textRange.start.line === line ? b.textRange.start.character : raw.length).trimEnd();
  // label is e.g. `责任股室(单位):`; split off the colon
  const m = /^(.*?)\s*([:\uFF1A])\s*$/.exec(label);
  const paragraphs = b.text.split('\n').map(p => p.trim()).filter((p, i) => p !== '' || i === 0);
  return {
    kind: 'block', blockKind: b.blockKind,
    label: m ? m[1] : (b.label || label), colon: m ? m[2] : ':',
    paragraphs: paragraphs.length ? paragraphs : [''], line,
  };
}

function subitemNodes(doc: PlanDocument, s: SubItem): FlowNode[] {
  const line = s.selectionRange.start.line;
  const head = splitHeading(doc, line, s.title);
  const out: FlowNode[] = [{ kind: 'heading', level: 'subitem', prefix: head.prefix, title: head.title, rest: head.rest, line }];
  // continuation lines of a sub-item, if the parser kept any
  for (let l = line + 1; l <= s.range.end.line && l < doc.lines.length; l++) {
    const k = doc.syntax[l]?.kind;
    if (k === 'paragraph' && lineText(doc, l)) out.push({ kind: 'paragraph', text: lineText(doc, l), line: l, role: 'body' });
  }
  return out;
}

function itemNodes(doc: PlanDocument, item: Item): FlowNode[] {
  const line = item.selectionRange.start.line;
  const head = splitHeading(doc, line, item.title);
  const out: FlowNode[] = [{ kind: 'heading', level: 'item', prefix: head.prefix, title: head.title, rest: head.rest, line }];
  const children: { line: number; nodes: FlowNode[] }[] = [];
  for (const s of item.body) {
    if (s.range.start.line === line || !s.text.trim()) continue; // already in `rest`
    children.push({ line: s.range.start.line, nodes: spans([s], 'body') });
  }
  for (const s of item.subitems) children.push({ line: s.selectionRange.start.line, nodes: subitemNodes(doc, s) });
  for (const b of item.blocks) {
    if (b.inline) continue; // written inside the item's own text, which is printed as is
    children.push({ line: b.labelRange.start.line, nodes: [blockNode(doc, b)] });
  }
  children.sort((a, b) => a.line - b.line);
  for (const c of children) out.push(...c.nodes);
  return out;
}

type Child = { line: number; nodes: FlowNode[] };

/** A heading, then its paragraphs and children in source order. */
function headingNodes(doc: PlanDocument, node: Part | Section | Subsection, level: 'part' | 'section' | 'subsection', children: Child[]): FlowNode[] {
  const line = node.selectionRange.start.line;
  const head = splitHeading(doc, line, node.title);
  const out: FlowNode[] = [{ kind: 'heading', level, prefix: head.prefix, title: head.title, rest: head.rest, line }];
  for (const p of node.paragraphs) children.push({ line: p.range.start.line, nodes: spans([p], 'body') });
  for (const it of node.items) children.push({ line: it.selectionRange.start.line, nodes: itemNodes(doc, it) });
  children.sort((x, y) => x.line - y.line);
  for (const c of children) out.push(...c.nodes);
  return out;
}

function subsectionNodes(doc: PlanDocument, s: Subsection): FlowNode[] {
  return headingNodes(doc, s, 'subsection', []);
}

function sectionNodes(doc: PlanDocument, s: Section): FlowNode[] {
  return headingNodes(doc, s, 'section', s.subsections.map(sub => ({ line: sub.selectionRange.start.line, nodes: subsectionNodes(doc, sub) })));
}

function partNodes(doc: PlanDocument, p: Part): FlowNode[] {
  return headingNodes(doc, p, 'part', p.sections.map(sec => ({ line: sec.selectionRange.start.line, nodes: sectionNodes(doc, sec) })));
}

/** Front-matter value by any of several keys. */
export function metaValue(doc: PlanDocument, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = doc.meta[k];
    if (v !== undefined && v.trim() !== '') return v.trim();
  }
  return undefined;
}

/** The document's title text ('' when it has none). */
export function titleOf(doc: PlanDocument): string {
  return (doc.title?.text ?? metaValue(doc, '标题') ?? '').trim();
}

/** The whole document as printable nodes, in reading order. */
export function flowOf(doc: PlanDocument): FlowNode[] {
  const out: FlowNode[] = [];
  const docNumber = metaValue(doc, '文号', '发文字号');
  if (docNumber) out.push({ kind: 'docNumber', text: docNumber });
  const title = titleOf(doc);
  if (title) out.push({ kind: 'title', text: title, line: doc.titleSource === 'text' ? doc.title?.range.start.line : undefined });
  out.push(...spans(doc.preamble, 'preamble'));
  const top: { line: number; nodes: FlowNode[] }[] = [];
  for (const p of doc.parts) top.push({ line: p.selectionRange.start.line, nodes: partNodes(doc, p) });
  for (const s of doc.sections) top.push({ line: s.selectionRange.start.line, nodes: sectionNodes(doc, s) });
  for (const it of doc.looseItems) top.push({ line: it.selectionRange.start.line, nodes: itemNodes(doc, it) });
  top.sort((a, b) => a.line - b.line);
  for (const t of top) out.push(...t.nodes);
  const closing = doc.closing.map(c => c.text.trim()).filter(Boolean);
  for (const c of doc.closing) if (c.text.trim()) out.push({ kind: 'closing', text: c.text.trim(), line: c.range.start.line });
  // 发文机关署名 and 成文日期 from the front matter, unless the closing already says them
  const issuer = metaValue(doc, '发文机关', '发文单位', '署名');
  const date = metaValue(doc, '日期', '成文日期');
  if (issuer && !closing.includes(issuer)) out.push({ kind: 'closing', text: issuer });
  if (date && !closing.includes(date)) out.push({ kind: 'closing', text: date });
  return out;
}
