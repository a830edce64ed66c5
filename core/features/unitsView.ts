// The Units view's data: every unit of the workspace with its counts and, per plan, the
// items it leads and joins (each with its deadline). Units are grouped by identity (a name
// and its aliases are one unit), shown under the registry's name when there is one.
import type { Range } from '../model';
import type { UnitLookup } from '../units/registry';
import { unitIdentity, type PlanIndex } from './planIndex';
import { fuzzyScore } from './workspaceSymbols';

export interface UnitViewItem {
  name: string;
  lead: boolean;
  deadline?: string;
  uri: string;
  range: Range;
}

export interface UnitViewPlan {
  uri: string;
  title: string;
  items: UnitViewItem[];
}

export interface UnitViewEntry {
  name: string;
  /** Other written forms met in the plans. */
  aliases: string[];
  known: boolean;
  leads: number;
  joins: number;
  plans: UnitViewPlan[];
}

/** The units (matching `filter` when given), most items first. */
export function unitsView(index: PlanIndex, units: UnitLookup, filter?: string): UnitViewEntry[] {
  const byId = new Map<string, UnitViewEntry & { seen: Map<string, UnitViewPlan>; counted: Set<string> }>();
  for (const uri of [...index.keys()].sort()) {
    const plan = index.get(uri)!;
    for (const u of plan.units) {
      const id = unitIdentity(u.name, units);
      let e = byId.get(id);
      if (!e) {
        const known = units.lookup(u.name);
        byId.set(id, e = { name: known?.name ?? u.name, aliases: [], known: !!known, leads: 0, joins: 0, plans: [], seen: new Map(), counted: new Set() });
      }
      if (u.name !== e.name && !e.aliases.includes(u.name)) e.aliases.push(u.name);
      // An item counts once per unit, however often the unit is written in it.
      const itemKey = uri + '#' + u.item;
      if (e.counted.has(itemKey)) continue;
      e.counted.add(itemKey);
      const item = plan.items[u.item];
      if (u.lead) e.leads++; else e.joins++;
      let p = e.seen.get(uri);
      if (!p) { e.seen.set(uri, p = { uri, title: plan.title, items: [] }); e.plans.push(p); }
      p.items.push({ name: item.name, lead: u.lead, ...(item.deadline ? { deadline: item.deadline } : {}), uri, range: item.selectionRange });
    }
  }
  const out: UnitViewEntry[] = [];
  for (const { seen: _s, counted: _c, ...e } of byId.values()) {
    e.plans.sort((a, b) => a.title.localeCompare(b.title, 'zh') || a.uri.localeCompare(b.uri));
    if (filter && fuzzyScore(filter, [e.name, ...e.aliases].join(' ')) === undefined) continue;
    out.push(e);
  }
  return out.sort((a, b) => (b.leads + b.joins) - (a.leads + a.joins) || a.name.localeCompare(b.name, 'zh'));
}
