// textDocument/formatting and rangeFormatting: the core formatter (config `format`), which
// answers no edits when they would change the outline.
import { cancellable } from '../cancellation';
import type { Services } from '../services';

export function registerFormatting({ connection, log, documents, configuration }: Services): void {
  connection.onDocumentFormatting(cancellable({ log, documents }, 'formatting', null, params => {
    const parsed = documents.parsed(params.textDocument.uri);
    if (!parsed) return null;
    return configuration.forDocumentNow(params.textDocument.uri).service.format(parsed.doc);
  }));
  connection.onDocumentRangeFormatting(cancellable({ log, documents }, 'rangeFormatting', null, params => {
    const parsed = documents.parsed(params.textDocument.uri);
    if (!parsed) return null;
    const { start, end } = params.range;
    // A range that ends at the start of a line does not take that line.
    const last = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    return configuration.forDocumentNow(params.textDocument.uri).service.format(parsed.doc, { start: start.line, end: last });
  }));
}
