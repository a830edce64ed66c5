// What a plan's title looks like, and which of its variants is the title. One answer for
// the parser (the title of a .plan) and for import (the title line it writes first).

/** Words a plan's title names: 要点, 计划, 方案 … (traditional forms too). */
export const PLAN_WORD = /要点|计划|规划|方案|思路|总结|安排|意见|任务|要點|計劃|規劃/;

const YEAR = /((?:19|20)\d{2})\s*年/;

/** The first year a text names (2024年…), if any. */
export function yearOf(text: string): number | undefined {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** A title with its years taken out: variants of one title share it. */
export function titleKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/(?:19|20)\d{2}/g, '#');
}

/**
 * The year the preamble gives the plan (2024年是…, 2024年全区…工作的总体要求…): the first year
 * of its first sentence: a long paragraph, or a short one that ends as a sentence does
 * (`2021年是全面落实的关键之年。`); short lines without an end are labels, not the preamble.
 */
export function preambleYear(paragraphs: readonly { text: string }[]): number | undefined {
  for (const p of paragraphs) {
    if (p.text.length <= 30 && !/[。！？!?]$/.test(p.text.trim())) continue;
    const year = yearOf(p.text);
    if (year !== undefined) return year;
  }
  return undefined;
}

/**
 * Of title-like lines, the title: the first that names a plan, else the first; when the
 * title is written again with other years, the variant whose year agrees with the preamble.
 * Returns the title's index and the indexes of its variants (residue).
 */
export function chooseTitle(candidates: readonly string[], preamble: readonly { text: string }[]): { title: number; variants: number[] } | undefined {
  if (!candidates.length) return undefined;
  let title = candidates.findIndex(c => PLAN_WORD.test(c));
  if (title < 0) title = 0;
  const key = titleKey(candidates[title]);
  const same = candidates.map((c, i) => i).filter(i => titleKey(candidates[i]) === key);
  const years = new Set(same.map(i => yearOf(candidates[i])));
  if (years.size < 2) return { title, variants: [] };
  const year = preambleYear(preamble);
  const agreeing = same.find(i => yearOf(candidates[i]) === year);
  if (agreeing !== undefined) title = agreeing;
  return { title, variants: same.filter(i => i !== title && candidates[i] !== candidates[title]) };
}
