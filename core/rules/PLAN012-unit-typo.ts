// A unit name one slip away from a known one (人是股 → 人事股). The suggestion is in
// the diagnostic's data for a quick fix.
import type { Rule } from '../lint/types';
import { isUnregistered, listedUnits, typoSuggestion } from './shared';
import { replacementFix } from './fixEdits';

export const unitTypo: Rule = {
  id: 'PLAN012',
  name: 'unit-typo',
  defaultSeverity: 'warning',
  description: {
    en: 'A unit name that is probably a typo of a known unit (built-in or configured).',
    zh: '单位名称疑似已知单位（内置或配置）的笔误。',
  },
  check(ctx) {
    for (const { unit: u } of listedUnits(ctx.doc)) {
      if (!isUnregistered(ctx.units, u.name)) continue;
      const suggestion = typoSuggestion(ctx.units, u.name);
      if (!suggestion) continue;
      ctx.report(u.range, { en: 'Unit {0} looks like a typo of {1}', zh: '单位“{0}”疑似“{1}”的笔误' }, [u.name, suggestion], { suggestion, replacement: suggestion });
    }
  },
  // A suggestion, not a certainty: offered, never applied by fix-all.
  fix: ctx => replacementFix(ctx, { en: 'Replace with {0}', zh: '改为“{0}”' }, false),
};
