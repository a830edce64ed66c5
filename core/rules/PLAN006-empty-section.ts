// A section heading with nothing under it. Prose sections (总体要求, 指导思想, 保障措施 …:
// core/data/sections.json) hold paragraphs, not items; a section holding (一)… subsections,
// paragraphs or items, or running its text on the heading line, is not empty.
import type { Rule } from '../lint/types';
import type { Section } from '../model';
import { itemsOf, paragraphsOf, sectionsOf, subsectionsOf } from '../model';
import { PROSE_HEADINGS } from '../domain/sections';
import { headRange } from './shared';
import { sectionLabel } from '../domain/numbering';

/** Text after a break on the heading line: `加强党建。全年…`, `指导思想：以…`. */
const TEXT_AFTER_BREAK = /[。；;：:][^。；;：:]{2}/;

/** True when the heading line itself carries the section's text. */
function headingHoldsText(s: Section): boolean {
  const title = s.title.trim();
  if (TEXT_AFTER_BREAK.test(title)) return true;
  // `指导思想 以习近平…为指导`: a prose heading and its text on one line.
  return PROSE_HEADINGS.some(h => title.startsWith(h) && title.slice(h.length).replace(/^[\s\u3000、,，.．]+/, '').length >= 2);
}

function hasContent(s: Section): boolean {
  return subsectionsOf(s).length > 0 || paragraphsOf(s).length > 0 || itemsOf(s).length > 0 || headingHoldsText(s);
}

export const emptySection: Rule = {
  id: 'PLAN006',
  name: 'empty-section',
  defaultSeverity: 'warning',
  description: {
    en: 'A section heading with nothing under it (no items, subsections or paragraphs), in a document whose sections hold something.',
    zh: '章节标题下没有任何内容（没有条目、子标题或段落）；仅在文档的其他章节有内容时检查。',
  },
  check(ctx) {
    const sections = sectionsOf(ctx.doc);
    const empty = sections.filter(s => !hasContent(s));
    // Headings and nothing else: an outline being written, or a table of contents.
    if (empty.length === sections.length) return;
    for (const s of empty) {
      ctx.report(headRange(s.selectionRange),
        { en: 'Section {0} is empty: nothing under its heading', zh: '章节“{0}”下没有任何内容' }, [sectionLabel(s)]);
    }
  },
};
