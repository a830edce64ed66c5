// textDocument/completion: unit names (most used in the workspace first), block labels,
// next numbers, front-matter keys and the item snippet.
import { completions } from '../../../core/features/completion';
import { cancellable } from '../cancellation';
import { toCompletionItem } from '../convert';
import type { Services } from '../services';

export function registerCompletion({ connection, log, documents, configuration, workspace }: Services): void {
  connection.onCompletion(cancellable(log, 'completion', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const config = configuration.forDocumentNow(uri);
    const items = completions(parsed.doc, params.position, {
      registry: config.registry, workspaceUsage: workspace.usage(), uri, locale: config.locale,
      metaKeys: config.config.metaKeys, requiredBlocks: config.config.requiredBlocks,
    });
    return { isIncomplete: false, items: items.map(toCompletionItem) };
  }));
}
