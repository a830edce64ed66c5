// Applies a rule's quick fix to a text, as an editor would: shared by the fix tests.
import { strict as assert } from 'assert';
import { quickFixes, type QuickFix } from '../../core/features/quickFixes';
import { parsePlan } from '../../core/parse';
import { applyEdits } from '../../core/text/edits';
import { featureContext } from './context';
import { lint } from './lint';
import type { ResolvedConfig } from '../../core/config/types';

/** The quick fixes of the `index`-th finding of `code` in `text` (all rules linting). */
export function fixesOf(text: string, code: string, index = 0, config: Partial<ResolvedConfig> = {}): QuickFix[] {
  const found = lint(text, undefined, { config }).filter(d => d.code === code);
  assert.ok(found.length > index, `${code} reports no finding #${index} in:\n${text}`);
  return quickFixes(parsePlan(text), [found[index]], featureContext({ configOverrides: config }));
}

/** The text after the `which`-th rule fix (not an escape hatch) of the first finding of `code`. */
export function applyFix(text: string, code: string, which = 0, config: Partial<ResolvedConfig> = {}): { text: string; fix: QuickFix } {
  const fixes = fixesOf(text, code, 0, config).filter(f => f.kind === 'fix');
  assert.ok(fixes.length > which, `${code} offers no fix #${which}`);
  return { text: applyEdits(text, fixes[which].edits), fix: fixes[which] };
}
