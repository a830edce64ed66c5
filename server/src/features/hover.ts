// textDocument/hover: a unit's items across the workspace, an item's units and deadline,
// a 文号's parts.
import { cancellable } from '../cancellation';
import { toHover } from '../convert';
import type { Services } from '../services';

export function registerHover({ connection, log, documents, configuration, workspace }: Services): void {
  connection.onHover(cancellable({ log, documents }, 'hover', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const config = configuration.forDocumentNow(uri);
    const h = config.service.hover(parsed.doc, params.position, { locale: config.locale, uri, workspace: workspace.usage() });
    return h ? toHover(h) : null;
  }));
}
