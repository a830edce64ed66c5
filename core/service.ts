// The language service: one configuration wired to its unit registry, the linter and
// every language feature, for the CLI, the language server and tests (in the style of
// vscode-css-languageservice's getCSSLanguageService). Plain functions over the model:
// no editor types, no I/O.
import type { PlanDocument, Position, Range } from './model';
import { DEFAULT_CONFIG } from './config/resolve';
import { type ResolvedConfig } from './config/types';
import { lintDocument, type Locale, type PlanDiagnostic } from './lint';
import { PlanParser } from './parse';
import { LintCache } from './lint/cache';
import { UnitRegistry } from './units/registry';
import type { FeatureContext } from './features/context';
import { completions, type PlanCompletionItem } from './features/completion';
import { documentSymbols, type PlanSymbol } from './features/documentSymbols';
import { foldingRanges, type PlanFoldingRange } from './features/folding';
import { hover, type PlanHover } from './features/hover';
import { outlineJson, type OutlineJson } from './features/outlineJson';
import { quickFixes, type FixableDiagnostic, type QuickFix } from './features/quickFixes';
import { fixAll, type FixAllResult } from './features/fixAll';
import { formatEdits, type LineSpan } from './features/format';
import { sameOutline } from './features/outlineCompare';
import { applyEdits, type Edit } from './text/edits';
import { selectionRanges, type PlanSelectionRange } from './features/selectionRanges';
import { documentStats, type PlanStats } from './features/stats';
import type { UnitUsageIndex } from './features/workspaceUnits';

/** What a request knows beyond the document: the language, and in an editor the workspace. */
export interface RequestContext {
  locale: Locale;
  /** The document's URI (its entries in `workspace` are ignored: the document counts fresh). */
  uri?: string;
  /** Unit usage across the workspace's plans. */
  workspace?: UnitUsageIndex;
}

export interface PlanService {
  readonly config: ResolvedConfig;
  /** The built-in units with the configured ones. */
  readonly units: UnitRegistry;
  /** A parser for one document; keep one per open document (its caches follow that document). */
  createParser(): PlanParser;
  /**
   * The document's findings. With the document's `cache` (one per open document, from
   * `createLintCache`), unchanged lines are not scanned again; the result is the same.
   */
  lint(doc: PlanDocument, locale: Locale, cache?: LintCache): PlanDiagnostic[];
  /** A lint cache for one document (keep it beside the document's parser). */
  createLintCache(): LintCache;
  symbols(doc: PlanDocument, locale: Locale): PlanSymbol[];
  folding(doc: PlanDocument): PlanFoldingRange[];
  selectionRanges(doc: PlanDocument, positions: Position[]): PlanSelectionRange[];
  complete(doc: PlanDocument, pos: Position, request: RequestContext): PlanCompletionItem[];
  hover(doc: PlanDocument, pos: Position, request: RequestContext): PlanHover | undefined;
  /** Repairs of the findings (the rules' fixes, disable-for-line, turn off in .planmark.json). */
  quickFixes(doc: PlanDocument, diagnostics: readonly FixableDiagnostic[], locale: Locale): QuickFix[];
  /** Every preferred fix applied; unchanged when the result would not keep the outline (numbers aside). */
  fixAll(text: string, locale: Locale): FixAllResult & { outlineKept: boolean };
  /** The formatter's edits (of some lines, for range formatting); none when they would change the outline. */
  format(doc: PlanDocument, span?: LineSpan): Edit[];
  stats(doc: PlanDocument): PlanStats;
  outline(doc: PlanDocument): OutlineJson;
}

export function createPlanService(config: ResolvedConfig = DEFAULT_CONFIG): PlanService {
  const units = UnitRegistry.builtin().withConfig(config.units);
  const context = (request: RequestContext): FeatureContext => ({ ...request, config, units });
  return {
    config,
    units,
    createParser: () => new PlanParser({ calendar: config.calendar }),
    lint: (doc, locale, cache) => lintDocument(doc, { config, units, locale, cache }),
    createLintCache: () => new LintCache(),
    symbols: (doc, locale) => documentSymbols(doc, locale),
    folding: doc => foldingRanges(doc),
    selectionRanges: (doc, positions) => selectionRanges(doc, positions),
    complete: (doc, pos, request) => completions(doc, pos, context(request)),
    hover: (doc, pos, request) => hover(doc, pos, context(request)),
    quickFixes: (doc, diagnostics, locale) => quickFixes(doc, diagnostics, context({ locale })),
    fixAll(text, locale) {
      const parser = new PlanParser({ calendar: config.calendar });
      const result = fixAll(text, { parse: t => parser.parse(t), lint: doc => lintDocument(doc, { config, units, locale }), context: context({ locale }) });
      const outlineKept = result.text === text || sameOutline(new PlanParser().parse(text), new PlanParser().parse(result.text), { numbers: false });
      return outlineKept ? { ...result, outlineKept } : { text, applied: [], outlineKept };
    },
    format(doc, span) {
      const edits = formatEdits(doc, config.format, span);
      if (!edits.length) return edits;
      const after = new PlanParser().parse(applyEdits(doc.lines.join('\n'), edits));
      return sameOutline(doc, after, { numbers: true }) ? edits : [];
    },
    stats: doc => documentStats(doc),
    outline: doc => outlineJson(doc),
  };
}
