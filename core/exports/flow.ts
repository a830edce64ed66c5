// The document as a flat, ordered list of things to print: the one walk over the model that
// the DOCX, HTML and Markdown renderers share. Texts are as written in the source (markers,
// separators, labels, unit lists); comments are never part of it.
import type { Block, BlockKind, Item, Paragraph, Part, PlanDocument, PlanNode, Section, SubItem, Subsection } from '../model';
import { childrenOf } from '../model';
import { metaValue } from '../domain/meta';

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

function paragraphNode(p: Paragraph, role: 'preamble' | 'body'): FlowNode[] {
  return p.text.trim() ? [{ kind: 'paragraph', text: p.text.trim(), line: p.range.start.line, role }] : [];
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

function headingNode(doc: PlanDocument, node: Part | Section | Subsection | Item | SubItem): FlowNode {
  const line = node.selectionRange.start.line;
  const head = splitHeading(doc, line, node.title);
  const level: HeadingLevel = node.kind;
  return { kind: 'heading', level, prefix: head.prefix, title: head.title, rest: head.rest, line };
}

/** A node and what it holds, in reading order. */
function nodeFlow(doc: PlanDocument, node: PlanNode, out: FlowNode[]): void {
  switch (node.kind) {
    case 'paragraph':
      // The rest of a heading line is printed with the heading (its `rest`).
      out.push(...paragraphNode(node, 'body'));
      return;
    case 'block':
      // Inline and prose blocks are written inside the item's own text, which is printed as is.
      if (node.origin === 'label') out.push(blockNode(doc, node));
      return;
    default: {
      out.push(headingNode(doc, node));
      const line = node.selectionRange.start.line;
      for (const child of childrenOf(node)) {
        if (child.kind === 'paragraph' && child.range.start.line === line) continue; // already in `rest`
        nodeFlow(doc, child, out);
      }
    }
  }
}

/** The document's title text ('' when it has none). */
export function titleOf(doc: PlanDocument): string {
  return (doc.title?.text ?? metaValue(doc, '标题') ?? '').trim();
}

/** The preamble and the plan's parts, sections and items (no title, 文号 or closing). */
export function bodyFlowOf(doc: PlanDocument): FlowNode[] {
  const out: FlowNode[] = [];
  for (const p of doc.preamble) out.push(...paragraphNode(p, 'preamble'));
  for (const node of doc.children) nodeFlow(doc, node, out);
  return out;
}

/** The whole document as printable nodes, in reading order. */
export function flowOf(doc: PlanDocument): FlowNode[] {
  const out: FlowNode[] = [];
  const docNumber = metaValue(doc, '文号');
  if (docNumber) out.push({ kind: 'docNumber', text: docNumber });
  const title = titleOf(doc);
  if (title) out.push({ kind: 'title', text: title, line: doc.titleSource === 'text' ? doc.title?.range.start.line : undefined });
  out.push(...bodyFlowOf(doc));
  const closing = doc.closing.map(c => c.text.trim()).filter(Boolean);
  for (const c of doc.closing) if (c.text.trim()) out.push({ kind: 'closing', text: c.text.trim(), line: c.range.start.line });
  // 发文机关署名 and 成文日期 from the front matter, unless the closing already says them
  const issuer = metaValue(doc, '发文机关');
  const date = metaValue(doc, '日期') ?? metaValue(doc, '成文日期');
  if (issuer && !closing.includes(issuer)) out.push({ kind: 'closing', text: issuer });
  if (date && !closing.includes(date)) out.push({ kind: 'closing', text: date });
  return out;
}
