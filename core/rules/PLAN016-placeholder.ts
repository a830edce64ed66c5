// Template placeholders left in the text: XX年, xx区, 20xx, 202x, **县, ***万元, X月X日
// (found by core/text/placeholders.ts, which PLAN019 asks too: a run is one or the other).
import type { Rule } from '../lint/types';
import { placeholdersIn } from '../text/placeholders';
import { readYear } from '../text/dates';
import { checkLines, frontMatterEntries, inResidue } from './shared';
import { textAt } from './fixEdits';

/** A year placeholder: XX, xxxx, 20xx, 202x (before 年). */
const YEAR_PLACEHOLDER = /^(?:[xX×]{2,4}|(?:19|20)[0-9]?[xX×]{1,2})$/;

/** The plan's year as the document states it: the front matter 年度, else the title's year. */
function statedYear(ctx: Parameters<NonNullable<Rule['fix']>>[0]): number | undefined {
  const year = frontMatterEntries(ctx.doc, ctx.config.metaKeys).find(e => e.key === '年度' && e.value.trim());
  if (year) { const r = readYear(year.value.trim()); return r.ok ? r.year : undefined; }
  const m = /((?:19|20)\d{2})\s*年/.exec(ctx.doc.title?.text ?? '');
  return m ? Number(m[1]) : undefined;
}

export const placeholder: Rule = {
  id: 'PLAN016',
  name: 'placeholder',
  defaultSeverity: 'warning',
  description: {
    en: 'Template placeholders left in the text (XX年, xx区, 20xx, 202x, **县, ***万元, X月X日).',
    zh: '文中残留的模板占位符（XX年、xx区、20xx、202x、**县、***万元、X月X日）。',
  },
  check(ctx) { checkLines(placeholder)(ctx); },
  scanLine(s, report) {
    for (const p of placeholdersIn(s.text, s.from)) {
      if (inResidue(s, p.start, p.end)) continue;
      // Show what the placeholder stands before (XX年, ***万元); the range covers the placeholder only.
      report(p.start, p.end, { en: 'Placeholder {0} was left in the text', zh: '文中残留占位符“{0}”' }, [p.shown]);
    }
  },
  fix(ctx) {
    // Only a year (XX年, 20xx年) can be filled in, and only with the year the plan states.
    const r = ctx.diagnostic.range;
    if (!YEAR_PLACEHOLDER.test(textAt(ctx.doc, r)) || !/^\s*年/.test(ctx.doc.lines[r.start.line].slice(r.end.character))) return [];
    const year = statedYear(ctx);
    if (year === undefined) return [];
    return [{ title: { en: 'Write the plan year {0}', zh: '填入本计划年份“{0}”' }, args: [year], edits: [{ range: r, newText: String(year) }], preferred: true }];
  },
};
