// Fix-all: every preferred repair at once (`source.fixAll.planmark`, the Fix All command,
// `planmark check --fix`). Fixes that would overlap wait for the next pass, over the
// re-parsed text, until no preferred fix is left (a few passes at most).
import type { PlanDocument } from '../model';
import type { PlanDiagnostic } from '../lint/types';
import { applyEdits, editsOverlap, type Edit } from '../text/edits';
import type { FeatureContext } from './context';
import { quickFixes, type QuickFix } from './quickFixes';

/** What fix-all needs: a parser and the linter of one configuration. */
export interface FixAllHost {
  parse(text: string): PlanDocument;
  lint(doc: PlanDocument): PlanDiagnostic[];
  context: Pick<FeatureContext, 'locale' | 'config' | 'units'>;
}

export interface FixAllResult {
  text: string;
  /** The fixes applied, in order: rule and title. */
  applied: { code: string; title: string; line: number }[];
}

/** Passes over a document; each removes every fix that does not overlap another, so few are needed. */
const MAX_PASSES = 10;

/** The preferred fixes of a document's findings that can be applied together, as edits. */
export function preferredEdits(doc: PlanDocument, diagnostics: readonly PlanDiagnostic[], ctx: FixAllHost['context']): { edits: Edit[]; fixes: { fix: QuickFix; code: string }[] } {
  const edits: Edit[] = [];
  const fixes: { fix: QuickFix; code: string }[] = [];
  const done = new Set<string>();
  for (const fix of quickFixes(doc, diagnostics, ctx)) {
    if (!fix.preferred || fix.kind !== 'fix' || fix.config || !fix.edits.length) continue;
    // Findings of one run share its renumbering: the same edits once.
    const key = JSON.stringify(fix.edits);
    if (done.has(key)) continue;
    done.add(key);
    if (fix.edits.some(e => edits.some(a => editsOverlap(a, e)))) continue;
    edits.push(...fix.edits);
    fixes.push({ fix, code: diagnostics[fix.diagnostic].code });
  }
  return { edits, fixes };
}

/** The text with every preferred fix applied. */
export function fixAll(text: string, host: FixAllHost): FixAllResult {
  const applied: FixAllResult['applied'] = [];
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const doc = host.parse(current);
    const diagnostics = host.lint(doc);
    const { edits, fixes } = preferredEdits(doc, diagnostics, host.context);
    if (!edits.length) break;
    for (const { fix, code } of fixes) applied.push({ code, title: fix.title, line: diagnostics[fix.diagnostic].range.start.line });
    current = applyEdits(current, edits);
  }
  return { text: current, applied };
}

/** The edits that turn `before` into `after`: one replacement of the lines that differ (for editors). */
export function diffEdit(before: string, after: string): Edit[] {
  if (before === after) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) { endB--; endA--; }
  const pos = (offset: number) => {
    const head = before.slice(0, offset);
    const breaks = head.match(/\r\n|\n|\r/g) ?? [];
    const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
    return { line: breaks.length, character: offset - lastBreak - 1 };
  };
  return [{ range: { start: pos(start), end: pos(endB) }, newText: after.slice(start, endA) }];
}
