// A section with no items, in a document that has items.
import type { Rule } from '../lint/types';
import { headRange, itemsOfSection, sectionGroups } from './shared';

export const emptySection: Rule = {
  id: 'PLAN006',
  name: 'empty-section',
  defaultSeverity: 'warning',
  description: {
    en: 'In a document with numbered items, every section has at least one item.',
    zh: '有编号条目的文档中，每个章节至少应包含一个条目。',
  },
  check(ctx) {
    const groups = sectionGroups(ctx.doc);
    const hasItems = ctx.doc.looseItems.length > 0 || ctx.doc.parts.some(p => p.items.length > 0)
      || groups.some(g => g.some(s => itemsOfSection(s).length > 0));
    if (!hasItems) return;
    for (const sections of groups) {
      for (const s of sections) {
        if (itemsOfSection(s).length) continue;
        ctx.report(headRange(s.selectionRange),
          { en: 'Section {0} has no items', zh: '章节“{0}”下没有条目' }, [s.marker + '、' + s.title]);
      }
    }
  },
};
