// What an incremental lint keeps between the lints of one document (one cache per open
// document, as the parser's caches are one per document).
//
// Rules are of two kinds. A line rule (`Rule.scanLine`: PLAN016–PLAN020) finds what it
// finds on a line from that line's text alone (PLAN020 but on the few lines it names as
// `lineExceptions`, scanned on every lint), so its findings are kept per line text,
// as is each line's web residue (core/text/noise.ts), the costliest text scan: after an
// edit only the changed lines are scanned again. Every other rule reads the document's
// structure (numbering runs, the blocks of an item, the units a document names, the
// title and its year …) and runs over the model the parser has just rebuilt; those
// passes are linear walks over the tree, not text scans.
//
// Equal to a full lint by construction: a line rule's `check` is its `scanLine` over
// the scanned lines (core/rules/shared.ts checkLines), and a cached line's findings are
// what `scanLine` gave for the same text and start. The caches are two-generation
// (core/parse/cache.ts): they hold what the last lint needed, never more, and their keys
// and strings are copies, never slices of a document.
import { GenerationCache } from '../parse/cache';
import { residueAt } from '../rules/shared';
import { detach } from '../text/detach';
import type { Residue } from '../text/noise';
import type { LineReport, Message, Rule, ScanLine } from './types';

/** One finding of a line rule, without its line (the same text may stand on any line). */
export interface LineFinding {
  start: number;
  end: number;
  message: Message;
  args?: (string | number)[];
  data?: Record<string, unknown>;
}

interface LineEntry {
  residue: Residue;
  /** Findings by rule id, computed when a lint first asks. */
  findings: Map<string, readonly LineFinding[]>;
}

export class LintCache {
  private readonly entries = new GenerationCache<LineEntry>();
  /** Lines that start scanning past character 0 (front-matter values). */
  private readonly offsetEntries = new GenerationCache<LineEntry>();
  /** Lints run with this cache (a count for tests and the bench, never a time). */
  lints = 0;
  /** The entries of this lint's scanned lines, in order (one lookup per line, not per rule). */
  private scanned: LineEntry[] = [];

  /** Starts a lint: what the last lint used stays available once more. */
  beginLint(): void {
    this.lints++;
    this.scanned = [];
    this.entries.nextGeneration();
    this.offsetEntries.nextGeneration();
  }

  private entry(text: string, from: number): LineEntry {
    const make = (): LineEntry => ({ residue: residueAt(text, from), findings: new Map() });
    return from === 0 ? this.entries.get(text, make) : this.offsetEntries.get(`${from}\u0000${text}`, make);
  }

  /** The residue of a line from `from` on (core/rules/shared.ts scanLines asks, line by line in order). */
  readonly residue = (text: string, from: number): Residue => {
    const entry = this.entry(text, from);
    this.scanned.push(entry);
    return entry.residue;
  };

  /**
   * What `rule.scanLine` finds on `s`, the `index`th scanned line of this lint, from the
   * cache when the same text was scanned before.
   */
  lineFindings(rule: Rule, s: ScanLine, index: number): readonly LineFinding[] {
    // `scanned` holds every scanned line of this lint, or none (the document's scan was
    // made before, without this cache, and is remembered with the document).
    const entry = this.scanned[index] ?? this.entry(s.text, s.from);
    let found = entry.findings.get(rule.id);
    if (!found) {
      const list: LineFinding[] = [];
      const report: LineReport = (start, end, message, args, data) => list.push({
        start, end, message,
        ...(args ? { args: args.map(a => (typeof a === 'string' ? detach(a) : a)) } : {}),
        ...(data ? { data } : {}),
      });
      rule.scanLine!(s, report);
      found = list;
      entry.findings.set(rule.id, found);
    }
    return found;
  }
}
