// Which list a unit named in a plan belongs to: a unit and its aliases are one, a group (各股室)
// expands to its configured members or stays one list, as the unitListGroups setting says.
// The one home of this rule: the per-unit lists and the 按单位 sheet of the task table use it.
import type { UnitConfig, UnitListGroups } from '../config/types';
import { UnitRegistry, unitKey, type UnitEntry } from '../units/registry';

/** The settings that decide the lists: the configured units and what a group name does. */
export interface UnitListNaming {
  /** Configured units (.planmark.json `units`): their aliases join lists, their `group` makes members. */
  units?: readonly (UnitConfig | string)[];
  /** What a group name (各股室…) does: `expand` to its configured members (default), or keep one `group` list. */
  groups?: UnitListGroups;
}

/** Names a group is written as, to match a member's `group`: 各股室 → 各股室, 股室, 局各股室 … */
function groupKeys(entry: UnitEntry): Set<string> {
  const keys = new Set<string>();
  for (const n of [entry.name, ...entry.aliases]) {
    const k = unitKey(n);
    keys.add(k);
    keys.add(k.replace(/^(局|机关)?各/, ''));
  }
  return keys;
}

/**
 * The list(s) a written unit name belongs to: its registry name (an alias joins the unit's
 * list), or, for a group with configured members and `expand`, every member.
 */
export function unitListResolver(options: UnitListNaming = {}): (name: string) => string[] {
  const builtin = UnitRegistry.builtin();
  const registry = builtin.withConfig(options.units ?? []);
  const configured = registry.all().filter(e => e.source === 'config' && e.group);
  const cache = new Map<string, string[]>();
  return name => {
    let out = cache.get(name);
    if (out) return out;
    // A configured unit replaces the built-in one of its name: the built-in aliases still lead to it.
    const known = builtin.lookup(name);
    const entry = registry.lookup(name) ?? (known ? registry.lookup(known.name) : undefined) ?? known;
    out = [entry?.name ?? name.trim()];
    if (entry && (options.groups ?? 'expand') === 'expand') {
      const keys = groupKeys(entry);
      const members = configured.filter(e => e !== entry && keys.has(unitKey(e.group!))).map(e => e.name);
      if (members.length) out = members;
    }
    cache.set(name, out);
    return out;
  };
}
