// Counts for the status bar.
import type { PlanDocument } from '../model';
import { allItemsOf, allSectionsOf } from './util';

export interface PlanStats {
  parts: number;
  sections: number;
  subsections: number;
  items: number;
}

export function documentStats(doc: PlanDocument): PlanStats {
  const sections = allSectionsOf(doc);
  return {
    parts: doc.parts.length,
    sections: sections.length,
    subsections: sections.reduce((n, s) => n + s.subsections.length, 0),
    items: allItemsOf(doc).length,
  };
}
