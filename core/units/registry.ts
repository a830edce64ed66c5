// The unit registry: known unit names (股室, 二级机构, school groups …) from
// core/data/units.json, plus units from the project config and from the document.
import type { PlanDocument } from '../model';
import type { UnitConfig } from '../config/types';
import { itemsOf } from '../model';
import { boundedDistance, differingPairs, isGenuineVariant, isOtherBody } from './similarity';
import data from '../data/units.json';

export interface UnitEntry { name: string; aliases: string[]; group?: string; source: 'builtin' | 'config' | 'document' }

/** What the rules and features ask of the unit registry. */
export interface UnitLookup {
  /** Every known unit (built in, configured, and named by the document when there is one). */
  all(): UnitEntry[];
  lookup(name: string): UnitEntry | undefined;
  isKnown(name: string): boolean;
  /** The known (built-in or configured) name that `name` is probably a typo of, if any. */
  suggest(name: string): string | undefined;
}

interface UnitData {
  units: { name: string; aliases?: string[]; group?: string }[];
  confusables?: string[][];
}

/** A character `unitKey` changes (space, ASCII parenthesis, full stop). */
const NOT_IN_KEY = /[\s\u00A0\u3000\uFEFF().。]/;

/** Lookup key: no inner spaces, full-width parentheses (（）), no trailing full stop. */
export function unitKey(name: string): string {
  // Most names need none of the replacements below: one test instead of four passes.
  if (!NOT_IN_KEY.test(name)) return name;
  return name
    .replace(/[\s\u00A0\u3000\uFEFF]+/g, '')
    .replace(/\(/g, '\uFF08')
    .replace(/\)/g, '\uFF09')
    .replace(/[。.]+$/, '');
}

/** Characters that are easily typed for one another: pairs as `a\u0000b`. */
const CONFUSABLE: ReadonlySet<string> = new Set(((data as UnitData).confusables ?? []).flatMap(group =>
  group.flatMap(a => group.filter(b => b !== a).map(b => a + '\u0000' + b))));

/** Names shorter than this are never corrected (一中, 团委: too little to go on). */
const MIN_SUGGEST_LENGTH = 3;
/** Up to this length a substituted character must be a confusable one. */
const SHORT_NAME = 4;

interface Candidate { key: string; display: string; entry: UnitEntry; order: number }

/** The builtin + config part of a registry: immutable and shared by every document registry. */
class BaseTable {
  readonly entries: UnitEntry[];
  readonly byKey = new Map<string, UnitEntry>();
  /** Every name and alias, by key length, for suggestions. */
  private readonly byLength = new Map<number, Candidate[]>();

  constructor(entries: UnitEntry[]) {
    this.entries = entries;
    let order = 0;
    for (const entry of entries) {
      for (const written of [entry.name, ...entry.aliases]) {
        const key = unitKey(written);
        if (!key || this.byKey.has(key)) continue;
        this.byKey.set(key, entry);
        const list = this.byLength.get(key.length) ?? [];
        list.push({ key, display: written, entry, order: order++ });
        this.byLength.set(key.length, list);
      }
    }
  }

  /** The known name `key` (a unitKey) is probably a typo of. */
  suggestion(key: string): string | undefined {
    if (key.length < MIN_SUGGEST_LENGTH || this.byKey.has(key)) return undefined;
    // One slip in names up to six characters, two in longer ones.
    const max = key.length >= 7 ? 2 : 1;
    let best: { c: Candidate; distance: number; confusable: number } | undefined;
    for (let len = key.length - max; len <= key.length + max; len++) {
      if (len < MIN_SUGGEST_LENGTH) continue;
      for (const c of this.byLength.get(len) ?? []) {
        const distance = boundedDistance(key, c.key, max);
        if (distance > max || distance === 0) continue;
        if (isGenuineVariant(key, c.key) || isOtherBody(key, c.key)) continue;
        // A slip changes at most a third of a name: 人是股 → 人事股, never 财务股 → 法宣股.
        if (distance * 3 > Math.max(key.length, c.key.length)) continue;
        const pairs = differingPairs(key, c.key);
        const confusable = pairs.length > 0 && pairs.every(([a, b]) => CONFUSABLE.has(a + '\u0000' + b)) ? 0 : 1;
        // Short names: a changed character must be a known slip (事/是, 股/服), else
        // 基建股 would be taken for 基教股 and 幼教股 for 基教股.
        if (pairs.length > 0 && confusable && key.length <= SHORT_NAME) continue;
        if (!best || distance < best.distance || (distance === best.distance && (confusable < best.confusable
          || (confusable === best.confusable && c.order < best.c.order)))) {
          best = { c, distance, confusable };
        }
      }
    }
    return best?.c.display;
  }
}

