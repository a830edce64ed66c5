// A code lens above each section: how many of its items name a lead, how many units take
// part, how many items name no responsible unit.
import type { PlanDocument, Range } from '../model';
import { itemsOf, sectionsOf } from '../model';
import type { Locale } from './util';
import { msg } from './util';

export interface SectionLens {
  range: Range;
  title: string;
  led: number;
  units: number;
  withoutUnit: number;
}

const M = {
  lens: { en: 'Items led: {0} · units taking part: {1} · items without a responsible unit: {2}', zh: '牵头 {0} 项 · 参与单位 {1} 个 · 缺责任单位 {2} 项' },
};

export function sectionCodeLenses(doc: PlanDocument, locale: Locale): SectionLens[] {
  return sectionsOf(doc).map(section => {
    const items = itemsOf(section);
    const units = new Set<string>();
    let led = 0, withoutUnit = 0;
    for (const item of items) {
      if (item.lead) led++;
      if (!item.units.length) withoutUnit++;
      for (const u of item.units) units.add(u.name);
    }
    return { range: section.selectionRange, title: msg(locale, M.lens, led, units.size, withoutUnit), led, units: units.size, withoutUnit };
  });
}
