// Lint rule and diagnostic types. Rules are plain functions over the model.
import type { PlanDocument, Position, Range, TopNode } from '../model';
import type { ResolvedConfig, Severity } from '../config/types';
import type { Message } from '../messages';
import type { UnitLookup } from '../units/registry';
import type { Residue } from '../text/noise';

export type { Severity } from '../config/types';
export { formatMessage, type Locale, type Message } from '../messages';

export interface PlanDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Rule-specific data, e.g. `{ suggestion: '人事股' }` for a quick fix. */
  data?: Record<string, unknown>;
}

export interface RuleContext {
  doc: PlanDocument;
  config: ResolvedConfig;
  units: UnitLookup;
  /** Reports a finding at `range`; the message template is filled with `args`. */
  report(range: Range, message: Message, args?: (string | number)[], data?: Record<string, unknown>): void;
}

/** Replace `range` with `newText` (an insertion when the range is empty). */
export interface TextEdit { range: Range; newText: string }

/** A change to the configuration file (`.planmark.json`) that a fix asks for. */
export type ConfigChange =
  | { kind: 'add-unit'; name: string }
  | { kind: 'rule-off'; rule: string };

/** One repair a rule offers for one of its findings. */
export interface RuleFix {
  title: Message;
  args?: (string | number)[];
  /** Edits of the document, none overlapping. */
  edits: TextEdit[];
  /**
   * An unambiguous repair: fix-all (`source.fixAll.planmark`, `check --fix`) applies it.
   * Guesses (a typo's suggestion, the closest key) are offered but never applied unasked.
   */
  preferred: boolean;
  /** A change to `.planmark.json` (the adapter writes it). */
  config?: ConfigChange;
  /**
   * Where the cursor goes once the edits are applied (a position in the edited text), for a
   * fix that leaves something to type: after an inserted label's colon.
   */
  cursor?: Position;
}

export interface FixContext {
  doc: PlanDocument;
  config: ResolvedConfig;
  units: UnitLookup;
  /** The finding to repair, as the rule reported it (its `data` included). */
  diagnostic: Pick<PlanDiagnostic, 'code' | 'range'> & { data?: unknown };
}

/** A line text rules look at, from character `from` on (core/rules/shared.ts's scanLines). */
export interface ScanLine {
  line: number;
  from: number;
  text: string;
  /**
   * Web residue from `from` on (offsets in `text`), as PLAN018 reports it. The other text
   * rules leave it alone: a chrome line goes as a whole, an injected phrase is cut out.
   */
  residue: Residue;
}

/**
 * Reports a finding on the line being scanned, from character `start` to `end`.
 * (A line rule's findings depend on that line alone: see `Rule.scanLine`.)
 */
export type LineReport = (start: number, end: number, message: Message, args?: (string | number)[], data?: Record<string, unknown>) => void;

export interface Rule {
  /** Stable id, `PLAN001` … */
  id: string;
  /** Short kebab-case name, e.g. `section-numbering`. */
  name: string;
  defaultSeverity: Severity;
  /** One line on what it checks, for the rules table and hovers. */
  description: Message;
  check(ctx: RuleContext): void;
  /**
   * A line rule: its findings on a scanned line depend on that line alone (its text and
   * where scanning starts), never on the rest of the document, the configuration or the
   * units. `check` is then `checkLines(this)`, and an incremental lint
   * (core/lint/cache.ts) reuses the findings of lines an edit did not change.
   */
  scanLine?(s: ScanLine, report: LineReport): void;
  /**
   * For a line rule whose findings on a few lines also depend on the document (PLAN020
   * leaves the brackets of a 文号 that PLAN021 reports): those lines, each with how to
   * scan it. They are scanned afresh on every lint; every other line by `scanLine`.
   */
  lineExceptions?(doc: PlanDocument): ReadonlyMap<number, (s: ScanLine, report: LineReport) => void>;
  /**
   * A node rule: its findings in a top-level node (part, section, or item outside any)
   * depend on that node, the configuration and the units, and on one document-wide value
   * made from what each node contributes (the order the document's items keep, the blocks
   * they require). `check` is then `checkNodes(byNode)`, and an incremental lint
   * (core/lint/cache.ts) reuses the findings of the nodes an edit did not rebuild (the
   * parser shares them between versions) while that value's key stays.
   */
  byNode?: NodeRule<any, any>;
  /** The repairs of one finding (rules that can fix; core/rules/fixEdits.ts holds the shared edits). */
  fix?(ctx: FixContext): RuleFix[];
}

/** What a node rule knows beyond the node: the configuration and the units, never the document. */
export type NodeRuleContext = Pick<RuleContext, 'config' | 'units'>;

/** Reports a finding of a node rule. */
export type NodeReport = RuleContext['report'];

/** See `Rule.byNode`. */
export interface NodeRule<P, V> {
  /** What one top-level node contributes to the document-wide value (kept with the node). */
  part(node: TopNode, ctx: NodeRuleContext): P;
  /** The document-wide value from every node's part, in reading order, and a key that is equal whenever the value is. */
  combine(parts: readonly P[], ctx: NodeRuleContext): { value: V; key: string };
  /** The findings in one node under the document-wide value. */
  check(node: TopNode, value: V, ctx: NodeRuleContext, report: NodeReport): void;
}

/** A node rule whose findings in a node depend on that node alone (no document-wide value). */
export function nodeLocal(check: (node: TopNode, ctx: NodeRuleContext, report: NodeReport) => void): NodeRule<undefined, undefined> {
  return {
    part: () => undefined,
    combine: () => ({ value: undefined, key: '' }),
    check: (node, _value, ctx, report) => check(node, ctx, report),
  };
}
