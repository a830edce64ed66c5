// Template placeholders left in the text: XX年, xx区, 20xx, 202x, **县, ***万元, X月X日
// (found by core/text/placeholders.ts, which PLAN019 asks too: a run is one or the other).
import type { Rule } from '../lint/types';
import { placeholdersIn } from '../text/placeholders';
import { inResidue, lineRange, scanLines } from './shared';

export const placeholder: Rule = {
  id: 'PLAN016',
  name: 'placeholder',
  defaultSeverity: 'warning',
  description: {
    en: 'Template placeholders left in the text (XX年, xx区, 20xx, 202x, **县, ***万元, X月X日).',
    zh: '文中残留的模板占位符（XX年、xx区、20xx、202x、**县、***万元、X月X日）。',
  },
  check(ctx) {
    for (const s of scanLines(ctx.doc)) {
      for (const p of placeholdersIn(s.text, s.from)) {
        if (inResidue(s, p.start, p.end)) continue;
        // Show what the placeholder stands before (XX年, ***万元); the range covers the placeholder only.
        ctx.report(lineRange(s.line, p.start, p.end),
          { en: 'Placeholder {0} was left in the text', zh: '文中残留占位符“{0}”' }, [p.shown]);
      }
    }
  },
};
