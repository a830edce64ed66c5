// textDocument/foldingRange: sections, items, blocks, front matter and comment runs.
import { foldingRanges } from '../../../core/features/folding';
import { cancellable } from '../cancellation';
import { toFoldingRange } from '../convert';
import type { Services } from '../services';

export function registerFoldingRanges({ connection, log, documents }: Services): void {
  connection.onFoldingRanges(cancellable({ log, documents }, 'foldingRange', null, params => {
    const parsed = documents.parsed(params.textDocument.uri);
    return parsed ? foldingRanges(parsed.doc).map(toFoldingRange) : null;
  }));
}
