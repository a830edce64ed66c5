// Entry points of the parser: text → PlanDocument.
import type { LineSyntax, PlanDocument } from '../model';
import { buildDocument, rebuildSection, type ParseOptions } from './build';

export type { ParseOptions } from './build';
import { LineSyntaxCache } from './lineSyntax';
import { GenerationCache } from './cache';
import type { UnitListToken } from './unitList';
import type { LineCells } from './table';

/** Splits text into lines (LF, CRLF or CR). A BOM stays in line 0 (as indentation), so offsets stay exact. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/**
 * How many unit lists section rebuilds may add to the cache before a whole build starts a
 * new generation (typing in a unit line adds one a keystroke).
 */
const SECTION_ENTRIES = 64;

/** What a parser keeps of its last parse: the lines, their syntax and the tree. */
interface LastParse {
  lines: string[];
  syntax: readonly LineSyntax[];
  doc: PlanDocument;
  calendar: ParseOptions['calendar'];
}

/**
 * A parser that remembers the last text it parsed, so that re-parsing an edited document
 * costs about what the edit changed. Keep one per open document. `options` (the
 * configuration's calendar) apply to every parse that gives none.
 *
 * The lines before the first changed line and after the last keep their syntax (no lookup);
 * the changed ones are classified through the line-head cache. When the edit kept every line
 * where it was and stays inside one top-level section, only that section's tree is built
 * again (build.ts rebuildSection); otherwise the whole tree is, with the unit-list and
 * table-cell caches. Either way the result equals a fresh parse of the text.
 */
export class PlanParser {
  constructor(private readonly options: ParseOptions = {}) {}
  private readonly cache = new LineSyntaxCache();
  private readonly unitLists = new GenerationCache<UnitListToken[]>();
  private readonly tableCells = new GenerationCache<LineCells | undefined>();
  private last: LastParse | undefined;
  /** Unit-list entries after the last whole build: section rebuilds add to them without a new generation. */
  private unitListsBuilt = 0;
  /** Parses that rebuilt one section (a count for tests and the bench, never a time). */
  sectionRebuilds = 0;

  parse(text: string, options: ParseOptions = this.options): PlanDocument {
    this.cache.beginParse();
    const lines = splitLines(text);
    const last = this.last;
    const n = lines.length;
    const m = last?.lines.length ?? 0;
    // The lines the edit left alone: a common prefix and suffix.
    let prefix = 0;
    let suffix = 0;
    if (last) {
      const before = last.lines;
      const most = Math.min(n, m);
      while (prefix < most && lines[prefix] === before[prefix]) prefix++;
      while (suffix < most - prefix && lines[n - 1 - suffix] === before[m - 1 - suffix]) suffix++;
    }
    const syntax: LineSyntax[] = new Array(n);
    for (let i = 0; i < prefix; i++) syntax[i] = last!.syntax[i];
    for (let i = prefix; i < n - suffix; i++) syntax[i] = this.cache.get(lines[i]);
    for (let i = n - suffix; i < n; i++) syntax[i] = last!.syntax[i - n + m];
    const caches = { unitLists: this.unitLists, tableCells: this.tableCells };
    let doc: PlanDocument | undefined;
    // A section rebuild keeps the build caches' generation (the other sections' entries stay
    // for the next whole build); bounded: once section rebuilds have added SECTION_ENTRIES
    // unit lists to what the last whole build held, the next parse builds whole.
    if (last && n === m && sameCalendar(last.calendar, options.calendar) && this.unitLists.size <= this.unitListsBuilt + SECTION_ENTRIES) {
      doc = rebuildSection(last.doc, lines, syntax, prefix, n - suffix - 1, caches, options);
      if (doc) this.sectionRebuilds++;
    }
    if (!doc) {
      this.unitLists.nextGeneration();
      this.tableCells.nextGeneration();
      doc = buildDocument(lines, syntax, caches, options);
      this.unitListsBuilt = this.unitLists.size;
    }
    this.last = { lines, syntax, doc, calendar: options.calendar };
    return doc;
  }
  get stats(): { hits: number; misses: number } {
    return { hits: this.cache.hits, misses: this.cache.misses };
  }
}

/** The same calendar entries (a configuration read again gives an equal calendar, not the same object). */
function sameCalendar(a: ParseOptions['calendar'], b: ParseOptions['calendar']): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

const shared = new PlanParser();

/** Parses a whole document. Never throws on any text. (A process-wide parser: its caches hold what the last two parses needed.) */
export function parsePlan(text: string, options: ParseOptions = {}): PlanDocument {
  return shared.parse(text, options);
}
