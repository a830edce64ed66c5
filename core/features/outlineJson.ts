// The outline as plain JSON (CLI `outline --format json`): lines are 1-based.
import type { Block, Item, Part, PlanDocument, Section, SubItem, Subsection } from '../model';

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
  const children = [...it.subitems.map(subitem), ...it.blocks.map(block)].sort((a, b) => a.line - b.line);
  const node: OutlineNode = {
    kind: 'item', number: it.number, marker: it.numberText, title: it.title, line: line(it), children,
    units: it.units.map(u => u.name),
  };
  if (it.lead) node.lead = it.lead.name;
  if (it.deadline) node.deadline = it.deadline;
  return node;
}

function subsection(s: Subsection): OutlineNode {
  return { kind: 'subsection', number: s.value, marker: s.marker, title: s.title, line: line(s), children: s.items.map(item) };
}

function section(s: Section): OutlineNode {
  const children = [...s.items.map(item), ...s.subsections.map(subsection)].sort((a, b) => a.line - b.line);
  return { kind: 'section', number: s.value, marker: s.marker, title: s.title, line: line(s), children };
}

function part(p: Part): OutlineNode {
  const children = [...p.items.map(item), ...p.sections.map(section)].sort((a, b) => a.line - b.line);
  return { kind: 'part', number: p.value, marker: p.marker, title: p.title, line: line(p), children };
}

export function outlineJson(doc: PlanDocument): OutlineJson {
  const children = [...doc.looseItems.map(item), ...doc.sections.map(section), ...doc.parts.map(part)].sort((a, b) => a.line - b.line);
  return { title: doc.title?.text ?? null, meta: { ...doc.meta }, children };
}

/** The outline as indented text, one node per line. */
export function outlineText(doc: PlanDocument): string {
  const out: string[] = [];
  if (doc.title) out.push(doc.title.text);
  const walk = (nodes: OutlineNode[], depth: number) => {
    for (const n of nodes) {
      const pad = '  '.repeat(depth);
      let head: string;
      switch (n.kind) {
        case 'part': head = `${n.marker} ${n.title}`.trimEnd(); break;
        case 'section': head = `${n.marker}、${n.title}`; break;
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
