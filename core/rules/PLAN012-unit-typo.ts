// A unit name one slip away from a known one (人是股 → 人事股). The suggestion is in
// the diagnostic's data for a quick fix.
import { nodeLocal, type Rule } from '../lint/types';
import { checkNodes, isUnregistered, listedUnits, typoSuggestion } from './shared';
import { replacementFix } from './fixEdits';

/** Per top-level node: its items' units, against the built-in and configured ones (nothing document-wide). */
const byNode = nodeLocal((node, ctx, report) => {
  for (const { unit: u } of listedUnits(node)) {
    if (!isUnregistered(ctx.units, u.name)) continue;
    const suggestion = typoSuggestion(ctx.units, u.name);
    if (!suggestion) continue;
    report(u.range, { en: 'Unit {0} looks like a typo of {1}', zh: '单位“{0}”疑似“{1}”的笔误' }, [u.name, suggestion], { suggestion, replacement: suggestion });
  }
});

export const unitTypo: Rule = {
  id: 'PLAN012',
  name: 'unit-typo',
  defaultSeverity: 'warning',
  description: {
    en: 'A unit name that is probably a typo of a known unit (built-in or configured).',
    zh: '单位名称疑似已知单位（内置或配置）的笔误。',
  },
  check: checkNodes(byNode),
  byNode,
  // A suggestion, not a certainty: offered, never applied by fix-all.
  fix: ctx => replacementFix(ctx, { en: 'Replace with {0}', zh: '改为“{0}”' }, false),
};
