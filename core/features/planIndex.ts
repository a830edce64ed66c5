// The workspace index: what every plan of the workspace says about its sections, items and
// units, reduced to plain values (no tree, no text), so that hundreds of plans stay small
// and the workspace features (references, rename, workspace symbols, the Units and Tasks
// views) are pure functions over it. Strings are detached copies: an indexed plan never
// keeps its document text alive.
import type { DueKind, PlanDocument, Range } from '../model';
import { writtenStatus } from '../domain/progress';
import { itemsOf, sectionsOf } from '../model';
import { detach } from '../text/detach';
import { unitKey, type UnitLookup } from '../units/registry';
import { headingName, itemName, truncate } from './util';

/** One written occurrence of a unit name (every block's list, not deduplicated). */
export interface IndexedUnit {
  /** The name as the parser read it. */
  name: string;
  range: Range;
  /** The unit leads (牵头) its item. */
  lead: boolean;
  /** Index into the plan's `items`. */
  item: number;
}

export interface IndexedSection {
  /** `一、加强党的建设…` as the heading line reads. */
  name: string;
  title: string;
  range: Range;
  selectionRange: Range;
}

export interface IndexedItem {
  /** `1. 认真学习…` */
  name: string;
  number: number;
  title: string;
  range: Range;
  selectionRange: Range;
  /** Index into the plan's `sections`, when the item sits in one. */
  section?: number;
  lead?: string;
  deadline?: string;
  /** The deadline read as dates (kind and end: what the Tasks view groups by). */
  due?: { kind: DueKind; end: string | null };
  /** The 状态 as written (each plan's configured statuses read it). */
  status?: string;
  /** The item's units, deduplicated, the leading ones first. */
  units: string[];
}

export interface IndexedPlan {
  uri: string;
  /** The plan's title, or its file name when it has none. */
  title: string;
  sections: IndexedSection[];
  items: IndexedItem[];
  units: IndexedUnit[];
}

/** Plans by URI. */
export type PlanIndex = ReadonlyMap<string, IndexedPlan>;

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try { return decodeURIComponent(last); } catch { return last; }
}

const copyRange = (r: Range): Range => ({ start: { ...r.start }, end: { ...r.end } });

/** The index entry of one parsed plan. Linear in the document. */
export function indexPlan(uri: string, doc: PlanDocument): IndexedPlan {
  const sections: IndexedSection[] = [];
  for (const s of sectionsOf(doc)) {
    sections.push({
      name: detach(headingName(doc, s, s.marker)), title: detach(truncate(s.title, 80)),
      range: copyRange(s.range), selectionRange: copyRange(s.selectionRange),
    });
  }
  const itemSection = new Map<object, number>();
  sectionsOf(doc).forEach((s, i) => { for (const item of itemsOf(s)) itemSection.set(item, i); });
  const items: IndexedItem[] = [];
  const units: IndexedUnit[] = [];
  for (const item of itemsOf(doc)) {
    const i = items.length;
    const leads = new Set(item.units.filter(u => u.lead).map(u => u.name));
    const status = writtenStatus(item);
    items.push({
      name: detach(itemName(item)), number: item.number, title: detach(truncate(item.title, 80)),
      range: copyRange(item.range), selectionRange: copyRange(item.selectionRange),
      ...(itemSection.has(item) ? { section: itemSection.get(item) } : {}),
      ...(item.lead ? { lead: detach(item.lead.name) } : {}),
      ...(item.deadline ? { deadline: detach(truncate(item.deadline, 40)) } : {}),
      ...(item.due ? { due: { kind: item.due.kind, end: item.due.end } } : {}),
      ...(status ? { status: detach(truncate(status, 40)) } : {}),
      units: item.units.map(u => detach(u.name)),
    });
    for (const block of item.blocks) {
      for (const u of block.unitList?.units ?? []) {
        units.push({ name: detach(u.name), range: copyRange(u.range), lead: !!u.lead || leads.has(u.name), item: i });
      }
    }
  }
  const title = doc.title?.text.trim() || fileName(uri);
  return { uri, title: detach(title), sections, items, units };
}

/**
 * What makes two written names the same unit: the registry entry they name (a name or any
 * of its aliases), else the name itself (normalised as the registry compares names).
 */
export function unitIdentity(name: string, units: UnitLookup): string {
  const entry = units.lookup(name);
  return entry ? 'entry:' + unitKey(entry.name) : 'name:' + unitKey(name);
}

/** A unit occurrence with its plan. */
export interface UnitOccurrence extends IndexedUnit {
  uri: string;
}

/** Every occurrence, in every plan, of the unit `name` names (aliases included). Plans in URI order. */
export function occurrencesOfUnit(index: PlanIndex, name: string, units: UnitLookup): UnitOccurrence[] {
  const identity = unitIdentity(name, units);
  const memo = new Map<string, boolean>();
  const same = (n: string) => {
    let v = memo.get(n);
    if (v === undefined) memo.set(n, (v = unitIdentity(n, units) === identity));
    return v;
  };
  const out: UnitOccurrence[] = [];
  for (const uri of [...index.keys()].sort()) {
    for (const u of index.get(uri)!.units) if (same(u.name)) out.push({ ...u, uri });
  }
  return out;
}
