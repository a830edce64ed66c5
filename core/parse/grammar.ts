// Loads the Ohm grammars once, lazily, from the recipes scripts/gen-grammar.js writes
// (building from a recipe takes a few milliseconds; compiling the source took ~100 ms).
// PlanDocument (whole documents in one match, for tools and tests) is built on first use.
import * as ohm from 'ohm-js';
import { planDocumentRecipe, planRecipe } from './generated/grammarRecipes';

// ohm-js exports makeRecipe (the inverse of Grammar#toRecipe) without declaring it.
const { makeRecipe } = ohm as unknown as { makeRecipe(recipe: string): ohm.Grammar };

interface Grammars { readonly Plan: ohm.Grammar; readonly PlanDocument: ohm.Grammar }

let grammars: Grammars | undefined;

export function getGrammars(): Grammars {
  if (!grammars) {
    let plan: ohm.Grammar | undefined;
    let planDocument: ohm.Grammar | undefined;
    grammars = {
      get Plan() { return plan ??= makeRecipe(planRecipe); },
      get PlanDocument() { return planDocument ??= makeRecipe(planDocumentRecipe); },
    };
  }
  return grammars;
}
