// textDocument/inlayHint: `牵头` after the leading unit where the first unit leads by convention.
import { InlayHintKind, type InlayHint } from 'vscode-languageserver/node';
import { leadInlayHints } from '../../../core/features/leadInlayHints';
import { cancellable } from '../cancellation';
import type { Services } from '../services';

export function registerInlayHints({ connection, log, documents, configuration, large }: Services): void {
  connection.languages.inlayHint.on(cancellable({ log, documents }, 'inlayHint', null, params => {
    const uri = params.textDocument.uri;
    if (large.isLarge(uri)) return null;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    return leadInlayHints(parsed.doc, configuration.forDocumentNow(uri).locale, params.range)
      .map((h): InlayHint => ({ position: h.position, label: h.label, kind: InlayHintKind.Parameter, paddingLeft: true }));
  }));
}
