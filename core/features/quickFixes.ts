// Quick fixes for findings that carry a `replacement` in their data (a unit typo, an
// empty slot in a unit list, a 文号 with the wrong year brackets): replace the
// diagnostic's range with it.
import type { Range } from '../model';
import { msg, type Locale } from './util';

export interface QuickFix {
  title: string;
  /** Index of the diagnostic (in the list given) that this fixes. */
  diagnostic: number;
  range: Range;
  newText: string;
}

const M = {
  replace: { en: 'Replace with {0}', zh: '改为“{0}”' },
  remove: { en: 'Remove the extra separator', zh: '删除多余的分隔符' },
};

export function quickFixes(diagnostics: readonly { range: Range; data?: unknown }[], locale: Locale): QuickFix[] {
  const out: QuickFix[] = [];
  diagnostics.forEach((d, i) => {
    const replacement = (d.data as { replacement?: unknown } | undefined)?.replacement;
    if (typeof replacement !== 'string') return;
    out.push({
      title: replacement ? msg(locale, M.replace, replacement) : msg(locale, M.remove),
      diagnostic: i, range: d.range, newText: replacement,
    });
  });
  return out;
}
