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

/**
 * Looks up the Chinese text of a message by its English template. The language server
 * plugs in @vscode/l10n here (its bundle is generated from these messages by
 * scripts/gen-l10n.js); without one, the message's own `zh` is used.
 */
export type Translator = (en: string, args: (string | number)[]) => string;

let translator: Translator | undefined;

export function useTranslator(next: Translator | undefined): void {
  translator = next;
}

export function formatMessage(message: Message, locale: Locale, args: (string | number)[] = []): string {
  if (locale === 'zh-cn' && translator) return translator(message.en, args);
  const template = locale === 'zh-cn' ? message.zh : message.en;
  return template.replace(/\{(\d+)\}/g, (all, n) => (args[Number(n)] !== undefined ? String(args[Number(n)]) : all));
}
