// Runs the rules over a document: severities from config, inline disable directives.
import type { PlanDocument, Range } from '../model';
import type { ResolvedConfig } from '../config/types';
import { DEFAULT_CONFIG } from '../config/resolve';
import { ALL_RULES } from '../rules';
import { UnitRegistry } from '../units/registry';
import { lineRange, scanLines } from '../rules/shared';
import type { LintCache } from './cache';
import { formatMessage, type Locale, type Message, type PlanDiagnostic, type Rule, type Severity } from './types';

export * from './types';

const RULE_FAILED = { en: 'Rule {0} failed on this document ({1}); please report this bug.', zh: '规则 {0} 处理本文档时出错\uFF08{1}\uFF09,请报告此问题。' };

export interface LintOptions {
  /** The messages' language. */
  locale: Locale;
  config?: ResolvedConfig;
  /** Registry with config units applied; document units are added per document. */
  units?: UnitRegistry;
  rules?: readonly Rule[];
  /**
   * The document's lint cache (core/lint/cache.ts): line rules reuse the findings of
   * lines unchanged since the last lint. The result is the same with or without it.
   */
  cache?: LintCache;
}

/**
 * At most this many findings of one rule are reported per document; the rest are counted
 * in one closing finding (a pathological line would otherwise give millions).
 */
export const MAX_FINDINGS_PER_RULE = 1000;
const FINDINGS_CAPPED = {
  en: '{0} more {1} findings in this document are not shown (at most {2} per rule).',
  zh: '本文档另有 {0} 处 {1} 问题未列出\uFF08每条规则最多列出 {2} 处\uFF09。',
};

/** The first span in `spans` (sorted by `from`, not overlapping) that holds `line`. */
function holds(spans: readonly { from: number; to: number }[] | undefined, line: number): boolean {
  if (!spans) return false;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].from > line) hi = mid - 1;
    else if (spans[mid].to < line) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Lines on which each rule is disabled by `// planmark-…` directives, answered in
 * logarithmic time (a document may hold many directives and many findings).
 */
function disabledLines(doc: PlanDocument): (ruleId: string, line: number) => boolean {
  type Span = { from: number; to: number };
  const lineIds = new Map<number, string[]>(); // disable-line / disable-next-line
  const ranges = new Map<string, Span[]>(); // rule id ('*' = all) → spans in line order
  const open = new Map<string, number>(); // rule id ('*' = all) → start line
  const close = (id: string, from: number, to: number) => {
    const list = ranges.get(id) ?? [];
    list.push({ from, to });
    ranges.set(id, list);
  };
  for (const d of doc.directives) {
    const ids = d.ruleIds.length ? d.ruleIds : ['*'];
    if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
      const line = d.kind === 'disable-line' ? d.line : d.line + 1;
      lineIds.set(line, [...(lineIds.get(line) ?? []), ...ids]);
    } else if (d.kind === 'disable') for (const id of ids) { if (!open.has(id)) open.set(id, d.line); }
    else {
      const closing = d.ruleIds.length ? d.ruleIds : [...open.keys()];
      for (const id of closing) {
        const from = open.get(id);
        if (from !== undefined) { close(id, from, d.line); open.delete(id); }
      }
    }
  }
  for (const [id, from] of open) close(id, from, Infinity);
  if (!lineIds.size && !ranges.size) return () => false;
  return (ruleId, line) => {
    const ids = lineIds.get(line);
    if (ids && (ids.includes('*') || ids.includes(ruleId))) return true;
    return holds(ranges.get('*'), line) || holds(ranges.get(ruleId), line);
  };
}

export function lintDocument(doc: PlanDocument, options: LintOptions): PlanDiagnostic[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const locale = options.locale;
  const units = (options.units ?? UnitRegistry.builtin().withConfig(config.units)).withDocument(doc);
  const isDisabled = disabledLines(doc);
  const cache = options.cache;
  cache?.beginLint([config, options.units, options.rules]);
  const scanned = cache ? scanLines(doc, cache.residue) : undefined;
  const out: PlanDiagnostic[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const setting = config.rules[rule.id] ?? config.rules[rule.name] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const severity: Severity = setting;
    let reported = 0;
    let firstOmitted: Range | undefined;
    const report = (range: Range, message: Message, args?: (string | number)[], data?: Record<string, unknown>) => {
      if (isDisabled(rule.id, range.start.line)) return;
      if (++reported > MAX_FINDINGS_PER_RULE) { firstOmitted ??= range; return; }
      out.push({ code: rule.id, severity, message: formatMessage(message, locale, args), range, ...(data ? { data } : {}) });
    };
    try {
      if (cache && scanned && rule.scanLine) {
        // What `check` (core/rules/shared.ts checkLines) does, with unchanged lines' findings remembered.
        const exceptions = rule.lineExceptions?.(doc);
        scanned.forEach((s, index) => {
          const scan = exceptions?.get(s.line);
          if (scan) scan(s, (start, end, message, args, data) => report(lineRange(s.line, start, end), message, args, data));
          else for (const f of cache.lineFindings(rule, s, index)) report(lineRange(s.line, f.start, f.end), f.message, f.args, f.data);
        });
      } else if (cache && rule.byNode) {
        // What `check` (core/rules/shared.ts checkNodes) does, with unchanged nodes' findings remembered.
        cache.checkNodes(rule.id, rule.byNode, doc.children, { config, units }, report);
      } else {
        rule.check({ doc, config, units, report });
      }
      if (firstOmitted) {
        out.push({
          code: rule.id, severity: 'information', range: firstOmitted,
          message: formatMessage(FINDINGS_CAPPED, locale, [reported - MAX_FINDINGS_PER_RULE, rule.id, MAX_FINDINGS_PER_RULE]),
        });
      }
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
