// textDocument/completion: unit names (most used in the workspace first), block labels,
// next numbers, front-matter keys and the item snippet.
import { cancellable } from '../cancellation';
import { toCompletionItem } from '../convert';
import type { Services } from '../services';

export function registerCompletion({ connection, log, documents, configuration, workspace }: Services): void {
  connection.onCompletion(cancellable({ log, documents }, 'completion', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const config = configuration.forDocumentNow(uri);
    const items = config.service.complete(parsed.doc, params.position, { locale: config.locale, uri, workspace: workspace.usage() });
    return { isIncomplete: false, items: items.map(toCompletionItem) };
  }));
}
