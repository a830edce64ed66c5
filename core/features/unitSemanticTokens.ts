// Semantic tokens for unit names: known (in the registry or the configuration), unknown,
// and leading. One token per written unit, in document order.
import type { PlanDocument } from '../model';
import type { UnitLookup } from '../units/registry';
import { indexPlan } from './planIndex';

/** The token types and modifiers this feature emits, in legend order. */
export const UNIT_TOKEN_TYPES = ['unit'] as const;
export const UNIT_TOKEN_MODIFIERS = ['leading', 'unknown'] as const;
export type UnitTokenModifier = typeof UNIT_TOKEN_MODIFIERS[number];

export interface UnitToken {
  line: number;
  character: number;
  length: number;
  modifiers: UnitTokenModifier[];
}

export function unitSemanticTokens(doc: PlanDocument, units: UnitLookup): UnitToken[] {
  const out: UnitToken[] = [];
  for (const u of indexPlan('', doc).units) {
    const r = u.range;
    if (r.start.line !== r.end.line || r.end.character <= r.start.character) continue;
    const modifiers: UnitTokenModifier[] = [];
    if (u.lead) modifiers.push('leading');
    if (!units.isKnown(u.name)) modifiers.push('unknown');
    out.push({ line: r.start.line, character: r.start.character, length: r.end.character - r.start.character, modifiers });
  }
  out.sort((a, b) => a.line - b.line || a.character - b.character);
  return out;
}
