// What an incremental lint keeps between the lints of one document (one cache per open
// document, as the parser's caches are one per document).
//
// Rules are of two kinds. A line rule (`Rule.scanLine`: PLAN016–PLAN020) finds what it
// finds on a line from that line's text alone (PLAN020 but on the few lines it names as
// `lineExceptions`, scanned on every lint), so its findings are kept per line text,
// as is each line's web residue (core/text/noise.ts), the costliest text scan: after an
// edit only the changed lines are scanned again. A line that stands where it stood in the
// last lint, or as far from the end, is taken from that lint's list without a lookup by
// text (a keystroke would otherwise cost a map lookup and move per line of the document);
// the per-text caches hold only lines found neither way. Every other rule reads the document's
// structure (numbering runs, the blocks of an item, the units a document names, the
// title and its year …) and runs over the model the parser has just rebuilt; those
// passes are linear walks over the tree, not text scans.
//
// A node rule (`Rule.byNode`: PLAN008, PLAN009, PLAN011, PLAN012, PLAN013, PLAN015) finds
// what it finds in a top-level node (part, section, item outside any) from that node and one
// document-wide value made from every node's part. The parser shares the nodes an edit did
// not reach between versions (core/parse/build.ts rebuildSection), so the cache keeps each
// node's part and findings by node, for the nodes of the last lint only, and a lint computes
// only the rebuilt nodes' again, and every node's when the document-wide value's key changed.
// The configuration and the units the findings were made with are part of the key.
//
// Equal to a full lint by construction: a line rule's `check` is its `scanLine` over
// the scanned lines (core/rules/shared.ts checkLines), and a cached line's findings are
// what `scanLine` gave for the same text and start; a node rule's `check` is
// `checkNodes(byNode)`, which a cached node's findings are the result of. The caches hold
// what the last lint needed, never more (the last lint's list of lines; per-text caches of
// two generations, core/parse/cache.ts), and their keys and strings are copies, never
// slices of a document.
import { GenerationCache } from '../parse/cache';
import { residueAt } from '../rules/shared';
import { detach } from '../text/detach';
import type { Residue } from '../text/noise';
import type { Range, TopNode } from '../model';
import type { LineReport, Message, NodeReport, NodeRule, NodeRuleContext, Rule, ScanLine } from './types';

/** One finding of a line rule, without its line (the same text may stand on any line). */
export interface LineFinding {
  start: number;
  end: number;
  message: Message;
  args?: (string | number)[];
  data?: Record<string, unknown>;
}

interface LineEntry {
  /** The line's text (a copy) and where scanning starts in it: what the entry is for. */
  text: string;
  from: number;
  residue: Residue;
  /** Findings by rule id, computed when a lint first asks. */
  findings: Map<string, readonly LineFinding[]>;
}

/** One finding of a node rule, as reported. */
interface NodeFinding {
  range: Range;
  message: Message;
  args?: (string | number)[];
  data?: Record<string, unknown>;
}

interface NodeEntry {
  part: unknown;
  /** The document-wide value's key `findings` were made under. */
  key?: string;
  findings?: NodeFinding[];
}

export class LintCache {
  /** Node rules' parts and findings by rule id, each by node: the nodes of the last lint, no others. */
  private nodes = new Map<string, Map<TopNode, NodeEntry>>();
  /** What node findings were made with (the configuration, the units): another lint's drops them. */
  private nodeContext: readonly unknown[] = [];
  private readonly entries = new GenerationCache<LineEntry>();
  /** Lines that start scanning past character 0 (front-matter values). */
  private readonly offsetEntries = new GenerationCache<LineEntry>();
  /** Lints run with this cache (a count for tests and the bench, never a time). */
  lints = 0;
  /** Top-level nodes a node rule checked afresh (a count for tests, never a time). */
  nodeChecks = 0;
  /** Lines whose web residue was computed afresh, not remembered (a count for tests). */
  lineScans = 0;
  /** Lines looked up by their text, not found where the last lint had them (a count for tests). */
  lineLookups = 0;
  /** The entries of this lint's scanned lines, in order (one lookup per line, not per rule). */
  private scanned: LineEntry[] = [];
  /** The last lint's `scanned`: most lines of the next lint stand where they stood, or as far from the end. */
  private lastScanned: LineEntry[] = [];

  /**
   * Starts a lint: what the last lint used stays available once more. `context`: what node
   * rules' findings depend on beyond the document (the configuration, the units).
   */
  beginLint(context: readonly unknown[] = []): void {
    if (context.length !== this.nodeContext.length || context.some((c, i) => c !== this.nodeContext[i])) this.nodes = new Map();
    this.nodeContext = context;
    this.lints++;
    if (this.scanned.length) this.lastScanned = this.scanned;
    this.scanned = [];
    this.entries.nextGeneration();
    this.offsetEntries.nextGeneration();
  }

  private entry(text: string, from: number): LineEntry {
    this.lineLookups++;
    const make = (): LineEntry => {
      this.lineScans++;
      return { text: detach(text), from, residue: residueAt(text, from), findings: new Map() };
    };
    return from === 0 ? this.entries.get(text, make) : this.offsetEntries.get(`${from}\u0000${text}`, make);
  }

  /**
   * The residue of a line from `from` on: core/rules/shared.ts scanLines asks, the `index`th
   * of `count` scanned lines. A line the last lint scanned at the same index, or as many
   * lines from the end (an edit above it added or removed lines), is taken from there
   * without a lookup: typing changes a line or two of thousands. Any other line is looked up
   * by its text (it moved further, or changed).
   */
  readonly residue = (text: string, from: number, index: number, count: number): Residue => {
    const last = this.lastScanned;
    const same = (e: LineEntry | undefined) => e !== undefined && e.from === from && e.text === text;
    let entry = last[index];
    if (!same(entry)) {
      entry = last[last.length - count + index];
      if (!same(entry)) entry = this.entry(text, from);
    }
    this.scanned.push(entry!);
    return entry!.residue;
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

  /**
   * What `checkNodes(byNode)` (core/rules/shared.ts) reports over `nodes`, with the parts and
   * findings of nodes seen before (under the same key) taken from the cache.
   */
  checkNodes(ruleId: string, byNode: NodeRule<unknown, unknown>, nodes: readonly TopNode[], ctx: NodeRuleContext, report: NodeReport): void {
    const previous = this.nodes.get(ruleId);
    const memo = new Map<TopNode, NodeEntry>();
    const entries = nodes.map(n => {
      let entry = previous?.get(n);
      if (!entry) entry = { part: byNode.part(n, ctx) };
      memo.set(n, entry);
      return entry;
    });
    this.nodes.set(ruleId, memo);
    const { value, key } = byNode.combine(entries.map(e => e.part), ctx);
    nodes.forEach((n, i) => {
      const entry = entries[i];
      if (!entry.findings || entry.key !== key) {
        this.nodeChecks++;
        const list: NodeFinding[] = [];
        byNode.check(n, value, ctx, (range, message, args, data) => list.push({ range, message, ...(args ? { args } : {}), ...(data ? { data } : {}) }));
        entry.findings = list;
        entry.key = key;
      }
      for (const f of entry.findings) report(f.range, f.message, f.args, f.data);
    });
  }
}
