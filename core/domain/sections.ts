// Sections of prose (总体要求, 指导思想, 工作目标, 保障措施 …; core/data/sections.json): they
// hold paragraphs, principles or goals, not tasks. The empty-section rule (PLAN006) and the
// missing-blocks rule (PLAN008) both ask whether a heading is one.
import data from '../data/sections.json';

export const PROSE_HEADINGS: readonly string[] = (data as { prose: string[] }).prose;

/** The prose heading a section title starts with (`指导思想`, `工作目标：…`), if any. */
export function proseHeadingOf(title: string): string | undefined {
  const t = title.trim();
  return PROSE_HEADINGS.find(h => t.startsWith(h));
}
