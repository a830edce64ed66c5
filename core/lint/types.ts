// Lint rule and diagnostic types. Rules are plain functions over the model.
import type { PlanDocument, Range } from '../model';
import type { ResolvedConfig } from '../config/types';
import type { UnitRegistry } from '../units/registry';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Locale = 'en' | 'zh-cn';

/** A message in both languages; `{0}`, `{1}` … are filled from `args`. */
export interface Message { en: string; zh: string }

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
  units: UnitRegistry;
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

/** A message in the given language, its `{n}` filled from `args`. */
export function formatMessage(message: Message, locale: Locale, args: readonly (string | number)[] = []): string {
  const template = locale === 'zh-cn' ? message.zh : message.en;
  return template.replace(/\{(\d+)\}/g, (all, n) => (args[Number(n)] !== undefined ? String(args[Number(n)]) : all));
}