function normaliseConfig(units: readonly (UnitConfig | string)[]): UnitEntry[] {
  const out: UnitEntry[] = [];
  for (const u of units ?? []) {
    if (typeof u === 'string') {
      if (u.trim()) out.push({ name: u.trim(), aliases: [], source: 'config' });
    } else if (u && typeof u.name === 'string' && u.name.trim()) {
      out.push({
        name: u.name.trim(),
        aliases: Array.isArray(u.aliases) ? u.aliases.filter(a => typeof a === 'string' && a.trim()).map(a => a.trim()) : [],
        ...(u.group ? { group: u.group } : {}),
        source: 'config',
      });
    }
  }
  return out;
}

let builtinTable: BaseTable | undefined;

function loadBuiltin(): BaseTable {
  if (!builtinTable) {
    builtinTable = new BaseTable((data as UnitData).units.map(u => ({
      name: u.name, aliases: u.aliases ?? [], ...(u.group ? { group: u.group } : {}), source: 'builtin' as const,
    })));
  }
  return builtinTable;
}

export class UnitRegistry implements UnitLookup {
  /** Document units, built on first need (lint runs on every keystroke). */
  private docMap: Map<string, UnitEntry> | undefined;
  /**
   * Suggestions computed for this registry. A document registry lives for one lint, and a
   * document names few distinct units, so this stays small and goes with the document.
   */
  private readonly suggestions = new Map<string, string | undefined>();

  constructor(private readonly base: BaseTable = loadBuiltin(), private readonly doc?: PlanDocument) {}

  /** The built-in registry (core/data/units.json). Shared: cheap to call. */
  static builtin(): UnitRegistry {
    return new UnitRegistry(loadBuiltin());
  }

  /** A new registry with config units added (a config unit replaces a builtin one of the same name). */
  withConfig(units: readonly (UnitConfig | string)[]): UnitRegistry {
    const extra = normaliseConfig(units);
    if (!extra.length) return new UnitRegistry(this.base, this.doc);
    const replaced = new Set(extra.map(u => unitKey(u.name)));
    const kept = this.base.entries.filter(e => !replaced.has(unitKey(e.name)));
    // Config units first: they win lookups and suggestion ties.
    return new UnitRegistry(new BaseTable([...extra, ...kept]), this.doc);
  }

  /** A new registry that also knows the units the document names (source 'document'). O(1) until used. */
  withDocument(doc: PlanDocument): UnitRegistry {
    return new UnitRegistry(this.base, doc);
  }

  private documentMap(): Map<string, UnitEntry> {
    if (this.docMap) return this.docMap;
    const map = new Map<string, UnitEntry>();
    if (this.doc) {
      for (const item of itemsOf(this.doc)) {
        for (const u of item.units) {
          const key = unitKey(u.name);
          if (key && !this.base.byKey.has(key) && !map.has(key)) map.set(key, { name: u.name, aliases: [], source: 'document' });
        }
      }
    }
    this.docMap = map;
    return map;
  }

  lookup(name: string): UnitEntry | undefined {
    const key = unitKey(name);
    if (!key) return undefined;
    return this.base.byKey.get(key) ?? (this.doc ? this.documentMap().get(key) : undefined);
  }

  isKnown(name: string): boolean {
    return this.lookup(name) !== undefined;
  }

  /** The known (builtin or config) name that `name` is probably a typo of, if any. */
  suggest(name: string): string | undefined {
    const key = unitKey(name);
    if (this.suggestions.has(key)) return this.suggestions.get(key);
    const result = this.base.suggestion(key);
    this.suggestions.set(key, result);
    return result;
  }

  all(): UnitEntry[] {
    return this.doc ? [...this.base.entries, ...this.documentMap().values()] : [...this.base.entries];
  }
}

/**
 * The built-in registry (core/data/units.json) as text, for hosts that show it where the
 * file itself is not at hand (the packaged extension carries only bundles): the same JSON,
 * two-space indented, so that go to definition can point into it. Made on each call (a go to
 * definition or the document's opening; the table is small), so no cache to document.
 */
export function builtinRegistryText(): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
