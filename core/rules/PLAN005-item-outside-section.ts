// An item before the first section (or directly under a part that has sections) belongs to no section.
import type { Item } from '../model';
import { directItemsOf, partsOf, sectionsOf } from '../model';
import type { Rule } from '../lint/types';
import { headRange } from './shared';

export const itemOutsideSection: Rule = {
  id: 'PLAN005',
  name: 'item-outside-section',
  defaultSeverity: 'warning',
  description: {
    en: 'In a document with sections, every item sits under a section (一、…).',
    zh: '有章节的文档中，每个条目都应位于某一章节（一、……）之下。',
  },
  check(ctx) {
    const { doc } = ctx;
    const report = (it: Item) => ctx.report(headRange(it.selectionRange),
      { en: 'Item {0} is outside any section', zh: '条目“{0}”不在任何章节之内' }, [it.numberText]);
    if (sectionsOf(doc).length) directItemsOf(doc).forEach(report);
    for (const part of partsOf(doc)) if (sectionsOf(part).length) directItemsOf(part).forEach(report);
  },
};
