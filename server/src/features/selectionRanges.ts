// textDocument/selectionRange: smart selection from a unit out to its list, block, item,
// section. Cheap (a walk down one path of the tree), so it is not made cancellable.
import { selectionRanges } from '../../../core/features/selectionRanges';
import { toSelectionRange } from '../convert';
import type { Services } from '../services';

export function registerSelectionRanges({ connection, log, documents }: Services): void {
  connection.onSelectionRanges(log.guard('selectionRange', null, params => {
    const parsed = documents.parsed(params.textDocument.uri);
    return parsed ? selectionRanges(parsed.doc, params.positions).map(toSelectionRange) : null;
  }));
}
