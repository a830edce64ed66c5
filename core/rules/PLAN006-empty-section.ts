// A section with no items, in a document that has items.
import type { Rule } from '../lint/types';
import { itemsOf, sectionsOf } from '../model';
import { headRange } from './shared';
import { sectionLabel } from '../domain/numbering';

export const emptySection: Rule = {
  id: 'PLAN006',
  name: 'empty-section',
  defaultSeverity: 'warning',
  description: {
    en: 'In a document with numbered items, every section has at least one item.',
    zh: '有编号条目的文档中，每个章节至少应包含一个条目。',
  },
  check(ctx) {
    if (!itemsOf(ctx.doc).length) return;
    for (const s of sectionsOf(ctx.doc)) {
      if (itemsOf(s).length) continue;
      ctx.report(headRange(s.selectionRange),
        { en: 'Section {0} has no items', zh: '章节“{0}”下没有条目' }, [sectionLabel(s)]);
    }
  },
};
