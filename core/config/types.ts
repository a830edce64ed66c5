// Configuration types. What each setting means, its default and its schema are declared
// once in core/data/settings.json (see settings.ts).
import type { BlockKind } from '../model';
import type { NumberingSetting } from '../domain/numbering';
import type { Calendar, CalendarSetting } from '../domain/deadlines';

/** How a finding is reported. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type NumberingStyle = NumberingSetting;

export type UnitListGroups = 'expand' | 'group';

export interface UnitConfig {
  name: string;
  aliases?: string[];
  /** e.g. 股室, 学校, 二级机构. */
  group?: string;
}

/** A configuration as written (.planmark.json, VS Code settings): every field optional. */
export interface PlanmarkConfig {
  $schema?: string;
  rules?: Record<string, Severity | 'off'>;
  numbering?: NumberingStyle;
  /** Block labels or kinds every item must have; `auto`: those the document's own items use. */
  requiredBlocks?: string[] | 'auto';
  units?: (string | UnitConfig)[];
  /** Front-matter keys besides the built-in ones. */
  metaKeys?: string[];
  /** The values a 状态 block may take (replaces the built-in list). */
  statuses?: StatusConfig[];
  /** Days before a deadline that an unfinished task is due soon. */
  dueSoonDays?: number;
  /** The date overdue checks count from (YYYY-MM-DD); empty: today. */
  asOf?: string;
  /** Named days and periods over the built-in calendar (春季开学 → "02-20", 汛期 → {start, end}). */
  calendar?: CalendarSetting;
  /** Per-unit lists: a group name's tasks go to its configured members (`expand`) or to one list of the group. */
  unitListGroups?: UnitListGroups;
  /** What the formatter changes. */
  format?: Partial<FormatOptions>;
  /** What the Word export writes. */
  docx?: Partial<DocxSettings>;
}

export interface StatusConfig {
  name: string;
  aliases?: string[];
  /** A finished status (已完成): never overdue. */
  done?: boolean;
}

/** The formatter's choices (settings.json `format`). */
export interface FormatOptions {
  punctuation: boolean;
  itemSeparator: 'auto' | '.' | '、' | '．';
  labels: 'unify' | 'keep';
  blankLines: 'collapse' | 'keep';
  indentation: 'remove' | 'keep';
}

/** The Word export's choices (settings.json `docx`). */
export interface DocxSettings {
  /** Full-width Chinese punctuation (core/text/punctuation.ts); false: text as written. */
  punctuation: boolean;
  /** The 发文机关标志 in red with the red rule below. */
  masthead: boolean;
  /** A 22 × 28 document grid (w:docGrid linesAndChars) instead of exact spacing. */
  documentGrid: boolean;
}

/** Configuration with defaults applied. */
export interface ResolvedConfig {
  rules: Record<string, Severity | 'off'>;
  numbering: NumberingStyle;
  requiredBlocks: BlockKind[] | 'auto';
  units: UnitConfig[];
  metaKeys: string[];
  statuses: StatusConfig[];
  dueSoonDays: number;
  /** YYYY-MM-DD, or empty for today. */
  asOf: string;
  /** The built-in calendar with the configured entries over it. */
  calendar: Calendar;
  unitListGroups: UnitListGroups;
  format: FormatOptions;
  docx: DocxSettings;
}
