// Loads the Ohm grammars once, lazily (building them costs a few milliseconds).
import * as ohm from 'ohm-js';
import { grammarSource } from './generated/grammarSource';

let grammars: { Plan: ohm.Grammar; PlanDocument: ohm.Grammar } | undefined;

export function getGrammars(): { Plan: ohm.Grammar; PlanDocument: ohm.Grammar } {
  if (!grammars) {
    const ns = ohm.grammars(grammarSource) as unknown as Record<string, ohm.Grammar>;
    grammars = { Plan: ns.Plan, PlanDocument: ns.PlanDocument };
  }
  return grammars;
}
