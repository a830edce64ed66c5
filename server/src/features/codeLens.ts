// textDocument/codeLens: `已完成 n/m · 逾期 k` above the plan's title and each section, for a
// plan that records progress (core/features/progressLens.ts). A lens shows counts only: no command runs.
import { progressLenses } from '../../../core/features/progressLens';
import { cancellable } from '../cancellation';
import type { Services } from '../services';

export function registerCodeLenses({ connection, log, documents, configuration }: Services): void {
  connection.onCodeLens(cancellable(log, 'codeLens', [], params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return [];
    const config = configuration.forDocumentNow(uri);
    return progressLenses(parsed.doc, config.config, config.locale).map(l => ({ range: l.range, command: { title: l.title, command: '' } }));
  }));
}
