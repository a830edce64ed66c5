// Entry points of the parser: text → PlanDocument.
import type { LineSyntax, PlanDocument } from '../model';
import { buildDocument } from './build';
import { LineSyntaxCache } from './lineSyntax';

export { allItemsOf } from './build';

/** Splits text into lines (LF, CRLF or CR), dropping a leading BOM's effect on nothing: offsets stay exact. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/**
 * A parser that keeps a per-line cache, so that re-parsing an edited document only
 * runs the grammar on changed lines. One per editor session (or per CLI run).
 */
export class PlanParser {
  private readonly cache: LineSyntaxCache;
  constructor(cacheLimit?: number) {
    this.cache = new LineSyntaxCache(cacheLimit);
  }
  parse(text: string): PlanDocument {
    const lines = splitLines(text);
    const syntax: LineSyntax[] = new Array(lines.length);
    for (let i = 0; i < lines.length; i++) syntax[i] = this.cache.get(lines[i]);
    return buildDocument(lines, syntax);
  }
  get stats(): { hits: number; misses: number } {
    return { hits: this.cache.hits, misses: this.cache.misses };
  }
}

const shared = new PlanParser();

/** Parses a whole document (with a process-wide line cache). Never throws on any text. */
export function parsePlan(text: string): PlanDocument {
  return shared.parse(text);
}
