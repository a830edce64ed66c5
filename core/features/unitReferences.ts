// Units as symbols: the unit at a position, its references in every plan (any of its
// aliases, lead or not) and its highlights in one document.
import type { PlanDocument, Position, Range } from '../model';
import { pathAt } from '../model';
import type { UnitLookup } from '../units/registry';
import { indexPlan, occurrencesOfUnit, unitIdentity, type PlanIndex } from './planIndex';
import { contains } from './util';

export interface UnitAtPosition {
  name: string;
  range: Range;
  lead: boolean;
}

/** The unit named at `pos` (in any unit list of the item there), if any. */
export function unitAtPosition(doc: PlanDocument, pos: Position): UnitAtPosition | undefined {
  const item = pathAt(doc, pos).item;
  for (const b of item?.blocks ?? []) {
    for (const u of b.unitList?.units ?? []) {
      if (contains(u.range, pos)) return { name: u.name, range: u.range, lead: !!u.lead || !!item?.units.some(x => x.lead && x.name === u.name) };
    }
  }
  return undefined;
}

export interface PlanLocation {
  uri: string;
  range: Range;
}

/** Every place the unit at `pos` is named, in every indexed plan (aliases included). */
export function unitReferences(index: PlanIndex, doc: PlanDocument, pos: Position, units: UnitLookup): PlanLocation[] | undefined {
  const unit = unitAtPosition(doc, pos);
  if (!unit) return undefined;
  return occurrencesOfUnit(index, unit.name, units).map(o => ({ uri: o.uri, range: o.range }));
}

export interface PlanHighlight {
  range: Range;
  /** Where the unit leads its item (shown as a write, the others as reads). */
  lead: boolean;
}

/** The places of this document that name the unit at `pos`. */
export function unitHighlights(doc: PlanDocument, pos: Position, units: UnitLookup): PlanHighlight[] {
  const unit = unitAtPosition(doc, pos);
  if (!unit) return [];
  const identity = unitIdentity(unit.name, units);
  return indexPlan('', doc).units.filter(u => unitIdentity(u.name, units) === identity).map(u => ({ range: u.range, lead: u.lead }));
}
