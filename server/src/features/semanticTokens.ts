// textDocument/semanticTokens/full: unit names, with `leading` and `unknown` modifiers.
import { SemanticTokensBuilder } from 'vscode-languageserver/node';
import { UNIT_TOKEN_MODIFIERS, unitSemanticTokens } from '../../../core/features/unitSemanticTokens';
import { cancellable } from '../cancellation';
import type { Services } from '../services';

// The legend (initialize.ts) lists UNIT_TOKEN_TYPES and UNIT_TOKEN_MODIFIERS in this order.
export function registerSemanticTokens({ connection, log, documents, configuration, large }: Services): void {
  connection.languages.semanticTokens.on(cancellable({ log, documents }, 'semanticTokens', { data: [] }, params => {
    const uri = params.textDocument.uri;
    if (large.isLarge(uri)) return { data: [] };
    const parsed = documents.parsed(uri);
    if (!parsed) return { data: [] };
    const builder = new SemanticTokensBuilder();
    for (const t of unitSemanticTokens(parsed.doc, configuration.forDocumentNow(uri).service.units)) {
      const mods = t.modifiers.reduce((bits, m) => bits | (1 << UNIT_TOKEN_MODIFIERS.indexOf(m)), 0);
      builder.push(t.line, t.character, t.length, 0, mods);
    }
    return builder.build();
  }));
}
