// The outline as plain JSON (CLI `outline --format json`): lines are 1-based.
import type { Block, DueKind, Item, PlanDocument, PlanNode, SubItem } from '../model';
import { sectionLabel } from '../domain/numbering';

export interface OutlineNode {
  kind: 'part' | 'section' | 'subsection' | 'item' | 'subitem' | 'block';
  /** Numeric value of the marker (第二篇 → 2, 三、 → 3, 12. → 12); blocks have none. */
  number?: number;
  /** The marker as written (`第二篇`, `三`, `(一)`, `12`, `①`). */
  marker?: string;
  title: string;
  line: number;
  children: OutlineNode[];
  /** Items: every unit named, in order; the lead; the deadline when present. */
  units?: string[];
  lead?: string;
  deadline?: string;
  /** Items: the deadline read as dates (ISO; `by` has no start). */
  due?: { text: string; start: string | null; end: string | null; kind: DueKind };
  /** Items: the 状态 (normalised) and the 完成情况 text, once recorded. */
  status?: string;
  progress?: string;
  /** Blocks: the label as written and the text. */
  label?: string;
  text?: string;
}

export interface OutlineJson {
  title: string | null;
  meta: Record<string, string>;
  children: OutlineNode[];
}

const line = (n: { range: { start: { line: number } } }) => n.range.start.line + 1;

function block(b: Block): OutlineNode {
  return { kind: 'block', title: b.label, label: b.label, text: b.text, line: line(b), children: [] };
}

function subitem(s: SubItem): OutlineNode {
  return { kind: 'subitem', number: s.value, marker: s.marker, title: s.title, line: line(s), children: [] };
}

function item(it: Item): OutlineNode {
  const children: OutlineNode[] = [];
  for (const c of it.children) {
    if (c.kind === 'subitem') children.push(subitem(c));
    else if (c.kind === 'block' && c.origin !== 'prose') children.push(block(c)); // prose stays in the text
  }
  const node: OutlineNode = {
    kind: 'item', number: it.number, marker: it.numberText, title: it.title, line: line(it), children,
    units: it.units.map(u => u.name),
  };
  if (it.lead) node.lead = it.lead.name;
  if (it.deadline) node.deadline = it.deadline;
  if (it.due) node.due = { text: it.due.text, start: it.due.start, end: it.due.end, kind: it.due.kind };
  if (it.status) node.status = it.status;
  if (it.progress) node.progress = it.progress;
  return node;
}

/** The outline nodes of a container's headed children, in reading order. */
function nodes(children: readonly PlanNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const c of children) {
    if (c.kind === 'item') out.push(item(c));
    else if (c.kind === 'part' || c.kind === 'section' || c.kind === 'subsection') {
      out.push({ kind: c.kind, number: c.value, marker: c.marker, title: c.title, line: line(c), children: nodes(c.children) });
    }
  }
  return out;
}

export function outlineJson(doc: PlanDocument): OutlineJson {
  return { title: doc.title?.text ?? null, meta: { ...doc.meta }, children: nodes(doc.children) };
}

/** The outline as indented text, one node per line. */
export function outlineText(doc: PlanDocument): string {
  const out: string[] = [];
  if (doc.title) out.push(doc.title.text);
  const walk = (list: OutlineNode[], depth: number) => {
    for (const n of list) {
      const pad = '  '.repeat(depth);
      let head: string;
      switch (n.kind) {
        case 'part': head = `${n.marker} ${n.title}`.trimEnd(); break;
        case 'section': head = sectionLabel({ marker: n.marker ?? '', title: n.title }); break;
        case 'subsection': head = `${n.marker}${n.title}`; break;
        case 'item': head = `${n.marker}. ${n.title}${n.lead ? ` [${n.lead}]` : ''}${n.deadline ? ` (${n.deadline})` : ''}`; break;
        case 'subitem': head = `${n.marker}${n.title}`; break;
        default: head = `${n.label}: ${(n.text ?? '').split('\n')[0].slice(0, 40)}`;
      }
      out.push(`${pad}${head}  :${n.line}`);
      walk(n.children, depth + 1);
    }
  };
  walk(outlineJson(doc).children, 0);
  return out.join('\n') + '\n';
}
