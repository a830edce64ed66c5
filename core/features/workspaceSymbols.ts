// Go to Symbol in Workspace: sections, items (number and title) and units across every
// indexed plan, fuzzy matched, with the plan's title as container.
import type { Range } from '../model';
import type { PlanIndex } from './planIndex';

export type WorkspaceSymbolKind = 'section' | 'item' | 'unit';

export interface PlanWorkspaceSymbol {
  name: string;
  kind: WorkspaceSymbolKind;
  uri: string;
  range: Range;
  /** The plan's title. */
  container: string;
  /** A unit's lead, for an item. */
  detail?: string;
}

/**
 * A fuzzy match score: every character of the query in order in the name (case and spaces
 * ignored), higher for contiguous runs and an early start; undefined when it does not match.
 */
export function fuzzyScore(query: string, name: string): number | undefined {
  const q = query.replace(/\s+/g, '').toLowerCase();
  if (!q) return 0;
  const n = name.toLowerCase();
  let score = 0, from = 0, last = -2;
  for (const ch of q) {
    const at = n.indexOf(ch, from);
    if (at < 0) return undefined;
    score += at === last + 1 ? 3 : 1;
    if (at === 0) score += 2;
    last = at;
    from = at + ch.length;
  }
  return score - n.length / 1000;
}

/** The symbols matching `query`, best first, at most `limit`; a unit once per plan (its first mention). */
export function workspaceSymbols(index: PlanIndex, query: string, limit = 500): PlanWorkspaceSymbol[] {
  const scored: { s: PlanWorkspaceSymbol; score: number }[] = [];
  const consider = (s: PlanWorkspaceSymbol) => {
    const score = fuzzyScore(query, s.name);
    if (score !== undefined) scored.push({ s, score });
  };
  for (const plan of index.values()) {
    const container = plan.title;
    for (const s of plan.sections) consider({ name: s.name, kind: 'section', uri: plan.uri, range: s.selectionRange, container });
    for (const i of plan.items) consider({ name: i.name, kind: 'item', uri: plan.uri, range: i.selectionRange, container, ...(i.lead ? { detail: i.lead } : {}) });
    const seen = new Set<string>();
    for (const u of plan.units) {
      if (seen.has(u.name)) continue;
      seen.add(u.name);
      consider({ name: u.name, kind: 'unit', uri: plan.uri, range: u.range, container });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.s.uri.localeCompare(b.s.uri) || a.s.range.start.line - b.s.range.start.line);
  return scored.slice(0, limit).map(x => x.s);
}
