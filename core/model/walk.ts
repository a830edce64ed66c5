// The one way through the tree: children in reading order, a depth-first walk, the path
// of nodes at a position, and memoised lists of the items and sections of a container.
// Nothing here sorts: containers already hold their children in reading order.
import type {
  Block, Container, Item, Paragraph, Part, PlanDocument, PlanNode, Position, Range, Section, SubItem, Subsection, TopNode,
} from './types';

/** The children of a node, in reading order (blocks and paragraphs have none). */
export function childrenOf(node: Container | PlanNode): readonly PlanNode[] {
  switch (node.kind) {
    case 'document': case 'part': case 'section': case 'subsection': case 'item': case 'subitem':
      return node.children;
    default:
      return [];
  }
}

/** What a visitor returns: `false` skips the node's children. */
export type Visitor = (node: PlanNode, parent: Container) => void | boolean;

/** Visits every node below `root` depth first, in reading order. */
export function walk(root: Container, visit: Visitor): void {
  // An explicit stack: a document may nest deeply, and recursion would overflow.
  const stack: { parent: Container; children: readonly PlanNode[]; index: number }[] = [
    { parent: root, children: childrenOf(root), index: 0 },
  ];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.index >= top.children.length) { stack.pop(); continue; }
    const node = top.children[top.index++];
    if (visit(node, top.parent) === false) continue;
    const children = childrenOf(node);
    if (children.length) stack.push({ parent: node as Container, children, index: 0 });
  }
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `pos` is inside `r` (ends inclusive, as editors place the caret after the last character). */
export function rangeContains(r: Range, pos: Position): boolean {
  return comparePositions(r.start, pos) <= 0 && comparePositions(pos, r.end) <= 0;
}

/** The nodes that contain a position, outermost first, with the innermost of each kind. */
export interface NodePath {
  nodes: PlanNode[];
  part?: Part;
  section?: Section;
  subsection?: Subsection;
  item?: Item;
  subitem?: SubItem;
  block?: Block;
  paragraph?: Paragraph;
}

/**
 * The child containing `pos`: children are in reading order and do not overlap, so the
 * last one starting at or before `pos` is the only candidate (binary search).
 */
function childAt(children: readonly PlanNode[], pos: Position): PlanNode | undefined {
  let lo = 0;
  let hi = children.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (comparePositions(children[mid].range.start, pos) <= 0) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // Inline and prose blocks sit inside the text they were read from: the innermost (the
  // latest) child containing pos wins; earlier children of that line may still contain it.
  for (let i = found; i >= 0 && children[i].range.end.line >= pos.line; i--) if (rangeContains(children[i].range, pos)) return children[i];
  return undefined;
}

/** The chain of nodes containing `pos`. */
export function pathAt(doc: PlanDocument, pos: Position): NodePath {
  const path: NodePath = { nodes: [] };
  let children: readonly PlanNode[] = doc.children;
  for (;;) {
    const node = childAt(children, pos);
    if (!node) break;
    path.nodes.push(node);
    (path as unknown as Record<string, PlanNode>)[node.kind] = node;
    children = childrenOf(node);
  }
  return path;
}

const itemsMemo = new WeakMap<Container, readonly Item[]>();
const sectionsMemo = new WeakMap<Container, readonly Section[]>();

/** Every item below a container, in reading order (memoised per container). */
export function itemsOf(container: Container): readonly Item[] {
  let items = itemsMemo.get(container);
  if (!items) {
    const out: Item[] = [];
    walk(container, node => {
      if (node.kind === 'item') { out.push(node); return false; }
      return node.kind !== 'block' && node.kind !== 'paragraph';
    });
    items = out;
    itemsMemo.set(container, items);
  }
  return items;
}

/** The items of a top-level node (an item is its own): `itemsOf(doc)` is theirs, node after node. */
export function itemsOfNode(node: TopNode): readonly Item[] {
  return node.kind === 'item' ? [node] : itemsOf(node);
}

/** The sections of a top-level node (a section is its own): `sectionsOf(doc)` is theirs, node after node. */
export function sectionsOfNode(node: TopNode): readonly Section[] {
  return node.kind === 'section' ? [node] : node.kind === 'part' ? sectionsOf(node) : [];
}

/** Every section below a container (a document: those inside parts too), in reading order. */
export function sectionsOf(container: Container): readonly Section[] {
  let sections = sectionsMemo.get(container);
  if (!sections) {
    const out: Section[] = [];
    walk(container, node => {
      if (node.kind === 'section') { out.push(node); return false; }
      return node.kind === 'part';
    });
    sections = out;
    sectionsMemo.set(container, sections);
  }
  return sections;
}

/** The parts of a document, in reading order. */
export function partsOf(doc: PlanDocument): Part[] {
  return doc.children.filter((c): c is Part => c.kind === 'part');
}

/** The subsections of a section, in reading order. */
export function subsectionsOf(section: Section): Subsection[] {
  return section.children.filter((c): c is Subsection => c.kind === 'subsection');
}

/** The items directly in a container (not in its sections or subsections). */
export function directItemsOf(container: PlanDocument | Part | Section | Subsection): Item[] {
  return (container.children as readonly PlanNode[]).filter((c): c is Item => c.kind === 'item');
}

/** The paragraphs directly in a container. */
export function paragraphsOf(container: Part | Section | Subsection | Item | SubItem): Paragraph[] {
  return (container.children as readonly PlanNode[]).filter((c): c is Paragraph => c.kind === 'paragraph');
}

/** The sub-items of an item. */
export function subitemsOf(item: Item): SubItem[] {
  return item.children.filter((c): c is SubItem => c.kind === 'subitem');
}

/** The item whose heading is on `line`, if any (binary search over the items in reading order). */
export function itemAtLine(doc: PlanDocument, line: number): Item | undefined {
  const items = itemsOf(doc);
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = items[mid].range.start.line;
    if (start === line) return items[mid];
    if (start < line) lo = mid + 1; else hi = mid - 1;
  }
  return undefined;
}
