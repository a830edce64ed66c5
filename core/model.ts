// The typed document model. Positions are 0-based lines and UTF-16 characters,
// exactly as the Language Server Protocol counts them.

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** What kind of thing a line is, as the grammar's `line` rule says. */
export type LineKind =
  | 'blank' | 'fence' | 'directive' | 'comment' | 'part' | 'section' | 'subsection'
  | 'item' | 'subitem' | 'labeled' | 'paragraph';

/**
 * The syntax of one line, independent of where the line sits: offsets are
 * characters within the line, so results can be cached by line text.
 */
export interface LineSyntax {
  kind: LineKind;
  /** Characters of leading white space (spaces, tabs, NBSP, U+3000, BOM). */
  indent: number;
  /** The numbering marker as written (`一`, `1`, `(一)`, `①`, `第二篇`), or the label. */
  marker?: string;
  /** Start/end offsets of the marker (for a labeled line: of the label key). */
  markerStart?: number;
  markerEnd?: number;
  /** Numeric value of the marker (一 → 1, `12` → 12, ② → 2). */
  value?: number;
  /** Separator after an item number (`.`, `．`, `、`, `.`), for consistency checks. */
  separator?: string;
  /** Label qualifier such as `(单位)`, for labeled lines. */
  qualifier?: string;
  /** Offset where the text after the marker/separator/colon starts. */
  textStart: number;
  /** Directive fields, for `// planmark-…` lines. */
  directive?: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  ruleIds?: string[];
}

export interface TextSpan { text: string; range: Range }

export type BlockKind = 'target' | 'measures' | 'responsible' | 'lead' | 'cooperate' | 'deadline' | 'leader';

export interface UnitRef {
  name: string;
  range: Range;
  /** True for the unit that leads (牵头) the item. */
  lead?: boolean;
}

export interface UnitList {
  units: UnitRef[];
  /** Parenthesised notes such as `(排名第一为牵头股室,下同)`: not units. */
  notes: TextSpan[];
  /** Places where two separators stand with no unit between them. */
  emptySlots: Range[];
  /** Separators as written, in order (for consistency checks). */
  separators: string[];
}

export interface Enumeration {
  /** `一是`, `二是` … */
  marker: string;
  value: number;
  range: Range;
}

interface NodeBase {
  /** The whole node, from its heading line to its last line. */
  range: Range;
  /** The heading line (or label) that opens the node. */
  selectionRange: Range;
}

export interface Block extends NodeBase {
  kind: 'block';
  blockKind: BlockKind;
  /** The label as written, e.g. `责任股室(单位)`. */
  label: string;
  labelRange: Range;
  /** The block text: the label line's text and its continuation paragraphs. */
  text: string;
  textRange: Range;
  /** For unit blocks (责任股室, 牵头单位, 责任单位, 配合单位): the parsed list. */
  unitList?: UnitList;
  enumerations: Enumeration[];
  /** True when the block came from an inline `(责任单位:…;完成时限:…)`. */
  inline?: boolean;
}

export interface SubItem extends NodeBase {
  kind: 'subitem';
  marker: string;
  value: number;
  title: string;
  titleRange: Range;
  text: string;
}

export interface Item extends NodeBase {
  kind: 'item';
  number: number;
  /** The number as written (`01`, `１２`). */
  numberText: string;
  numberRange: Range;
  separator: string;
  /** The title runs to the first `。` of the item line, or to its end. */
  title: string;
  titleRange: Range;
  /** Text after the title on the item line, plus continuation paragraphs. */
  body: TextSpan[];
  blocks: Block[];
  subitems: SubItem[];
  enumerations: Enumeration[];
  /** Every unit named in the item's unit blocks, in order, deduplicated by name. */
  units: UnitRef[];
  lead?: UnitRef;
  deadline?: string;
}

export interface Subsection extends NodeBase {
  kind: 'subsection';
  marker: string;
  value: number;
  title: string;
  titleRange: Range;
  paragraphs: TextSpan[];
  items: Item[];
}

export interface Section extends NodeBase {
  kind: 'section';
  marker: string;
  value: number;
  title: string;
  titleRange: Range;
  paragraphs: TextSpan[];
  subsections: Subsection[];
  /** Items directly under the section (not in a subsection). */
  items: Item[];
}

export interface Part extends NodeBase {
  kind: 'part';
  /** `第二篇` as written. */
  marker: string;
  value: number;
  title: string;
  titleRange: Range;
  paragraphs: TextSpan[];
  sections: Section[];
  /** Items directly under the part, outside any section. */
  items: Item[];
}

export type StructureNode = Part | Section | Subsection | Item | SubItem | Block;

export interface MetaEntry {
  key: string;
  value: string;
  keyRange: Range;
  valueRange: Range;
}

export interface FrontMatter {
  range: Range;
  entries: MetaEntry[];
  /** False when the closing `---` is missing. */
  closed: boolean;
}

export interface Comment { text: string; range: Range }

export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Empty means every rule. */
  ruleIds: string[];
  line: number;
  range: Range;
}

export interface PlanDocument {
  /** Source lines, without terminators (a BOM is kept out of line 0's text offsets). */
  lines: string[];
  /** The per-line syntax, parallel to `lines`. */
  syntax: LineSyntax[];
  frontMatter?: FrontMatter;
  /** Front-matter entries as a map (first value wins). */
  meta: Record<string, string>;
  title?: TextSpan;
  /** Where the title came from. */
  titleSource?: 'front-matter' | 'text';
  preamble: TextSpan[];
  /** Top level: parts when the document has them, otherwise sections. */
  parts: Part[];
  /** Sections outside any part (all sections when there are no parts). */
  sections: Section[];
  /** Items outside any section or part. */
  looseItems: Item[];
  comments: Comment[];
  directives: Directive[];
  /** The closing 落款 lines (issuer, date) after the last item. */
  closing: TextSpan[];
}
