// Lints a text with one rule (or all) and picks findings: shared by the rule, domain and fixture tests.
import { strict as assert } from 'assert';
import { parsePlan } from '../../core/parse';
import { lintDocument, type Locale, type PlanDiagnostic, type Rule } from '../../core/lint';
import { DEFAULT_CONFIG } from '../../core/config/resolve';
import { type ResolvedConfig } from '../../core/config/types';
import { ALL_RULES } from '../../core/rules';

export interface LintTextOptions {
  config?: Partial<ResolvedConfig>;
  locale?: Locale;
}

/** Lints `text` with the given rule only (all rules when omitted). */
export function lint(text: string, rule?: Rule | string, options: LintTextOptions = {}): PlanDiagnostic[] {
  const rules = rule === undefined ? ALL_RULES
    : typeof rule === 'string' ? ALL_RULES.filter(r => r.id === rule || r.name === rule) : [rule];
  assert.ok(rules.length, `no rule ${String(rule)}`);
  return lintDocument(parsePlan(text), {
    config: { ...DEFAULT_CONFIG, ...options.config },
    locale: options.locale ?? 'zh-cn',
    rules,
  });
}

/** Lints with one rule and returns [line (1-based), message] pairs, for compact assertions. */
export function findings(text: string, rule: Rule | string, options: LintTextOptions = {}): [number, string][] {
  return lint(text, rule, options).map(d => [d.range.start.line + 1, d.message]);
}

/** The text a diagnostic's range covers. */
export function covered(text: string, d: PlanDiagnostic): string {
  const lines = text.split(/\r\n|\n|\r/);
  if (d.range.start.line !== d.range.end.line) return lines[d.range.start.line].slice(d.range.start.character);
  return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

/** Joins lines into a document. */
export function doc(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The lines of item `n` with the three usual blocks, naming `unit`. */
export function itemWithBlocks(n: number, unit = '人事股'): string[] {
  return [`${n}.条目${n}`, '目标任务:完成任务。', '工作措施:落实措施。', `责任股室(单位):${unit}。`];
}

/** A one-item document whose 责任股室(单位) (line 5) lists `units`. */
export function itemWithUnits(units: string): string {
  return doc('一、甲', '1.条目', '目标任务:x。', '工作措施:y。', `责任股室(单位):${units}`);
}

/** A unit list written with full-width separators and note: 人是股 twice, otherwise known units. */
export const FULL_WIDTH_UNIT_LIST = itemWithUnits('人是股\uFF0C各乡镇中心校\uFF1B县直学校\uFF08园\uFF09\uFF0C人是股。\uFF08排名第一为牵头股室\uFF0C下同\uFF09');
