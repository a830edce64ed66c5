// A section, subsection or item heading with nothing after its number.
import type { Range } from '../model';
import type { Rule } from '../lint/types';
import { itemsOf, sectionsOf, subsectionsOf } from '../model';
import { markerRange } from './shared';
import { sectionLabel } from '../domain/numbering';

export const emptyTitle: Rule = {
  id: 'PLAN007',
  name: 'empty-title',
  defaultSeverity: 'warning',
  description: {
    en: 'Section, subsection and item headings have a title after their number.',
    zh: '章节、小节和条目的序号之后应有标题。',
  },
  check(ctx) {
    const { doc } = ctx;
    const report = (r: Range, what: { en: string; zh: string }, marker: string) =>
      ctx.report(markerRange(doc, r, marker.length), { en: `${what.en} {0} has no title`, zh: `${what.zh}“{0}”没有标题` }, [marker]);
    for (const s of sectionsOf(doc)) {
      if (!s.title) report(s.selectionRange, { en: 'Section', zh: '章节' }, sectionLabel(s));
      for (const sub of subsectionsOf(s)) if (!sub.title) report(sub.selectionRange, { en: 'Subsection', zh: '小节' }, sub.marker);
    }
    for (const it of itemsOf(doc)) {
      if (!it.title.trim()) report(it.selectionRange, { en: 'Item', zh: '条目' }, it.numberText + it.separator);
    }
  },
};
