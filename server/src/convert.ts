// Maps the core's plain objects to LSP types.
import {
  CompletionItemKind, DiagnosticSeverity, FoldingRangeKind, InsertTextFormat, MarkupKind, SymbolKind,
  type CompletionItem, type Diagnostic, type DocumentSymbol, type FoldingRange, type Hover, type SelectionRange,
} from 'vscode-languageserver/node';
import type { PlanDiagnostic, Severity } from '../../core/lint/types';
import { findRule, ruleDocumentation } from '../../core/rules';
import type { PlanSymbol, PlanSymbolKind } from '../../core/features/documentSymbols';
import type { PlanFoldingRange } from '../../core/features/folding';
import type { PlanSelectionRange } from '../../core/features/selectionRanges';
import type { PlanCompletionItem, PlanCompletionKind } from '../../core/features/completion';
import type { PlanHover } from '../../core/features/hover';

export const DIAGNOSTIC_SOURCE = 'planmark';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(d: PlanDiagnostic): Diagnostic {
  const out: Diagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Warning,
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
  };
  if (findRule(d.code)) out.codeDescription = { href: ruleDocumentation(d.code) };
  if (d.data !== undefined) out.data = d.data;
  return out;
}

const SYMBOL_KIND: Record<PlanSymbolKind, SymbolKind> = {
  part: SymbolKind.Module,
  section: SymbolKind.Namespace,
  subsection: SymbolKind.Package,
  item: SymbolKind.Function,
  subitem: SymbolKind.Method,
  block: SymbolKind.Field,
  frontMatter: SymbolKind.Object,
  metaEntry: SymbolKind.Property,
  title: SymbolKind.String,
};

export function toDocumentSymbol(s: PlanSymbol): DocumentSymbol {
  const out: DocumentSymbol = {
    name: s.name || '?',
    kind: SYMBOL_KIND[s.kind] ?? SymbolKind.Object,
    range: s.range,
    selectionRange: s.selectionRange,
    children: s.children.map(toDocumentSymbol),
  };
  if (s.detail) out.detail = s.detail;
  return out;
}

export function toFoldingRange(f: PlanFoldingRange): FoldingRange {
  const out: FoldingRange = { startLine: f.startLine, endLine: f.endLine };
  if (f.kind === 'comment') out.kind = FoldingRangeKind.Comment;
  else if (f.kind === 'region') out.kind = FoldingRangeKind.Region;
  else if (f.kind === 'imports') out.kind = FoldingRangeKind.Imports;
  return out;
}

export function toSelectionRange(s: PlanSelectionRange): SelectionRange {
  return s.parent ? { range: s.range, parent: toSelectionRange(s.parent) } : { range: s.range };
}

const COMPLETION_KIND: Record<PlanCompletionKind, CompletionItemKind> = {
  unit: CompletionItemKind.Value,
  label: CompletionItemKind.Keyword,
  number: CompletionItemKind.Constant,
  snippet: CompletionItemKind.Snippet,
  key: CompletionItemKind.Property,
};

export function toCompletionItem(c: PlanCompletionItem): CompletionItem {
  const out: CompletionItem = { label: c.label, kind: COMPLETION_KIND[c.kind] ?? CompletionItemKind.Text };
  if (c.detail) out.detail = c.detail;
  if (c.documentation) out.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
  if (c.sortText) out.sortText = c.sortText;
  if (c.filterText) out.filterText = c.filterText;
  const text = c.insertText ?? c.label;
  if (c.range) out.textEdit = { range: c.range, newText: text };
  else out.insertText = text;
  if (c.isSnippet) out.insertTextFormat = InsertTextFormat.Snippet;
  return out;
}

export function toHover(h: PlanHover): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: h.range };
}
