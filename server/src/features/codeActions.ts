// textDocument/codeAction: quick fixes for our own diagnostics (unit typos, empty slots
// in unit lists, 文号 year brackets), computed from the diagnostics' data alone.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import { quickFixes } from '../../../core/features/quickFixes';
import { cancellable } from '../cancellation';
import { DIAGNOSTIC_SOURCE } from '../convert';
import type { Services } from '../services';

export function registerCodeActions({ connection, log, documents, configuration }: Services): void {
  connection.onCodeAction(cancellable(log, 'codeAction', null, params => {
    const uri = params.textDocument.uri;
    if (!documents.isOpen(uri)) return null;
    const ours = params.context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE);
    return quickFixes(ours, configuration.forDocumentNow(uri).locale).map((fix): CodeAction => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [ours[fix.diagnostic]],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: fix.range, newText: fix.newText }] } },
    }));
  }));
}
