// textDocument/documentSymbol: the Outline (parts, sections, items with their lead unit, blocks).
import { documentSymbols } from '../../../core/features/documentSymbols';
import { cancellable } from '../cancellation';
import { toDocumentSymbol } from '../convert';
import type { Services } from '../services';

export function registerDocumentSymbols({ connection, log, documents, configuration }: Services): void {
  connection.onDocumentSymbol(cancellable({ log, documents }, 'documentSymbol', null, params => {
    const parsed = documents.parsed(params.textDocument.uri);
    if (!parsed) return null;
    return documentSymbols(parsed.doc, configuration.forDocumentNow(params.textDocument.uri).locale).map(toDocumentSymbol);
  }));
}
