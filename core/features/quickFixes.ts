// Quick fixes for findings: the repairs each rule offers (its `fix`, core/rules/), and for
// every finding the two escape hatches: a directive that disables the rule for the line,
// and turning the rule off in `.planmark.json`.
import type { PlanDocument, Position, Range } from '../model';
import type { ConfigChange, TextEdit } from '../lint/types';
import { findRule } from '../rules';
import type { FeatureContext } from './context';
import { msg, type Locale } from './util';

export type QuickFixKind = 'fix' | 'disable-line' | 'rule-off';

export interface QuickFix {
  title: string;
  kind: QuickFixKind;
  /** Index of the diagnostic (in the list given) that this fixes. */
  diagnostic: number;
  /** Edits of the document (none for a change of `.planmark.json` only). */
  edits: TextEdit[];
  /** Applied by fix-all; the editor's preferred action. */
  preferred: boolean;
  /** A change of `.planmark.json`, which the adapter writes (creating the file when absent). */
  config?: ConfigChange;
  /** Where the editor puts the cursor after the edits (in the edited text). */
  cursor?: Position;
}

/** A finding to fix: what the linter reported, or an editor's copy of it. */
export interface FixableDiagnostic { code?: string | number; range: Range; data?: unknown }

const M = {
  disable: { en: 'Disable {0} for this line', zh: '在此行停用 {0}' },
  off: { en: 'Turn {0} off in .planmark.json', zh: '在 .planmark.json 中关闭 {0}' },
};

const DIRECTIVE = /^([\s\u3000]*)\/\/\s*planmark-disable-next-line\b(.*)$/;

/** The edit that disables `code` for line `line`: a directive line above it, or the id added to the one there. */
export function disableLineEdit(doc: PlanDocument, line: number, code: string): TextEdit | undefined {
  const fm = doc.frontMatter?.range;
  // A directive in the front matter or inside a task table would change what they hold.
  if (fm && line >= fm.start.line && line <= fm.end.line) return undefined;
  if (doc.tables.some(t => line >= t.range.start.line && line <= t.range.end.line)) return undefined;
  const above = line > 0 ? DIRECTIVE.exec(doc.lines[line - 1]) : null;
  if (above) {
    const ids = above[2].trim();
    if (!ids) return undefined; // disables every rule already
    const end = doc.lines[line - 1].trimEnd().length;
    return { range: { start: { line: line - 1, character: end }, end: { line: line - 1, character: end } }, newText: `, ${code}` };
  }
  const indent = /^[\s\u3000]*/.exec(doc.lines[line] ?? '')![0];
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}// planmark-disable-next-line ${code}\n` };
}

/** The rules' repairs of each finding, then the disable and turn-off actions (once per rule and line). */
export function quickFixes(doc: PlanDocument, diagnostics: readonly FixableDiagnostic[], ctx: Pick<FeatureContext, 'locale' | 'config' | 'units'>): QuickFix[] {
  const out: QuickFix[] = [];
  const escapes: QuickFix[] = [];
  const seen = new Set<string>();
  diagnostics.forEach((d, i) => {
    const code = typeof d.code === 'string' ? d.code : undefined;
    const rule = code ? findRule(code) : undefined;
    if (!rule || !code) return;
    for (const f of rule.fix?.({ doc, config: ctx.config, units: ctx.units, diagnostic: { code, range: d.range, data: d.data } }) ?? []) {
      out.push({ title: msg(ctx.locale, f.title, ...(f.args ?? [])), kind: 'fix', diagnostic: i, edits: f.edits, preferred: f.preferred,
        ...(f.config ? { config: f.config } : {}), ...(f.cursor ? { cursor: f.cursor } : {}) });
    }
    const line = d.range.start.line;
    const disable = disableLineEdit(doc, line, code);
    if (disable && !seen.has(`${code}@${line}`)) {
      seen.add(`${code}@${line}`);
      escapes.push({ title: msg(ctx.locale, M.disable, code), kind: 'disable-line', diagnostic: i, edits: [disable], preferred: false });
    }
    if (!seen.has(code)) {
      seen.add(code);
      escapes.push({ title: msg(ctx.locale, M.off, code), kind: 'rule-off', diagnostic: i, edits: [], preferred: false, config: { kind: 'rule-off', rule: code } });
    }
  });
  return [...out, ...escapes];
}

export type { Locale };
