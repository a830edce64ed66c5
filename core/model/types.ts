// The typed document model. Positions are 0-based lines and UTF-16 characters,
// exactly as the Language Server Protocol counts them. Every container holds its
// children in reading order; walk.ts is the one way to go through them.

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

// ---------------------------------------------------------------------------------------------
// Line syntax: what the grammar's `line` rule says one line is, independent of where the line
// sits. Offsets are characters within the line, so results are cached by line text and shared
// between lines and documents: read-only.

interface LineBase {
  /** Characters of leading white space (spaces, tabs, NBSP, U+3000, BOM). */
  readonly indent: number;
  /** Offset where the text after the marker/separator/colon starts. */
  readonly textStart: number;
}

interface MarkedLine extends LineBase {
  /** Start/end offsets of the marker (for a labeled line: of the label key). */
  readonly markerStart: number;
  readonly markerEnd: number;
}

interface NumberedLine extends MarkedLine {
  /** The numbering marker as written (`一`, `12`, `(一)`, `①`, `第二篇`). */
  readonly marker: string;
  /** Numeric value of the marker (一 → 1, `12` → 12, ② → 2); NaN when malformed. */
  readonly value: number;
}

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface BlankLine extends LineBase { readonly kind: 'blank' }
export interface FenceLine extends MarkedLine { readonly kind: 'fence' }
export interface CommentLine extends MarkedLine { readonly kind: 'comment' }
export interface DirectiveLine extends MarkedLine {
  readonly kind: 'directive';
  readonly directive: DirectiveKind;
  /** Empty means every rule. */
  readonly ruleIds: readonly string[];
}
export interface PartLine extends NumberedLine { readonly kind: 'part' }
export interface SectionLine extends NumberedLine {
  readonly kind: 'section';
  /** `、` */
  readonly separator: string;
}
export interface SubsectionLine extends NumberedLine {
  readonly kind: 'subsection';
  /** The parentheses as written: `()` or `（）`. */
  readonly separator: string;
}
export interface ItemLine extends NumberedLine {
  readonly kind: 'item';
  /** Separator after the number (`.`, `．`, `、`). */
  readonly separator: string;
}
export interface SubitemLine extends NumberedLine { readonly kind: 'subitem' }
export interface LabeledLine extends MarkedLine {
  readonly kind: 'labeled';
  /** The label key as written, without trailing spaces (`责任股室`, `索 引 号`). */
  readonly marker: string;
  /** A qualifier such as `(单位)`. */
  readonly qualifier?: string;
  /** The colon as written (`:` or `：`). */
  readonly separator: string;
}
export interface ParagraphLine extends LineBase { readonly kind: 'paragraph' }

export type LineSyntax =
  | BlankLine | FenceLine | CommentLine | DirectiveLine | PartLine | SectionLine | SubsectionLine
  | ItemLine | SubitemLine | LabeledLine | ParagraphLine;

export type LineKind = LineSyntax['kind'];

// ---------------------------------------------------------------------------------------------
// The tree

export interface TextSpan { text: string; range: Range }

/** A paragraph of text inside a container (a line, or an item's text after its title). */
export interface Paragraph extends TextSpan { kind: 'paragraph' }

export type BlockKind = 'target' | 'measures' | 'responsible' | 'lead' | 'cooperate' | 'deadline' | 'leader' | 'status' | 'progress' | 'advance';

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
  /** The unit marked as leading by a note after it: 县发展改革局（牵头）. */
  markedLead?: UnitRef;
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

interface HeadingBase extends NodeBase {
  /** The marker as written: `第二篇`, `三`, `(一)`, `①`. */
  marker: string;
  value: number;
  title: string;
  titleRange: Range;
}

export interface Block extends NodeBase {
  kind: 'block';
  blockKind: BlockKind;
  /** The label as written, e.g. `责任股室(单位)`. */
  label: string;
  labelRange: Range;
  /** The block text: the label line's text and its continuation paragraphs, joined by `\n`. */
  text: string;
  textRange: Range;
  /** For unit blocks (责任股室, 牵头单位, 责任单位, 配合单位): the parsed list. */
  unitList?: UnitList;
  enumerations: Enumeration[];
  /** How the block was written (see BlockOrigin). */
  origin: BlockOrigin;
}

/**
 * How a block was written: `label`, a line of its own (`目标任务：…`); `inline`, a field of a
 * `(责任单位：…；完成时限：…)` in the item's text; `table`, a cell of a task-table row (its label
 * is the column's header); `prose`, a unit list named in a sentence (`X负责，Y配合`), left in
 * the text where it was written.
 */
export type BlockOrigin = 'label' | 'inline' | 'table' | 'prose';

export interface SubItem extends HeadingBase {
  kind: 'subitem';
  /** The sub-item's text (title and the rest of its line). */
  text: string;
  /** Continuation paragraphs. */
  children: Paragraph[];
}

export type ItemChild = Paragraph | SubItem | Block;

