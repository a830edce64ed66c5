// Counts for the status bar.
import type { PlanDocument } from '../model';
import { itemsOf, partsOf, sectionsOf, subsectionsOf } from '../model';

export interface PlanStats {
  parts: number;
  sections: number;
  subsections: number;
  items: number;
}

export function documentStats(doc: PlanDocument): PlanStats {
  const sections = sectionsOf(doc);
  return {
    parts: partsOf(doc).length,
    sections: sections.length,
    subsections: sections.reduce((n, s) => n + subsectionsOf(s).length, 0),
    items: itemsOf(doc).length,
  };
}
