// Lint rule and diagnostic types. Rules are plain functions over the model.
import type { PlanDocument, Range } from '../model';
import type { ResolvedConfig, Severity } from '../config/types';
import type { Message } from '../messages';
import type { UnitLookup } from '../units/registry';

export type { Severity } from '../config/types';
export { formatMessage, type Locale, type Message } from '../messages';

export interface PlanDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Rule-specific data, e.g. `{ suggestion: '人事股' }` for a quick fix. */
  data?: Record<string, unknown>;
}

export interface RuleContext {
  doc: PlanDocument;
  config: ResolvedConfig;
  units: UnitLookup;
  /** Reports a finding at `range`; the message template is filled with `args`. */
  report(range: Range, message: Message, args?: (string | number)[], data?: Record<string, unknown>): void;
}

export interface Rule {
  /** Stable id, `PLAN001` … */
  id: string;
  /** Short kebab-case name, e.g. `section-numbering`. */
  name: string;
  defaultSeverity: Severity;
  /** One line on what it checks, for the rules table and hovers. */
  description: Message;
  check(ctx: RuleContext): void;
}
