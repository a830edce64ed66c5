// workspace/symbol: sections, items and units of every indexed plan, fuzzy matched.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver/node';
import { workspaceSymbols, type WorkspaceSymbolKind } from '../../../core/features/workspaceSymbols';
import { cancellable } from '../cancellation';
import type { Services } from '../services';

const KIND: Record<WorkspaceSymbolKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  item: SymbolKind.Function,
  unit: SymbolKind.Class,
};

export function registerWorkspaceSymbols({ connection, log, documents, workspace }: Services): void {
  connection.onWorkspaceSymbol(cancellable({ log, documents }, 'workspaceSymbol', [], params => {
    for (const text of documents.all()) workspace.updateDocument(text.uri, documents.parse(text));
    return workspaceSymbols(workspace.plans(), params.query).map((s): SymbolInformation => ({
      name: s.name, kind: KIND[s.kind], location: { uri: s.uri, range: s.range }, containerName: s.container,
    }));
  }));
}
