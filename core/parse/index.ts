// Entry points of the parser: text → PlanDocument.
import type { LineSyntax, PlanDocument } from '../model';
import { buildDocument } from './build';
import { LineSyntaxCache } from './lineSyntax';
import { GenerationCache } from './cache';
import type { UnitListToken } from './unitList';
import type { LineCells } from './table';

/** Splits text into lines (LF, CRLF or CR). A BOM stays in line 0 (as indentation), so offsets stay exact. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/**
 * A parser that remembers the lines of the last text it parsed, so that re-parsing an
 * edited document only runs the grammar on changed lines. Keep one per open document.
 */
export class PlanParser {
  private readonly cache = new LineSyntaxCache();
  private readonly unitLists = new GenerationCache<UnitListToken[]>();
  private readonly tableCells = new GenerationCache<LineCells | undefined>();
  parse(text: string): PlanDocument {
    this.cache.beginParse();
    this.unitLists.nextGeneration();
    this.tableCells.nextGeneration();
    const lines = splitLines(text);
    const syntax: LineSyntax[] = new Array(lines.length);
    for (let i = 0; i < lines.length; i++) syntax[i] = this.cache.get(lines[i]);
    return buildDocument(lines, syntax, { unitLists: this.unitLists, tableCells: this.tableCells });
  }
  get stats(): { hits: number; misses: number } {
    return { hits: this.cache.hits, misses: this.cache.misses };
  }
}

const shared = new PlanParser();

/** Parses a whole document. Never throws on any text. (A process-wide parser: its caches hold what the last two parses needed.) */
export function parsePlan(text: string): PlanDocument {
  return shared.parse(text);
}
