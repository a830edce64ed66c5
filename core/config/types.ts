// Project configuration (`.planmark.json`), see schemas/planmark.schema.json.
import type { BlockKind } from '../model';
import type { Severity } from '../lint/types';

export type NumberingStyle = 'auto' | 'continuous' | 'per-section';

export interface UnitConfig {
  name: string;
  aliases?: string[];
  /** e.g. 股室, 学校, 二级机构. */
  group?: string;
}

/** The file as written: every field optional. */
export interface PlanmarkConfig {
  $schema?: string;
  rules?: Record<string, Severity | 'off'>;
  numbering?: NumberingStyle;
  /** Block labels or kinds every item must have when the document uses blocks. */
  requiredBlocks?: string[];
  units?: (string | UnitConfig)[];
  /** Front-matter keys besides the built-in ones. */
  metaKeys?: string[];
}

/** Configuration with defaults applied. */
export interface ResolvedConfig {
  rules: Record<string, Severity | 'off'>;
  numbering: NumberingStyle;
  requiredBlocks: BlockKind[];
  units: UnitConfig[];
  metaKeys: string[];
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  rules: {},
  numbering: 'auto',
  requiredBlocks: ['target', 'measures', 'responsible'],
  units: [],
  metaKeys: [],
};
