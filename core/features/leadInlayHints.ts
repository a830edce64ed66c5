// An inlay hint `牵头` after the leading unit of a unit list, where the document relies on the
// first-leads convention (no （牵头） mark and no 牵头单位 block says who leads: the first
// responsible unit does).
import type { PlanDocument, Position, Range } from '../model';
import { itemsOf } from '../model';
import type { Locale } from './util';
import { msg } from './util';

export interface LeadHint {
  position: Position;
  label: string;
}

const M = { lead: { en: 'lead', zh: '牵头' } };

function overlaps(a: Range, b: Range): boolean {
  return a.start.line <= b.end.line && b.start.line <= a.end.line;
}

/** The hints for the items whose range overlaps `range` (the whole document by default). */
export function leadInlayHints(doc: PlanDocument, locale: Locale, range?: Range): LeadHint[] {
  const out: LeadHint[] = [];
  for (const item of itemsOf(doc)) {
    if (range && !overlaps(item.range, range)) continue;
    const lead = item.lead;
    if (!lead) continue;
    const marked = item.blocks.some(b => b.unitList?.markedLead);
    const leadBlock = item.blocks.some(b => b.blockKind === 'lead' && b.unitList?.units.length);
    if (marked || leadBlock) continue;
    // Only where there is a list to read the convention from.
    const list = item.blocks.find(b => b.blockKind === 'responsible' && b.unitList?.units[0] === lead);
    if (!list || (list.unitList?.units.length ?? 0) < 2) continue;
    out.push({ position: lead.range.end, label: msg(locale, M.lead) });
  }
  return out;
}
