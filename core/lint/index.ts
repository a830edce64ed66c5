// Runs the rules over a document: severities from config, inline disable directives.
import type { PlanDocument, Range } from '../model';
import type { ResolvedConfig } from '../config/types';
import { DEFAULT_CONFIG } from '../config/resolve';
import { ALL_RULES } from '../rules';
import { UnitRegistry } from '../units/registry';
import { formatMessage, type Locale, type PlanDiagnostic, type Rule, type Severity } from './types';

export * from './types';

const RULE_FAILED = { en: 'Rule {0} failed on this document ({1}); please report this bug.', zh: '规则 {0} 处理本文档时出错\uFF08{1}\uFF09,请报告此问题。' };

export interface LintOptions {
  /** The messages' language. */
  locale: Locale;
  config?: ResolvedConfig;
  /** Registry with config units applied; document units are added per document. */
  units?: UnitRegistry;
  rules?: readonly Rule[];
}

/** Lines on which each rule is disabled by `// planmark-…` directives. */
function disabledLines(doc: PlanDocument): (ruleId: string, line: number) => boolean {
  type Span = { from: number; to: number; ids: readonly string[] };
  const spans: Span[] = [];
  const open = new Map<string, number>(); // rule id ('*' = all) → start line
  for (const d of doc.directives) {
    const ids = d.ruleIds.length ? d.ruleIds : ['*'];
    if (d.kind === 'disable-next-line') spans.push({ from: d.line + 1, to: d.line + 1, ids });
    else if (d.kind === 'disable-line') spans.push({ from: d.line, to: d.line, ids });
    else if (d.kind === 'disable') for (const id of ids) { if (!open.has(id)) open.set(id, d.line); }
    else {
      const closing = d.ruleIds.length ? d.ruleIds : [...open.keys()];
      for (const id of closing) {
        const from = open.get(id);
        if (from !== undefined) { spans.push({ from, to: d.line, ids: [id] }); open.delete(id); }
      }
    }
  }
  for (const [id, from] of open) spans.push({ from, to: Infinity, ids: [id] });
  if (!spans.length) return () => false;
  return (ruleId, line) => spans.some(s => line >= s.from && line <= s.to && (s.ids.includes('*') || s.ids.includes(ruleId)));
}

export function lintDocument(doc: PlanDocument, options: LintOptions): PlanDiagnostic[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const locale = options.locale;
  const units = (options.units ?? UnitRegistry.builtin().withConfig(config.units)).withDocument(doc);
  const isDisabled = disabledLines(doc);
  const out: PlanDiagnostic[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const setting = config.rules[rule.id] ?? config.rules[rule.name] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const severity: Severity = setting;
    try {
      rule.check({
        doc, config, units,
        report(range: Range, message, args, data) {
          if (isDisabled(rule.id, range.start.line)) return;
          out.push({ code: rule.id, severity, message: formatMessage(message, locale, args), range, ...(data ? { data } : {}) });
        },
      });
    } catch (error) {
      // A failing rule is a bug in Planmark, not in the document: say so, keep the
      // other rules' findings.
      out.push({
        code: rule.id, severity: 'information', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: formatMessage(RULE_FAILED, locale, [rule.id, (error as Error)?.message ?? String(error)]),
      });
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
}
