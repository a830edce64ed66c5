// textDocument/semanticTokens/full: unit names, with `leading` and `unknown` modifiers.
import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver/node';
import { UNIT_TOKEN_MODIFIERS, UNIT_TOKEN_TYPES, unitSemanticTokens } from '../../../core/features/unitSemanticTokens';
import { cancellable } from '../cancellation';
import type { Services } from '../services';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...UNIT_TOKEN_TYPES], tokenModifiers: [...UNIT_TOKEN_MODIFIERS] };

export function registerSemanticTokens({ connection, log, documents, configuration }: Services): void {
  connection.languages.semanticTokens.on(cancellable(log, 'semanticTokens', { data: [] }, params => {
    const uri = params.textDocument.uri;
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
