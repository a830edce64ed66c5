// Unit usage across documents: who leads and who joins which items.
import type { PlanDocument } from '../model';
import { itemsOf } from '../model';

export interface UnitItemRef {
  uri: string;
  number: number;
  title: string;
  lead: boolean;
  line: number;
}

export interface UnitUsage {
  leads: number;
  joins: number;
  items: UnitItemRef[];
}

/** Unit name → usage. */
export type UnitUsageIndex = Map<string, UnitUsage>;

/** The usage of one document. */
export function unitUsageOfDocument(uri: string, doc: PlanDocument): UnitUsageIndex {
  const index: UnitUsageIndex = new Map();
  for (const item of itemsOf(doc)) {
    for (const unit of item.units) {
      let usage = index.get(unit.name);
      if (!usage) index.set(unit.name, (usage = { leads: 0, joins: 0, items: [] }));
      const lead = !!unit.lead;
      if (lead) usage.leads++;
      else usage.joins++;
      usage.items.push({ uri, number: item.number, title: item.title, lead, line: item.range.start.line });
    }
  }
  return index;
}

/** Sums several indexes (e.g. one per workspace file) into a new one. */
export function mergeUnitUsage(indexes: Iterable<UnitUsageIndex>): UnitUsageIndex {
  const out: UnitUsageIndex = new Map();
  for (const index of indexes) {
    for (const [name, usage] of index) {
      let total = out.get(name);
      if (!total) out.set(name, (total = { leads: 0, joins: 0, items: [] }));
      total.leads += usage.leads;
      total.joins += usage.joins;
      total.items.push(...usage.items);
    }
  }
  return out;
}

/** The usage index of many documents. */
export function buildUnitUsage(docs: Iterable<{ uri: string; doc: PlanDocument }>): UnitUsageIndex {
  const parts: UnitUsageIndex[] = [];
  for (const { uri, doc } of docs) parts.push(unitUsageOfDocument(uri, doc));
  return mergeUnitUsage(parts);
}

/** The index without the entries of one document (so a caller can add its fresh version). */
export function withoutDocument(index: UnitUsageIndex, uri: string): UnitUsageIndex {
  const out: UnitUsageIndex = new Map();
  for (const [name, usage] of index) {
    const items = usage.items.filter(i => i.uri !== uri);
    if (!items.length) continue;
    out.set(name, { leads: items.filter(i => i.lead).length, joins: items.filter(i => !i.lead).length, items });
  }
  return out;
}
