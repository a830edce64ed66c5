// A title written again above the plan with another year (a web site's category page, an
// <h1> of a 范文 site): the parser takes the variant that agrees with the preamble's year,
// and the other is residue to delete.
import type { Rule } from '../lint/types';
import { deleteLineEdit } from './fixEdits';

export const titleVariant: Rule = {
  id: 'PLAN027',
  name: 'title-variant',
  defaultSeverity: 'warning',
  description: {
    en: 'The title is written again with another year; the one that agrees with the preamble is the title, the other is web residue.',
    zh: '标题以不同年份重复出现；与导语年份一致的为标题，另一个为网页残留。',
  },
  check(ctx) {
    const title = ctx.doc.title;
    if (!title) return;
    for (const v of ctx.doc.titleVariants ?? []) {
      ctx.report(v.range, {
        en: 'Title variant {0}: the title is {1} (its year agrees with the text); delete this line',
        zh: '标题异文“{0}”：标题应为“{1}”（与正文年份一致），请删除此行',
      }, [v.text, title.text], { replacement: '' });
    }
  },
  fix(ctx) {
    const r = ctx.diagnostic.range;
    if (r.start.line !== r.end.line && !(r.end.line === r.start.line + 1 && r.end.character === 0)) return [];
    return [{ title: { en: 'Delete this title variant', zh: '删除此标题异文' }, edits: [deleteLineEdit(ctx.doc, r.start.line)], preferred: true }];
  },
};
