// textDocument/codeLens: counts above each section (planmark.codeLens.enabled turns them off).
import type { CodeLens } from 'vscode-languageserver/node';
import { sectionCodeLenses } from '../../../core/features/sectionCodeLens';
import { cancellable } from '../cancellation';
import type { Services } from '../services';

export function registerCodeLens({ connection, log, documents, configuration }: Services): void {
  connection.onCodeLens(cancellable(log, 'codeLens', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed || configuration.editorSetting(uri, 'codeLens', 'enabled') === false) return null;
    return sectionCodeLenses(parsed.doc, configuration.forDocumentNow(uri).locale)
      // An empty command id: the lens is information, clicking it does nothing.
      .map((l): CodeLens => ({ range: l.range, command: { title: l.title, command: '' } }));
  }));
}