export interface Item extends NodeBase {
  kind: 'item';
  /** `line`: an item line (`1.…`); `table`: a row of a task table. */
  origin: 'line' | 'table';
  number: number;
  /** The number as written (`01`, `１２`). */
  numberText: string;
  numberRange: Range;
  separator: string;
  /** The title: the item line up to its first `。`, without an inline responsibility note. */
  title: string;
  titleRange: Range;
  /**
   * In reading order: paragraphs (the rest of the item line first), sub-items, and blocks,
   * inline ones included (they sit where their parenthesis was written).
   */
  children: ItemChild[];
  /** The blocks among `children`, in order (a view for rules and exports). */
  blocks: Block[];
  enumerations: Enumeration[];
  /** Every unit named in the item's unit blocks, in order, deduplicated by name. */
  units: UnitRef[];
  lead?: UnitRef;
  deadline?: string;
  /** The deadline read as dates against the plan's year (core/domain/deadlines.ts). */
  due?: Due;
  /** The 状态 block's value, normalised to a configured status (core/domain/progress.ts), or as written when unknown. */
  status?: string;
  /** The 完成情况 block's text (and 进展 after it). */
  progress?: string;
}

export type DueKind = 'by' | 'range' | 'recurring' | 'ongoing' | 'unknown';

export type Recurrence = 'week' | 'ten-days' | 'month' | 'quarter' | 'half-year' | 'year' | 'term';

/** One milestone of a deadline. Dates are ISO (YYYY-MM-DD); `by` has no start, `unknown` neither. */
export interface DueRange {
  /** The part of the deadline text this milestone was read from. */
  text: string;
  kind: DueKind;
  start: string | null;
  end: string | null;
  /** For `recurring`: how often (the range is then the plan's year). */
  every?: Recurrence;
}

/** A deadline as dates: the whole (first start, last end) and its milestones in the order written. */
export interface Due extends DueRange {
  milestones: DueRange[];
  /** Why a deadline is `unknown`: no plan year to read it against, or no date in it. */
  problem?: 'no-year' | 'unreadable';
}

export type SubsectionChild = Paragraph | Item;
export interface Subsection extends HeadingBase { kind: 'subsection'; children: SubsectionChild[] }

export type SectionChild = Paragraph | Subsection | Item;
export interface Section extends HeadingBase { kind: 'section'; children: SectionChild[] }

export type PartChild = Paragraph | Section | Item;
export interface Part extends HeadingBase { kind: 'part'; children: PartChild[] }

/** What the document holds at its top level, after the preamble. */
export type TopNode = Part | Section | Item;

/** Every node of the tree. */
export type PlanNode = Part | Section | Subsection | Item | SubItem | Block | Paragraph;
/** Nodes that hold children. */
export type Container = PlanDocument | Part | Section | Subsection | Item | SubItem;

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

/** A notice wrapped around the plan: its fields (文号, 通知, 主送, 发文机关, 日期 …) with their ranges. */
export interface Notice {
  range: Range;
  fields: { key: string; value: string; range: Range }[];
}

export interface Comment { text: string; range: Range }

export interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  ruleIds: readonly string[];
  line: number;
  range: Range;
}

/** What a task-table column holds: the item number or title, the section a row starts, a note, or a block kind. */
export type TableColumn = 'number' | 'task' | 'section' | 'note' | BlockKind;

/** A task table (任务分解表) found in the text. */
export interface TableInfo {
  /** From the header's first line to the last row's last line. */
  range: Range;
  /** The header's cells as written. */
  header: TextSpan[];
  /** What each column holds; undefined for a column the tools do not read. */
  columns: (TableColumn | undefined)[];
  /** False when the header names too few known columns: the rows stay text, and PLAN026 says so. */
  mapped: boolean;
  /** How the rows are written: one line a row (`|` or tab between cells), or one cell a line. */
  shape: 'rows' | 'cells';
}

export interface PlanDocument {
  kind: 'document';
  /** Source lines, without terminators (a BOM is kept out of line 0's text offsets). */
  lines: string[];
  /** The per-line syntax, parallel to `lines`. */
  syntax: readonly LineSyntax[];
  frontMatter?: FrontMatter;
  /** Front-matter entries, then the notice's and the 版记's fields, as a map (first value wins). */
  meta: Record<string, string>;
  /** The notice the plan is issued with (印发通知), when the text starts with one. */
  notice?: Notice;
  /** The 版记 (抄送, 印发) at the end of a 公文, same shape as the notice. */
  imprint?: Notice;
  title?: TextSpan;
  /** Where the title came from: 标题 in the front matter, a line of the text, or the notice's 《X》. */
  titleSource?: 'front-matter' | 'text' | 'notice';
  /** The title written again with another year (a web site's variant): residue, PLAN027 says so. */
  titleVariants?: TextSpan[];
  /** Paragraphs before the first part, section or item (the title excluded). */
  preamble: Paragraph[];
  /** Parts, sections and items at the top level, in reading order. */
  children: TopNode[];
  /** The task tables, mapped or not, in reading order (their rows are items when mapped). */
  tables: TableInfo[];
  comments: Comment[];
  directives: Directive[];
  /** The closing 落款 lines (issuer, date) after the last item. */
  closing: TextSpan[];
}
