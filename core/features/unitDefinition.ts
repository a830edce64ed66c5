// Go to definition of a unit: its entry in `.planmark.json`, else its entry in the built-in
// registry (core/data/units.json, which has the same `units` shape). The host reads the files.
import type { Range } from '../model';
import type { UnitLookup } from '../units/registry';
import { configNodeRange, configUnitNode } from './unitRename';

/**
 * Where, in a units file's text (`.planmark.json` or the registry), the unit `written` names
 * is declared: the written name or alias, else the name of its registry entry.
 */
export function unitDeclarationRange(unitsFileText: string, written: string, units: UnitLookup): Range | undefined {
  const canonical = units.lookup(written)?.name;
  for (const name of canonical && canonical !== written ? [written, canonical] : [written]) {
    const found = configUnitNode(unitsFileText, name);
    if (found) return configNodeRange(unitsFileText, found.node);
  }
  return undefined;
}
